import type { Column, Content, TableCell } from 'pdfmake/interfaces';
import type { AuthedCtx } from '../api/types';
import { reportTableLayout, type ReportLanguage } from '../reports/pdf';
import { communityPdf, documentWords } from './documentFrame';
import type { AttendeeRow, MeetingDetail } from './meetingQuery';
import type { MeetingFilter, MeetingRow } from './meetingRegister';

const header = (texts: string[]): TableCell[] => texts.map((text) => ({ text, style: 'tableHeader' }));

/** A child present as a representative is written by register code only (JJ Act 2015 s.74). */
function attendeeName(a: AttendeeRow): string {
  return a.childCode ?? a.name;
}

function signatureLine(label: string, name: string | null): Column {
  return {
    width: '*',
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.6 }], margin: [0, 36, 0, 2] },
      { text: label, bold: true },
      ...(name ? [{ text: name, fontSize: 9 }] : []),
    ],
  };
}

/**
 * The minutes of a meeting laid out as a committee's resolution book: the meeting, those present
 * with a column to sign, the issues raised (children by code), the resolutions, the action points,
 * and the signatures of the chairperson and the convener.
 */
export function minutesPdf(ctx: AuthedCtx, m: MeetingDetail, language: ReportLanguage) {
  const w = documentWords(language);
  const present: TableCell[][] = m.attendees.map((a, i) => [
    { text: w.n(i + 1) },
    { text: attendeeName(a) },
    { text: a.role ? w.word(`roles.${a.role}`) : w.say('notMember') },
    { text: [w.word(`categories.${a.category}`), a.designation].filter(Boolean).join(', ') },
    { text: '' },
  ]);
  const issues: Content[] = m.issues.map((issue, i) => {
    const links: string[] = [];
    if (issue.children.length) links.push(w.say('children', { codes: issue.children.map((c) => c.childCode).join(', ') }));
    if (issue.linkedCase)
      links.push('caseNumber' in issue.linkedCase ? w.say('case', { number: issue.linkedCase.caseNumber }) : w.say('caseConfidential'));
    if (issue.departureId !== null) links.push(w.say('departure', { number: issue.departureId }));
    return {
      margin: [0, 0, 0, 4],
      stack: [
        { text: `${w.n(i + 1)}. ${issue.text}` },
        ...(links.length ? [{ text: links.join(' · '), fontSize: 9, color: '#52606d', margin: [12, 1, 0, 0] }] : []),
      ],
    } as Content;
  });
  const points: TableCell[][] = m.actionPoints.map((p, i) => [
    { text: w.n(i + 1) },
    { text: p.what },
    { text: p.who },
    { text: w.date(p.dueOn) },
  ]);
  const chair = m.attendees.find((a) => a.role === 'chairperson');
  const convener = m.attendees.find((a) => a.role === 'convener');
  const content: Content = [
    {
      table: {
        widths: ['auto', '*'],
        body: [
          [{ text: w.say('heldOn'), bold: true }, { text: w.date(m.heldOn) }],
          [{ text: w.say('place'), bold: true }, { text: m.place }],
          [
            { text: w.say('committee'), bold: true },
            { text: `${m.committeeName} (${w.word(`levels.${m.committeeLevel}`)}, ${m.committeeArea})` },
          ],
          [
            { text: w.say('quorum'), bold: true },
            {
              text: w.say(m.quorate ? 'quorumMet' : 'quorumNotMet', {
                present: m.membersPresent,
                onRoll: m.membersOnRoll,
                required: m.quorumRequired,
              }),
            },
          ],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 6],
    },
    { text: w.say('presentHeading'), style: 'sectionHeading' },
    {
      table: {
        headerRows: 1,
        widths: [18, '*', 'auto', '*', 110],
        heights: (row: number) => (row === 0 ? 14 : 24),
        body: [header(['#', w.say('name'), w.say('role'), w.say('category'), w.say('signature')]), ...present],
      },
      layout: reportTableLayout,
    },
    { text: w.say('issuesHeading'), style: 'sectionHeading' },
    ...(issues.length ? issues : [{ text: w.say('none'), color: '#52606d' } as Content]),
    { text: w.say('decisionsHeading'), style: 'sectionHeading' },
    { text: m.decisions ?? w.say('none') },
    { text: w.say('actionPointsHeading'), style: 'sectionHeading' },
    points.length
      ? {
          table: {
            headerRows: 1,
            widths: [18, '*', 'auto', 'auto'],
            body: [header(['#', w.say('what'), w.say('who'), w.say('byWhen')]), ...points],
          },
          layout: reportTableLayout,
        }
      : { text: w.say('none'), color: '#52606d' },
    {
      columns: [
        signatureLine(w.say('chairperson'), chair ? attendeeName(chair) : null),
        signatureLine(w.say('convener'), convener ? attendeeName(convener) : null),
      ],
      margin: [0, 18, 0, 0],
    },
  ];
  return communityPdf(ctx, {
    language,
    title: w.say('minutesTitle'),
    subtitle: w.say('minutesSubtitle', { committee: m.committeeName, date: w.date(m.heldOn) }),
    fileName: `minutes-${m.committeeId}-${m.heldOn}-${language}.pdf`,
    footerNote: w.say('minutesFooter'),
    content,
  });
}

/** The committee meetings register for a period: one line per meeting. */
export function meetingsRegisterPdf(ctx: AuthedCtx, rows: MeetingRow[], filter: MeetingFilter, language: ReportLanguage) {
  const w = documentWords(language);
  const body: TableCell[][] = rows.map((r) => [
    { text: w.date(r.heldOn) },
    { text: r.committeeName },
    { text: r.place },
    { text: `${w.n(r.membersPresent)} / ${w.n(r.membersOnRoll)}`, alignment: 'right' },
    { text: w.word(r.quorate ? 'quorum.yes' : 'quorum.no') },
    { text: w.n(r.issues), alignment: 'right' },
    { text: `${w.n(r.actionPoints)} (${w.n(r.actionPointsOpen)})`, alignment: 'right' },
  ]);
  const period =
    filter.from || filter.to ? w.say('period', { from: w.date(filter.from ?? null), to: w.date(filter.to ?? null) }) : w.say('allDates');
  return communityPdf(ctx, {
    language,
    title: w.say('meetingsRegisterTitle'),
    subtitle: [period, filter.gramPanchayat].filter(Boolean).join(' · '),
    fileName: `meetings-register-${filter.from ?? 'all'}-${language}.pdf`,
    landscape: true,
    content: rows.length
      ? {
          table: {
            headerRows: 1,
            widths: ['auto', '*', '*', 'auto', 'auto', 'auto', 'auto'],
            body: [
              header([
                w.say('heldOn'),
                w.say('committee'),
                w.say('place'),
                w.say('membersPresent'),
                w.say('quorum'),
                w.say('issues'),
                w.say('pointsOpen'),
              ]),
              ...body,
            ],
          },
          layout: reportTableLayout,
        }
      : { text: w.say('noMeetings') },
  });
}
