import { yearsBetween, type ChildAgeFacts } from '../register/age';

/** The Prohibition of Child Marriage Act 2006: a girl under 18 or a boy under 21 is a child. */
export const pcmaMinimumAge = { female: 18, male: 21 } as const;

export interface PcmaFinding {
  childId: number;
  /** Whole years on the planned date, or null when the register has no birth details. */
  ageOnDate: number | null;
  minimumAge: number | null;
  /** True when the marriage would be a child marriage under PCMA 2006. */
  underAge: boolean | null;
  /** The age came from a reported age, not a date of birth: say so, it may be off by a year. */
  approximate: boolean;
}

export function pcmaFinding(child: ChildAgeFacts, plannedOn: string): PcmaFinding {
  const ageOnDate =
    child.birthBasis === 'dob' && child.dateOfBirth
      ? yearsBetween(child.dateOfBirth, plannedOn)
      : child.ageYears !== null && child.ageAsOf
        ? child.ageYears + yearsBetween(child.ageAsOf, plannedOn)
        : null;
  // The Act sets no age for other sexes; the stricter limit protects the child.
  const minimumAge = child.sex === 'female' ? pcmaMinimumAge.female : pcmaMinimumAge.male;
  return {
    childId: child.id,
    ageOnDate,
    minimumAge,
    underAge: ageOnDate === null ? null : ageOnDate < minimumAge,
    approximate: child.birthBasis === 'age',
  };
}
