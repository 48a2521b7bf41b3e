import type { Settings } from '../admin/settings';
import type { CheckInOutcome, DepartureLevel } from '../shared/safetynetVocabulary';
import { minorAge } from './redFlags';

export interface ScheduleFacts {
  leftOn: string;
  level: DepartureLevel;
  score: number;
  ageOnLeaving: number | null;
  returnedOn: string | null;
  lastCheckInOn: string | null;
  lastCheckInOutcome: CheckInOutcome | null;
}

/** How far ahead a check-in counts as due this week rather than later. */
export const dueWithinDays = 7;

/** A minor, or an adult with any red flag, is checked on until they come back. */
export function needsCheckIns(d: ScheduleFacts): boolean {
  if (d.returnedOn) return false;
  return (d.ageOnLeaving !== null && d.ageOnLeaving < minorAge) || d.score > 0 || d.level !== 'low';
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The next check-in: counted from the last one (or the day they left), sooner on a high departure,
 * and soon again after a family was worried, could not be reached or said the person is missing.
 */
export function nextCheckInOn(d: ScheduleFacts, settings: Settings): string | null {
  if (!needsCheckIns(d)) return null;
  const from = d.lastCheckInOn ?? d.leftOn;
  const retry = d.lastCheckInOutcome === 'not_reachable' || d.lastCheckInOutcome === 'worried' || d.lastCheckInOutcome === 'missing';
  const days = retry ? settings.safetynetRetryDays : d.level === 'high' ? settings.safetynetCheckInHighDays : settings.safetynetCheckInDays;
  return addDays(from, days);
}

export type CheckInStatus = 'overdue' | 'due' | 'later';

export function checkInStatus(next: string | null, today: string): CheckInStatus | null {
  if (next === null) return null;
  if (next < today) return 'overdue';
  return next <= addDays(today, dueWithinDays) ? 'due' : 'later';
}
