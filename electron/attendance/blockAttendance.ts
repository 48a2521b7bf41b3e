import { sql } from 'drizzle-orm';
import type { Db, Sqlite } from '../db/connection';
import { flagReasonCodes } from '../db/schema';
import { statement } from './statements';
import { flagStatusWithCases, type FlagStatus } from './worklistStatus';

/**
 * The block's attendance as the home screen reads it: month by month, who is attending regularly,
 * and the worklist's size. Read-only; the rules of a flag stay in flags.ts and worklistStatus.ts.
 */

export interface BlockMonth {
  month: string;
  /** Children with a register imported for the month and the school open at least one day. */
  children: number;
  /** The average of the children's attendance that month, one decimal (as a school's trend shows it). */
  averagePercent: number | null;
}

export interface RegularAttendance {
  /** Children with at least one school day on an imported register in the months. */
  tracked: number;
  /** Of them, those present at least the office's attendance threshold of the days their school was open. */
  regular: number;
}

/** A month as a count of months, so months subtract: 2026-11 → 24,323. */
function monthNumber(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
}

export interface AttendanceOverview {
  /** Every month asked for (oldest first), with no children where no register was imported. */
  byMonth: BlockMonth[];
  /** "Children attending school regularly" in one month, and over the months of the year so far. */
  month: RegularAttendance;
  year: RegularAttendance;
}

/**
 * The block's attendance for the home screen in one pass over the registers: the average month by
 * month, and the children attending regularly (days present over days open, against the same
 * threshold that flags low attendance) in `regularMonth` and from `yearFrom` to the last month asked.
 * One pass over ~700,000 child-months, summed here: grouping them by child in SQL sorts them first.
 * Days present (in halves) stay under 128 and days open under 64 in any month, as the packing needs.
 */
export function attendanceOverview(
  sqlite: Sqlite,
  q: { months: readonly string[]; regularMonth: string | null; yearFrom: string; thresholdPercent: number },
): AttendanceOverview {
  const last = q.months.at(-1);
  const first = [q.months[0], q.yearFrom, q.regularMonth].filter((m): m is string => Boolean(m)).sort()[0];
  const none = { byMonth: q.months.map((month) => ({ month, children: 0, averagePercent: null })), month: { tracked: 0, regular: 0 } };
  if (!first || !last) return { ...none, year: { tracked: 0, regular: 0 } };
  const maxChild = (statement(sqlite, 'SELECT coalesce(max(child_id), 0) AS n FROM attendance_months').get() as { n: number }).n;
  const yearHalves = new Float64Array(maxChild + 1);
  const yearOpen = new Float64Array(maxChild + 1);
  const percentSum = new Float64Array(q.months.length);
  const counted = new Int32Array(q.months.length);
  const month = { tracked: 0, regular: 0 };
  // halves × 50 / open ≥ threshold, kept in integers.
  const isRegular = (halves: number, open: number) => halves * 50 >= q.thresholdPercent * open;
  // Each child-month comes packed in one integer (child, month, halves present, days open): reading
  // 700,000 numbers costs a fraction of 700,000 rows of four values.
  const base = monthNumber(first);
  const packed = statement(
    sqlite,
    `SELECT ((child_id * 256 + (CAST(substr(month, 1, 4) AS INTEGER) * 12 + CAST(substr(month, 6, 2) AS INTEGER) - @base)) * 128
              + days_present_halves) * 64 + days_open
       FROM attendance_months WHERE month BETWEEN @first AND @last AND days_open > 0`,
  )
    .pluck()
    .all({ base, first, last }) as number[];
  const regularIndex = q.regularMonth === null ? -1 : monthNumber(q.regularMonth) - base;
  const yearIndex = monthNumber(q.yearFrom) - base;
  const chartIndex = q.months.map((m) => monthNumber(m) - base);
  const chartOf = new Map(chartIndex.map((offset, i) => [offset, i]));
  for (const value of packed) {
    const open = value % 64;
    const halves = Math.floor(value / 64) % 128;
    const offset = Math.floor(value / 8192) % 256;
    const childId = Math.floor(value / 2_097_152);
    const i = chartOf.get(offset);
    if (i !== undefined) {
      percentSum[i] = (percentSum[i] ?? 0) + (halves * 50) / open;
      counted[i] = (counted[i] ?? 0) + 1;
    }
    if (offset >= yearIndex) {
      yearHalves[childId] = (yearHalves[childId] ?? 0) + halves;
      yearOpen[childId] = (yearOpen[childId] ?? 0) + open;
    }
    if (offset === regularIndex) {
      month.tracked += 1;
      if (isRegular(halves, open)) month.regular += 1;
    }
  }
  const year = { tracked: 0, regular: 0 };
  for (let c = 0; c <= maxChild; c++) {
    const open = yearOpen[c] ?? 0;
    if (open === 0) continue;
    year.tracked += 1;
    if (isRegular(yearHalves[c] ?? 0, open)) year.regular += 1;
  }
  const byMonth = q.months.map((m, i) => {
    const n = counted[i] ?? 0;
    return { month: m, children: n, averagePercent: n === 0 ? null : Math.round(((percentSum[i] ?? 0) / n) * 10) / 10 };
  });
  return { byMonth, month, year };
}

/** The newest month any register was imported for, not after `month`: registers come in after their month ends. */
export function newestImportedMonth(sqlite: Sqlite, notAfter: string): string | null {
  return (statement(sqlite, 'SELECT max(month) AS m FROM attendance_imports WHERE month <= ?').get(notAfter) as { m: string | null }).m;
}

export interface WorklistSize {
  /** Flagged children still to be visited: the worklist as it opens. */
  open: number;
  followedUp: number;
  caseOpened: number;
}

/** The worklist's size by the status it shows (a child in an open case counts as 'case_opened'). */
export function worklistSize(db: Db): WorklistSize {
  const rows = db.all<{ status: FlagStatus; n: number }>(
    sql`SELECT status, count(*) AS n FROM (SELECT ${flagStatusWithCases()} AS status FROM attendance_flags) GROUP BY status`,
  );
  const of = (status: FlagStatus) => rows.find((r) => r.status === status)?.n ?? 0;
  return { open: of('open'), followedUp: of('followed_up'), caseOpened: of('case_opened') };
}

/** Children put on the worklist (or back on it by a newer month) in each month, by when the flag was raised. */
export function flagsRaisedByMonth(sqlite: Sqlite, months: readonly string[]): { month: string; raised: number }[] {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const rows = statement(
    sqlite,
    `SELECT substr(raised_at, 1, 7) AS month, count(*) AS n FROM attendance_flags
      WHERE substr(raised_at, 1, 7) BETWEEN ? AND ? GROUP BY 1`,
  ).all(first, last) as { month: string; n: number }[];
  return months.map((month) => ({ month, raised: rows.find((r) => r.month === month)?.n ?? 0 }));
}

export type FlagReasonCode = (typeof flagReasonCodes)[number];

/** The children still to be visited, by each reason that flags them (a child flagged for two reasons counts under both). */
export function openFlagsByReason(db: Db): { reason: FlagReasonCode; children: number }[] {
  const rows = db.all<{ reason: FlagReasonCode; n: number }>(
    sql`SELECT json_extract(r.value, '$.code') AS reason, count(*) AS n
          FROM attendance_flags f, json_each(f.reasons_json) r
         WHERE ${flagStatusWithCases(sql`f.child_id`, sql`f.status`)} = 'open' GROUP BY 1`,
  );
  return flagReasonCodes.map((reason) => ({ reason, children: rows.find((r) => r.reason === reason)?.n ?? 0 }));
}
