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

/** Every month of `months` (oldest first), with no children where no register was imported. */
export function blockAttendanceByMonth(sqlite: Sqlite, months: readonly string[]): BlockMonth[] {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const rows = statement(
    sqlite,
    `SELECT month, count(*) AS children, avg(days_present_halves * 50.0 / days_open) AS averagePercent
       FROM attendance_months WHERE month BETWEEN ? AND ? AND days_open > 0 GROUP BY month`,
  ).all(first, last) as { month: string; children: number; averagePercent: number }[];
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return months.map((month) => {
    const row = byMonth.get(month);
    return { month, children: row?.children ?? 0, averagePercent: row ? Math.round(row.averagePercent * 10) / 10 : null };
  });
}

export interface RegularAttendance {
  /** Children with at least one school day on an imported register in the months. */
  tracked: number;
  /** Of them, those present at least the office's attendance threshold of the days their school was open. */
  regular: number;
}

/**
 * "Children attending school regularly" for the months from `fromMonth` to `toMonth`: a child's
 * days present over the days open in those months, against the same threshold that flags low attendance.
 */
export function regularAttendance(sqlite: Sqlite, fromMonth: string, toMonth: string, thresholdPercent: number): RegularAttendance {
  // halves × 50 / open ≥ threshold, kept in integers.
  return statement(
    sqlite,
    `SELECT count(*) AS tracked, coalesce(sum(present * 50 >= @threshold * open), 0) AS regular
       FROM (SELECT sum(days_present_halves) AS present, sum(days_open) AS open FROM attendance_months
              WHERE month BETWEEN @from AND @to AND days_open > 0 GROUP BY child_id)`,
  ).get({ from: fromMonth, to: toMonth, threshold: thresholdPercent }) as RegularAttendance;
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
