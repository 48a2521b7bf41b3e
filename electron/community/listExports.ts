import type { AuthedCtx } from '../api/types';
import { translate } from '../api/messages';
import { listWorkbook, type ListColumn } from '../reports/excel/listWorkbook';
import type { ActionPointRow } from './actionPointQuery';
import type { ActivityRow } from './activityQuery';
import type { CommitteeRow } from './committeeQuery';
import type { MeetingRow } from './meetingRegister';
import type { StakeholderRow } from './stakeholderQuery';

const printed = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

/** One list of the community work as Excel, titled with what it is, when and by whom, audited as it leaves the office. */
async function communityWorkbook<T>(ctx: AuthedCtx, list: string, rows: T[], columns: (label: (key: string) => string) => ListColumn<T>[]) {
  const label = (key: string) => translate(ctx.session.language, key);
  const title = label(`community.exports.${list}`);
  const file = await listWorkbook({
    sheetName: title,
    title: `${title} — ${printed(ctx.today)} · ${ctx.session.fullName}`,
    fileName: `${list}-${ctx.today}.xlsx`,
    rows,
    columns: columns(label),
  });
  ctx.write((w) =>
    w.audit({
      action: 'community.export',
      entity: list,
      summary: `${rows.length} rows to ${file.fileName}`,
      facts: { refKind: 'list', list, count: rows.length, fileName: file.fileName },
    }),
  );
  return file;
}

function dueText(label: (key: string) => string, row: CommitteeRow): string {
  const due = row.due;
  if (due.state === 'overdue') return `${label('community.due.overdue')} (${due.daysOverdue})`;
  if (due.state === 'due') return `${label('community.due.due')} ${printed(due.dueBy)}`;
  return label('community.due.met');
}

export function committeesWorkbook(ctx: AuthedCtx, rows: CommitteeRow[], list: 'committees' | 'committeesDue' = 'committees') {
  return communityWorkbook(ctx, list, rows, (label) => [
    { header: label('community.columns.committee'), width: 30, value: (r) => r.name },
    { header: label('community.columns.level'), width: 18, value: (r) => label(`community.levels.${r.level}`) },
    { header: label('community.columns.area'), width: 20, value: (r) => r.area },
    { header: label('community.columns.gramPanchayat'), width: 18, value: (r) => r.gramPanchayat },
    { header: label('community.columns.formedOn'), width: 12, value: (r) => printed(r.formedOn) },
    { header: label('community.columns.members'), width: 10, value: (r) => r.members },
    { header: label('community.columns.meetings'), width: 10, value: (r) => r.meetings },
    { header: label('community.columns.lastMet'), width: 12, value: (r) => printed(r.lastMetOn) },
    { header: label('community.columns.openPoints'), width: 12, value: (r) => r.openActionPoints },
    { header: label('community.columns.status'), width: 22, value: (r) => dueText(label, r) },
    { header: label('community.columns.daysOverdue'), width: 12, value: (r) => (r.due.state === 'overdue' ? r.due.daysOverdue : null) },
    { header: label('community.columns.missed'), width: 12, value: (r) => (r.due.state === 'overdue' ? r.due.missedMeetings : null) },
  ]);
}

export function dueWorkbook(ctx: AuthedCtx, rows: CommitteeRow[]) {
  return committeesWorkbook(ctx, rows, 'committeesDue');
}

export function meetingsWorkbook(ctx: AuthedCtx, rows: MeetingRow[]) {
  return communityWorkbook(ctx, 'meetings', rows, (label) => [
    { header: label('community.columns.heldOn'), width: 12, value: (r) => printed(r.heldOn) },
    { header: label('community.columns.committee'), width: 30, value: (r) => r.committeeName },
    { header: label('community.columns.place'), width: 20, value: (r) => r.place },
    { header: label('community.columns.membersPresent'), width: 12, value: (r) => r.membersPresent },
    { header: label('community.columns.membersOnRoll'), width: 12, value: (r) => r.membersOnRoll },
    {
      header: label('community.columns.quorum'),
      width: 10,
      value: (r) => label(r.quorate ? 'community.quorum.yes' : 'community.quorum.no'),
    },
    { header: label('community.columns.attendees'), width: 10, value: (r) => r.attendees },
    { header: label('community.columns.issues'), width: 10, value: (r) => r.issues },
    { header: label('community.columns.actionPoints'), width: 12, value: (r) => r.actionPoints },
    { header: label('community.columns.openPoints'), width: 12, value: (r) => r.actionPointsOpen },
  ]);
}

