import type { Settings } from '../admin/settings';
import type { CountSource } from '../db/countSource';
import type { Period } from '../shared/period';
import { departureLevels, type CheckInOutcome, type DepartureLevel, type MigrationPurpose } from '../shared/safetynetVocabulary';
import { departureCounts, type MonthDepartures } from './monthReport';
import { checkInStatus, nextCheckInOn } from './checkInSchedule';
import { ageOnLeaving, type DepartureFacts } from './redFlags';

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

/**
 * Those overdue a check-in as things stood at the end of `day` (the report month's last day, or
 * today while the month runs): away then, with the last check-in made by then, on the worklist's
 * own schedule (checkInSchedule.ts). A past month's count does not move as the calendar does.
 */
export function checkInsOverdueAt(source: CountSource, settings: Settings, day: string): number {
  const rows = source.sqlite
    .prepare(
      `SELECT d.left_on AS leftOn, d.level, d.score, d.birth_basis AS birthBasis, d.date_of_birth AS dateOfBirth, d.age_years AS ageYears,
         l.checked_on AS lastCheckInOn, l.outcome AS lastCheckInOutcome
       FROM departures d
       LEFT JOIN departure_check_ins l ON l.id = (
         SELECT c.id FROM departure_check_ins c WHERE c.departure_id = d.id AND c.checked_on <= @day ORDER BY c.checked_on DESC, c.id DESC LIMIT 1)
       WHERE d.left_on <= @day AND (d.returned_on IS NULL OR d.returned_on > @day)`,
    )
    .all({ day }) as (Pick<DepartureFacts, 'birthBasis' | 'dateOfBirth' | 'ageYears' | 'leftOn'> & {
    level: DepartureLevel;
    score: number;
    lastCheckInOn: string | null;
    lastCheckInOutcome: CheckInOutcome | null;
  })[];
  return rows.filter((d) => {
    const next = nextCheckInOn({ ...d, returnedOn: null, ageOnLeaving: ageOnLeaving(d) }, settings);
    return checkInStatus(next, day) === 'overdue';
  }).length;
}

/**
 * The month's departures counted as the SafetyNet month report counts them (monthReport.ts: by
 * purpose, destination state, sex and age band on leaving), from the few columns the counts need,
 * without building the report's list of departures and its worklist.
 */
export function monthDepartures(source: CountSource, period: Period): MonthDepartures {
  const rows = source.sqlite
    .prepare(
      `SELECT purpose, dest_state AS destState, sex, birth_basis AS birthBasis, date_of_birth AS dateOfBirth, age_years AS ageYears,
         left_on AS leftOn FROM departures WHERE left_on BETWEEN @from AND @to`,
    )
    .all(period) as (Pick<DepartureFacts, 'birthBasis' | 'dateOfBirth' | 'ageYears' | 'leftOn'> & {
    purpose: MigrationPurpose;
    destState: string;
    sex: 'female' | 'male' | 'other';
  })[];
  return departureCounts(rows.map((r) => ({ ...r, age: ageOnLeaving(r) })));
}
