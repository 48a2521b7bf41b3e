import type { Ctx } from '../api/types';
import type { CommitteeLevel } from '../shared/communityVocabulary';
import { dueState, type DueState } from './meetingPeriods';
import { personColumnsSql, personJoinsSql, type PersonView } from './people';
import { frequencyOf } from './settings';

/** A committee's name, for an audit entry about its members, meetings and action points. */
export function committeeName(ctx: Ctx, committeeId: number): string {
  const row = ctx.sqlite.prepare('SELECT name FROM committees WHERE id = ?').get(committeeId) as { name: string } | undefined;
  return row?.name ?? '';
}

export interface CommitteeRow {
  id: number;
  name: string;
  level: CommitteeLevel;
  area: string;
  gramPanchayat: string | null;
  formedOn: string;
  /** Raised on every change of its name, level, area, GP or formation date (migration 0012's trigger). */
  version: number;
  frequencyMonths: number;
  /** Members on the roll today. */
  members: number;
  meetings: number;
  lastMetOn: string | null;
  openActionPoints: number;
  due: DueState;
}

export interface CommitteeFilter {
  level?: CommitteeLevel;
  gramPanchayat?: string;
  q?: string;
  id?: number;
}

/** Committees with where each stands today: members on the roll, last meeting, open points, due or overdue. */
export function committeeRows(ctx: Ctx, filter: CommitteeFilter): CommitteeRow[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT c.id, c.name, c.level, c.area, c.gram_panchayat AS gramPanchayat, c.formed_on AS formedOn, c.version,
         (SELECT count(*) FROM committee_members cm WHERE cm.committee_id = c.id AND cm.joined_on <= @today
            AND (cm.left_on IS NULL OR cm.left_on > @today)) AS members,
         (SELECT count(*) FROM committee_meetings m WHERE m.committee_id = c.id) AS meetings,
         (SELECT group_concat(m.held_on) FROM committee_meetings m WHERE m.committee_id = c.id) AS meetingDates,
         (SELECT count(*) FROM action_points p WHERE p.committee_id = c.id AND p.status = 'open') AS openActionPoints
       FROM committees c
       WHERE (@id IS NULL OR c.id = @id) AND (@level IS NULL OR c.level = @level)
         AND (@gp IS NULL OR lower(trim(c.gram_panchayat)) = @gp)
         AND (@q IS NULL OR c.name LIKE @q OR c.area LIKE @q)
       ORDER BY c.name, c.id`,
    )
    .all({
      today: ctx.today,
      id: filter.id ?? null,
      level: filter.level ?? null,
      gp: filter.gramPanchayat?.trim().toLowerCase() || null,
      q: filter.q ? `%${filter.q}%` : null,
    }) as (Omit<CommitteeRow, 'frequencyMonths' | 'lastMetOn' | 'due'> & { meetingDates: string | null })[];
  const settings = ctx.host.settings;
  return rows.map(({ meetingDates, ...row }) => {
    const dates = meetingDates ? meetingDates.split(',').sort() : [];
    const frequencyMonths = frequencyOf(settings, row.level);
    return {
      ...row,
      frequencyMonths,
      lastMetOn: dates.at(-1) ?? null,
      due: dueState(row.formedOn, frequencyMonths, dates, ctx.today),
    };
  });
}

export interface MemberRow extends PersonView {
  id: number;
  committeeId: number;
  role: 'chairperson' | 'convener' | 'member';
  joinedOn: string;
  leftOn: string | null;
}

export function memberRows(ctx: Ctx, committeeId: number): MemberRow[] {
  return ctx.sqlite
    .prepare(
      `SELECT m.id, m.committee_id AS committeeId, m.role, m.joined_on AS joinedOn, m.left_on AS leftOn, ${personColumnsSql('m')}
       FROM committee_members m ${personJoinsSql('m')}
       WHERE m.committee_id = ?
       ORDER BY m.left_on IS NOT NULL, CASE m.role WHEN 'chairperson' THEN 0 WHEN 'convener' THEN 1 ELSE 2 END, name, m.id`,
    )
    .all(committeeId) as MemberRow[];
}
