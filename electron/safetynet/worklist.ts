import type Database from 'better-sqlite3';
import { and, asc, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { departures } from '../db/schema';
import { id } from '../api/fields';
import type { AuthedCtx } from '../api/types';
import { currentAbsenceRun } from '../sponsorship/absentChildren';
import { departureLevels } from '../shared/safetynetVocabulary';
import { departureWhere, listedDeparture, listQuery } from './departureList';
import { scheduleOf } from './departureRead';

export const worklistInput = z.object({
  gramPanchayat: z.string().trim().max(200).optional(),
  village: z.string().trim().max(200).optional(),
  reportingPointId: id.optional(),
  level: z.enum(departureLevels).optional(),
  /** 'open': overdue and due this week; 'all': everyone still being checked on. */
  status: z.enum(['overdue', 'open', 'all']).default('open'),
});

const statusOrder = { overdue: 0, due: 1, later: 2 } as const;
const levelOrder = { high: 0, medium: 1, low: 2 } as const;

/**
 * The SafetyNet worklist: everyone away who is being checked on (a minor, or an adult with a red
 * flag), with when the next call or visit is due, the overdue first and the high first among them.
 */
export function safetynetWorklist(ctx: AuthedCtx, input: z.output<typeof worklistInput>) {
  const where = and(departureWhere({ ...input, state: 'away' }), isNull(departures.returnedOn));
  return listQuery(ctx, where)
    .orderBy(asc(departures.leftOn))
    .all()
    .map((r) => listedDeparture(ctx, r))
    .filter(
      (r) =>
        r.checkInStatus !== null &&
        (input.status === 'all' || (input.status === 'overdue' ? r.checkInStatus === 'overdue' : r.checkInStatus !== 'later')),
    )
    .sort(
      (a, b) =>
        statusOrder[a.checkInStatus ?? 'later'] - statusOrder[b.checkInStatus ?? 'later'] ||
        levelOrder[a.level] - levelOrder[b.level] ||
        (a.nextCheckInOn ?? '').localeCompare(b.nextCheckInOn ?? ''),
    );
}

/**
 * How many on the worklist are overdue a check-in: the same schedule (departureRead.ts scheduleOf)
 * read from the few columns it needs, for the home screen, without building 50,000 list rows.
 */
export function overdueCheckInCount(ctx: AuthedCtx): number {
  const away = ctx.db
    .select({
      leftOn: departures.leftOn,
      level: departures.level,
      score: departures.score,
      returnedOn: departures.returnedOn,
      lastCheckInOn: departures.lastCheckInOn,
      lastCheckInOutcome: departures.lastCheckInOutcome,
      birthBasis: departures.birthBasis,
      dateOfBirth: departures.dateOfBirth,
      ageYears: departures.ageYears,
    })
    .from(departures)
    .where(isNull(departures.returnedOn))
    .all();
  return away.filter((d) => scheduleOf(d, ctx.host.settings, ctx.today).checkInStatus === 'overdue').length;
}

/** Children absent this many calendar days in a row or more are gone with no report when nobody reported them leaving. */
export const goneDays = 30;

export interface GoneChild {
  childId: number;
  childCode: string;
  nameEn: string | null;
  nameBn: string | null;
  village: string | null;
  gramPanchayat: string | null;
  schoolName: string | null;
  since: string;
  through: string;
  daysAbsent: number;
  schoolDaysAbsent: number;
}

/**
 * Children of the register whose current absence from school (the same walk the sponsorship due list
 * uses, sponsorship/absentChildren.ts) has lasted 30 days or more, and for whom no departure is on
 * the register since before it began: the volunteers' list of those who may have gone unseen.
 */
export function goneWithNoReport(sqlite: Database.Database, filter: { gramPanchayat?: string; village?: string }): GoneChild[] {
  const rows = sqlite
    .prepare(
      `WITH latest AS (SELECT child_id, max(month) AS month FROM attendance_months GROUP BY child_id),
            absent AS (SELECT l.child_id FROM latest l JOIN attendance_months am ON am.child_id = l.child_id AND am.month = l.month
                        WHERE am.trailing_absence > 0)
       SELECT c.id AS childId, c.child_code AS childCode, c.name_en AS nameEn, c.name_bn AS nameBn, c.village, c.gram_panchayat AS gramPanchayat,
              s.name AS schoolName, am.month, am.marks
         FROM absent a
         JOIN children c ON c.id = a.child_id
         LEFT JOIN schools s ON s.id = c.school_id
         JOIN attendance_months am ON am.child_id = c.id
        WHERE (? IS NULL OR c.gram_panchayat = ?) AND (? IS NULL OR c.village = ?)
        ORDER BY c.id, am.month DESC`,
    )
    .all(filter.gramPanchayat ?? null, filter.gramPanchayat ?? null, filter.village ?? null, filter.village ?? null) as (Omit<
    GoneChild,
    'since' | 'through' | 'daysAbsent' | 'schoolDaysAbsent'
  > & { month: string; marks: string })[];
  const leftSince = sqlite.prepare('SELECT 1 FROM departures WHERE child_id = ? AND returned_on IS NULL LIMIT 1');
  const byChild = new Map<number, { head: (typeof rows)[number]; months: { month: string; marks: string }[] }>();
  for (const row of rows) {
    const entry = byChild.get(row.childId) ?? { head: row, months: [] };
    entry.months.push({ month: row.month, marks: row.marks });
    byChild.set(row.childId, entry);
  }
  const gone: GoneChild[] = [];
  for (const { head, months } of byChild.values()) {
    const run = currentAbsenceRun(months);
    if (!run || run.calendarDays < goneDays || leftSince.get(head.childId)) continue;
    const { month: _m, marks: _k, ...child } = head;
    void _m;
    void _k;
    gone.push({ ...child, since: run.since, through: run.through, daysAbsent: run.calendarDays, schoolDaysAbsent: run.schoolDays });
  }
  return gone.sort((a, b) => b.daysAbsent - a.daysAbsent);
}
