import type { CountSource } from '../db/countSource';
import { currentAbsenceRun } from '../sponsorship/absentChildren';
import { addMonths } from '../shared/periods';
import { followUpFindings, type FollowUpFinding } from './findings';
import type { FlaggedInPeriod } from './monthCounts';

export interface SchoolWarningFigures {
  schoolsOnRegister: number;
  /** Schools with a register imported for the month, of those that sent one in the three months before (expected). */
  registersImported: number;
  registersExpected: number;
  /** Children with a register row for the month. */
  childrenTracked: number;
  /** Children whose absence reaching the month's last marked day is 30 calendar days or more (Child Labour Rules r.2B(2)). */
  absent30Days: number;
  /** Per child absent at the month's end: the calendar days of that absence. */
  absentDays: Map<number, number>;
  /** Home visits of the month by what was found. */
  visits: Record<FollowUpFinding, number>;
  visitsTotal: number;
  /** Flagged children by village (the register's village) and sex: the table printed with "< 5". */
  flaggedByVillage: { village: string | null; female: number; male: number; other: number }[];
}

/** Section 6: what the registers of `month` show, beside the children flagged on them (monthCounts.ts). */
export function schoolWarningFigures(source: CountSource, month: string, flagged: FlaggedInPeriod): SchoolWarningFigures {
  const db = source.sqlite;
  const schoolsOnRegister = db.prepare('SELECT count(*) FROM schools').pluck().get() as number;
  const registersImported = db
    .prepare('SELECT count(DISTINCT school_id) FROM attendance_imports WHERE month = ?')
    .pluck()
    .get(month) as number;
  const registersExpected = db
    .prepare(
      `SELECT count(*) FROM (SELECT school_id FROM attendance_imports WHERE month BETWEEN ? AND ?
       UNION SELECT school_id FROM attendance_imports WHERE month = ?)`,
    )
    .pluck()
    .get(addMonths(month, -3), addMonths(month, -1), month) as number;
  const childrenTracked = db.prepare('SELECT count(*) FROM attendance_months WHERE month = ?').pluck().get(month) as number;
  // The children absent at the end of the month's register, with their months back to the start of the absence.
  const absentNow = db
    .prepare(
      `SELECT am.child_id AS childId, am.month, am.marks FROM attendance_months am
       WHERE am.child_id IN (SELECT child_id FROM attendance_months WHERE month = @month AND trailing_absence > 0)
         AND am.month BETWEEN @since AND @month ORDER BY am.child_id, am.month DESC`,
    )
    .all({ month, since: addMonths(month, -3) }) as { childId: number; month: string; marks: string }[];
  const byChild = new Map<number, { month: string; marks: string }[]>();
  for (const r of absentNow) {
    const list = byChild.get(r.childId);
    if (list) list.push(r);
    else byChild.set(r.childId, [r]);
  }
  let absent30Days = 0;
  const absentDays = new Map<number, number>();
  for (const [childId, months] of byChild) {
    const run = currentAbsenceRun(months);
    if (!run) continue;
    absentDays.set(childId, run.calendarDays);
    if (run.calendarDays >= 30) absent30Days += 1;
  }
  const visits = Object.fromEntries(followUpFindings.map((f) => [f, 0])) as Record<FollowUpFinding, number>;
  for (const r of db
    .prepare('SELECT finding, count(*) AS n FROM follow_ups WHERE visit_date BETWEEN ? AND ? GROUP BY finding')
    .all(`${month}-01`, `${month}-31`) as { finding: FollowUpFinding; n: number }[])
    visits[r.finding] = r.n;
  const villages = new Map<string | null, { village: string | null; female: number; male: number; other: number }>();
  const people = db.prepare('SELECT village, sex FROM children WHERE id = ?');
  for (const childId of flagged.flags.keys()) {
    const c = people.get(childId) as { village: string | null; sex: 'female' | 'male' | 'other' } | undefined;
    if (!c) continue;
    const key = c.village?.trim() ? c.village.trim() : null;
    const entry = villages.get(key) ?? { village: key, female: 0, male: 0, other: 0 };
    entry[c.sex] += 1;
    villages.set(key, entry);
  }
  return {
    schoolsOnRegister,
    registersImported,
    registersExpected,
    childrenTracked,
    absent30Days,
    absentDays,
    visits,
    visitsTotal: Object.values(visits).reduce((a, b) => a + b, 0),
    flaggedByVillage: [...villages.values()].sort((a, b) => (a.village ?? '\uffff').localeCompare(b.village ?? '\uffff')),
  };
}
