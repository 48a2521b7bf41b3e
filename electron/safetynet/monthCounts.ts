import type { CountSource } from '../db/countSource';
import type { Period } from '../shared/period';
import { departureLevels, type DepartureLevel } from '../shared/safetynetVocabulary';

export interface MigrationMovements {
  /** Departures of the period by their level of red flags. */
  byLevel: Record<DepartureLevel, number>;
  /** Departures whose red flags include a child marriage (PCMA 2006). */
  childMarriage: number;
  /** People back in the period (a return recorded with its date). */
  returned: number;
  /** Check-ins of the period that found the person missing, and departures traced (a later check-in found them, or they came back). */
  missing: number;
  traced: number;
}

/** The SafetyNet figures of section 7 beside the month's report (safetynet/monthReport.ts: purposes, states, ages) and the worklist. */
export function migrationMovements(source: CountSource, period: Period): MigrationMovements {
  const byLevel = Object.fromEntries(departureLevels.map((l) => [l, 0])) as Record<DepartureLevel, number>;
  for (const r of source.sqlite
    .prepare('SELECT level, count(*) AS n FROM departures WHERE left_on BETWEEN @from AND @to GROUP BY level')
    .all(period) as { level: DepartureLevel; n: number }[])
    byLevel[r.level] = r.n;
  const row = source.sqlite
    .prepare(
      `SELECT
         coalesce(sum(d.left_on BETWEEN @from AND @to AND d.flags_json LIKE '%"child_marriage"%'), 0) AS childMarriage,
         coalesce(sum(d.returned_on BETWEEN @from AND @to), 0) AS returned
       FROM departures d`,
    )
    .get(period) as { childMarriage: number; returned: number };
  const missing = source.sqlite
    .prepare(`SELECT count(DISTINCT departure_id) FROM departure_check_ins WHERE outcome = 'missing' AND checked_on BETWEEN @from AND @to`)
    .pluck()
    .get(period) as number;
  const traced = source.sqlite
    .prepare(
      `SELECT count(DISTINCT m.departure_id) FROM departure_check_ins m
       WHERE m.outcome = 'missing' AND m.checked_on <= @to AND (
         EXISTS (SELECT 1 FROM departure_check_ins l WHERE l.departure_id = m.departure_id AND l.outcome IN ('safe', 'worried', 'returned')
                 AND l.checked_on > m.checked_on AND l.checked_on BETWEEN @from AND @to)
         OR EXISTS (SELECT 1 FROM departures d WHERE d.id = m.departure_id AND d.returned_on BETWEEN @from AND @to AND d.returned_on >= m.checked_on))`,
    )
    .pluck()
    .get(period) as number;
  return { byLevel, childMarriage: row.childMarriage, returned: row.returned, missing, traced };
}
