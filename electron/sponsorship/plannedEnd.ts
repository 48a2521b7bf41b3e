import type { BirthFacts } from '../register/age';
import { addYears } from '../shared/periods';

export interface PlannedEnd {
  /** The date the child turns 18. */
  date: string;
  /** True when the register has only an age told on a date, not a date of birth. */
  approximate: boolean;
}

/**
 * When a sponsorship is planned to end: the child's 18th birthday. With only an age told on a date,
 * the child may turn 18 any day in the year before `ageAsOf + (18 − age)`; we take that last day, so
 * support is never planned to stop before the child is certainly 18, and mark it approximate.
 */
export function plannedEndOf(facts: BirthFacts): PlannedEnd | null {
  if (facts.birthBasis === 'dob' && facts.dateOfBirth) return { date: addYears(facts.dateOfBirth, 18), approximate: false };
  if (facts.birthBasis === 'age' && facts.ageYears !== null && facts.ageAsOf) {
    return { date: addYears(facts.ageAsOf, 18 - facts.ageYears), approximate: true };
  }
  return null;
}
