import type Database from 'better-sqlite3';
import { addMonths, dayOf, daysBetween } from '../shared/periods';

/** A sponsored child absent from school over 30 days in a row (Mission Vatsalya's rule), from the imported registers. */
export interface AbsentChild {
  sponsoredChildId: number;
  childId: number;
  childCode: string;
  name: string;
  /** Calendar days from the first day of the absence to the last day of the register. */
  daysAbsent: number;
  /** School days (the school open) absent in that time. */
  schoolDaysAbsent: number;
  since: string;
  through: string;
}

/** Mission Vatsalya stops sponsorship support after this many days absent from school in a row. */
export const absenceLimitDays = 30;

interface MonthMarks {
  month: string;
  marks: string;
}

export interface AbsenceRun {
  /** The first school day of the run still going on at the end of the register (YYYY-MM-DD). */
  since: string;
  /** The last day the register has a mark for the child. */
  through: string;
  /** Open school days absent in the run. */
  schoolDays: number;
  /** Calendar days from `since` to `through`, both counted. */
  calendarDays: number;
}

/** Calendar days from one date to another, both counted. */
function daysSpanned(from: string, to: string): number {
  return daysBetween(from, to) + 1;
}

/**
 * The absence the child is in now: walking back from the newest marked day through consecutive months,
 * counting A and L, stepping over days the school was shut or the child had no mark, stopping at the
 * first day present (P or half day). Null when the newest marked day is not an absence.
 */
export function currentAbsenceRun(monthsNewestFirst: MonthMarks[]): AbsenceRun | null {
  let through: string | null = null;
  let since: string | null = null;
  let schoolDays = 0;
  let expected: string | null = null;
  for (const { month, marks } of monthsNewestFirst) {
    if (expected !== null && month !== expected) break; // a month without a register breaks what we can know
    for (let i = marks.length - 1; i >= 0; i--) {
      const mark = marks[i];
      if (mark === 'P' || mark === 'D') {
        if (through === null) return null;
        return since ? { since, through, schoolDays, calendarDays: daysSpanned(since, through) } : null;
      }
      if (mark === 'A' || mark === 'L') {
        through ??= dayOf(month, i + 1);
        since = dayOf(month, i + 1);
        schoolDays++;
      }
    }
    expected = addMonths(month, -1);
  }
  return through && since ? { since, through, schoolDays, calendarDays: daysSpanned(since, through) } : null;
}

/**
 * Sponsored children (supported, with a sponsorship or not) whose current absence from school has
 * lasted more than 30 days: shown to the coordinator, never acted on by the app.
 */
export function sponsoredChildrenAbsent(sqlite: Database.Database): AbsentChild[] {
  const rows = sqlite
    .prepare(
      `SELECT sc.id AS sponsoredChildId, c.id AS childId, c.child_code AS childCode,
              coalesce(c.name_en, c.name_bn, '') AS name, am.month AS month, am.marks AS marks
         FROM sponsored_children sc
         JOIN children c ON c.id = sc.child_id
         JOIN attendance_months am ON am.child_id = c.id
        WHERE sc.status = 'supported'
        ORDER BY sc.id, am.month DESC`,
    )
    .all() as { sponsoredChildId: number; childId: number; childCode: string; name: string; month: string; marks: string }[];
  const byChild = new Map<number, { head: (typeof rows)[number]; months: MonthMarks[] }>();
  for (const row of rows) {
    const entry = byChild.get(row.sponsoredChildId) ?? { head: row, months: [] };
    entry.months.push({ month: row.month, marks: row.marks });
    byChild.set(row.sponsoredChildId, entry);
  }
  const absent: AbsentChild[] = [];
  for (const { head, months } of byChild.values()) {
    const run = currentAbsenceRun(months);
    if (!run || run.calendarDays <= absenceLimitDays) continue;
    absent.push({
      sponsoredChildId: head.sponsoredChildId,
      childId: head.childId,
      childCode: head.childCode,
      name: head.name,
      daysAbsent: run.calendarDays,
      schoolDaysAbsent: run.schoolDays,
      since: run.since,
      through: run.through,
    });
  }
  return absent.sort((a, b) => b.daysAbsent - a.daysAbsent);
}
