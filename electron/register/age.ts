import type { sexes } from '../db/schema/register';

/** Whole years between an ISO date and another, as a birthday counts them. */
export function yearsBetween(fromIso: string, toIso: string): number {
  const [fy, fm, fd] = fromIso.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = toIso.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

export interface BirthFacts {
  birthBasis: 'dob' | 'age';
  dateOfBirth: string | null;
  ageYears: number | null;
  ageAsOf: string | null;
}

/** A child as the age rules read one: who, of which sex, born when. */
export interface ChildAgeFacts extends BirthFacts {
  id: number;
  sex: (typeof sexes)[number];
}

/** A child's age today, from a date of birth or from an age the office was told on a date. */
export function ageOn(facts: BirthFacts, todayIso: string): number | null {
  if (facts.birthBasis === 'dob' && facts.dateOfBirth) return yearsBetween(facts.dateOfBirth, todayIso);
  if (facts.birthBasis === 'age' && facts.ageYears !== null && facts.ageAsOf) {
    return facts.ageYears + yearsBetween(facts.ageAsOf, todayIso);
  }
  return null;
}