export function actionPointsWorkbook(ctx: AuthedCtx, rows: ActionPointRow[]) {
  return communityWorkbook(ctx, 'actionPoints', rows, (label) => [
    { header: label('community.columns.committee'), width: 28, value: (r) => r.committeeName },
    { header: label('community.columns.heldOn'), width: 12, value: (r) => printed(r.meetingHeldOn) },
    { header: label('community.columns.what'), width: 40, value: (r) => r.what },
    { header: label('community.columns.who'), width: 20, value: (r) => r.who },
    { header: label('community.columns.dueOn'), width: 12, value: (r) => printed(r.dueOn) },
    { header: label('community.columns.status'), width: 12, value: (r) => label(`community.pointStatus.${r.status}`) },
    { header: label('community.columns.daysOverdue'), width: 12, value: (r) => (r.overdue ? r.daysOverdue : null) },
    { header: label('community.columns.closedOn'), width: 12, value: (r) => printed(r.closedOn) },
    { header: label('community.columns.closingNote'), width: 40, value: (r) => r.closingNote },
  ]);
}

export function activitiesWorkbook(ctx: AuthedCtx, rows: ActivityRow[]) {
  return communityWorkbook(ctx, 'activities', rows, (label) => [
    { header: label('community.columns.heldOn'), width: 12, value: (r) => printed(r.heldOn) },
    { header: label('community.columns.type'), width: 30, value: (r) => label(`community.activityTypes.${r.type}`) },
    { header: label('community.columns.village'), width: 18, value: (r) => r.village },
    { header: label('community.columns.gramPanchayat'), width: 18, value: (r) => r.gramPanchayat },
    {
      header: label('community.columns.topics'),
      width: 36,
      value: (r) => [...r.topics.map((t) => label(`community.topics.${t}`)), ...(r.topicsNote ? [r.topicsNote] : [])].join(', '),
    },
    { header: label('community.columns.facilitators'), width: 24, value: (r) => r.facilitators },
    { header: label('community.columns.female'), width: 10, value: (r) => r.total.female },
    { header: label('community.columns.male'), width: 10, value: (r) => r.total.male },
    { header: label('community.columns.otherSex'), width: 10, value: (r) => r.total.other },
    { header: label('community.columns.total'), width: 10, value: (r) => r.total.total },
    { header: label('community.columns.named'), width: 40, value: (r) => r.participants.map((p) => p.childCode ?? p.name).join(', ') },
  ]);
}

export function stakeholdersWorkbook(ctx: AuthedCtx, rows: StakeholderRow[]) {
  return communityWorkbook(ctx, 'stakeholders', rows, (label) => [
    { header: label('community.columns.name'), width: 26, value: (r) => r.name },
    { header: label('community.columns.category'), width: 22, value: (r) => label(`community.categories.${r.category}`) },
    { header: label('community.columns.designation'), width: 18, value: (r) => r.designation },
    { header: label('community.columns.institution'), width: 26, value: (r) => r.schoolName ?? r.institution },
    { header: label('community.columns.gramPanchayat'), width: 18, value: (r) => r.gramPanchayat },
    { header: label('community.columns.phone'), width: 14, value: (r) => r.phone },
    { header: label('community.columns.committees'), width: 12, value: (r) => r.committees },
    { header: label('community.columns.meetings'), width: 10, value: (r) => r.meetings },
    { header: label('community.columns.activities'), width: 10, value: (r) => r.activities },
    { header: label('community.columns.referrals'), width: 10, value: (r) => r.referrals },
  ]);
}
