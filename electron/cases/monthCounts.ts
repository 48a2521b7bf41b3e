import type { CountSource } from '../db/countSource';
import type { Period } from '../shared/period';

/**
 * The case counters of a period, for the monthly report and the home screen: each is one query here,
 * so the report's sections and the dashboard say the same number. Every case is counted unless
 * `only` names the cases a reader may see (a case worker's home screen: cases/access.ts decides which).
 */

/** The cases to count: null for every case, or the ids of those a reader may see. */
export type CaseScope = readonly number[] | null;

const scoped = (only: CaseScope | undefined) => ({ only: only ? JSON.stringify(only) : null });
const inScope = (column: string) => `(@only IS NULL OR ${column} IN (SELECT value FROM json_each(@only)))`;

export interface CaseFlow {
  /** Reported in the period. */
  opened: number;
  /** Closed in the period (a reopened case is open again and not counted). */
  closed: number;
  /** Open at the end of the period: reported by then, and not closed by then. */
  active: number;
}

export function caseFlow(source: CountSource, period: Period, only?: CaseScope): CaseFlow {
  return source.sqlite
    .prepare(
      `SELECT
         coalesce(sum(reported_on BETWEEN @from AND @to), 0) AS opened,
         coalesce(sum(status = 'closed' AND closed_on BETWEEN @from AND @to), 0) AS closed,
         coalesce(sum(reported_on <= @to AND (status = 'open' OR closed_on > @to)), 0) AS active
       FROM cases WHERE ${inScope('id')}`,
    )
    .get({ ...period, ...scoped(only) }) as CaseFlow;
}

/** Child marriages stopped: cases closed in the period with the outcome "marriage averted". */
export function marriagesAverted(source: CountSource, period: Period, only?: CaseScope): number {
  return source.sqlite
    .prepare(
      `SELECT count(*) FROM cases WHERE status = 'closed' AND outcome = 'marriage_averted' AND closed_on BETWEEN @from AND @to
         AND ${inScope('id')}`,
    )
    .pluck()
    .get({ ...period, ...scoped(only) }) as number;
}

export interface LabourOutcomes {
  /** Distinct children of the cases closed in the period as "withdrawn from work and enrolled in school". */
  withdrawn: number;
  /** Distinct children of the cases closed in the period as "working hours reduced". */
  hoursReduced: number;
  /** Distinct children with either: the seeds' "protected from child labour or with reduced working hours". */
  total: number;
}

export function childrenFromLabour(source: CountSource, period: Period, only?: CaseScope): LabourOutcomes {
  return source.sqlite
    .prepare(
      `SELECT
         count(DISTINCT CASE WHEN k.outcome = 'withdrawn_from_work_enrolled' THEN cc.child_id END) AS withdrawn,
         count(DISTINCT CASE WHEN k.outcome = 'working_hours_reduced' THEN cc.child_id END) AS hoursReduced,
         count(DISTINCT cc.child_id) AS total
       FROM cases k JOIN case_children cc ON cc.case_id = k.id
       WHERE k.status = 'closed' AND k.closed_on BETWEEN @from AND @to
         AND k.outcome IN ('withdrawn_from_work_enrolled', 'working_hours_reduced') AND ${inScope('k.id')}`,
    )
    .get({ ...period, ...scoped(only) }) as LabourOutcomes;
}

/**
 * The children produced before the Child Welfare Committee in the period: the children of every case
 * referred to the CWC in it, and of every case closed in it as "produced before the CWC", once each.
 */
export const childrenBeforeCwcSql = `
  SELECT cc.child_id FROM case_referrals r JOIN case_children cc ON cc.case_id = r.case_id
    WHERE r.authority = 'cwc' AND r.referred_on BETWEEN @from AND @to
  UNION
  SELECT cc.child_id FROM cases k JOIN case_children cc ON cc.case_id = k.id
    WHERE k.status = 'closed' AND k.outcome = 'produced_before_cwc' AND k.closed_on BETWEEN @from AND @to`;

export function childrenBeforeCwc(source: CountSource, period: Period): number {
  return source.sqlite.prepare(`SELECT count(*) FROM (${childrenBeforeCwcSql})`).pluck().get(period) as number;
}
