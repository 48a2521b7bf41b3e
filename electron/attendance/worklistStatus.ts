import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { attendanceFlags, caseChildren, cases, type flagStatuses } from '../db/schema';

export type FlagStatus = (typeof flagStatuses)[number];

/**
 * The newest open case the child is in, or NULL: what makes a flag 'case_opened'. Derived here
 * rather than written by cases.create, so the case file knows nothing of the worklist and a case
 * opened, closed or reopened anywhere shows on the worklist at once. A closed case does not count:
 * a child still irregular after their case closed needs a visit again.
 *
 * `childId` is the column holding the child (attendance_flags.child_id unless the query aliases it).
 */
export function openCaseOf(childId: AnyColumn | SQL = attendanceFlags.childId): SQL<number | null> {
  // Driven by the child's index on case_children, then one primary-key probe per case: with a join,
  // SQLite preferred to walk every open case for every worklist row (1.2 s for one Gram Panchayat).
  return sql<
    number | null
  >`(SELECT max(${caseChildren.caseId}) FROM ${caseChildren} WHERE ${caseChildren.childId} = ${childId} AND EXISTS (SELECT 1 FROM ${cases} WHERE ${cases.id} = ${caseChildren.caseId} AND ${cases.status} = 'open'))`;
}

/**
 * A flag's status as the worklist shows it: 'case_opened' while the child is in an open case,
 * otherwise the stored status ('open' until a follow-up answers it, then 'followed_up', or 'open'
 * again when the finding is the start of a case). Usable in select, where and order by:
 *   .select({ status: flagStatusWithCases() }) … .where(eq(flagStatusWithCases(), 'open'))
 */
export function flagStatusWithCases(
  childId: AnyColumn | SQL = attendanceFlags.childId,
  storedStatus: AnyColumn | SQL = attendanceFlags.status,
): SQL<FlagStatus> {
  return sql<FlagStatus>`(CASE WHEN ${openCaseOf(childId)} IS NOT NULL THEN 'case_opened' ELSE ${storedStatus} END)`;
}
