/**
 * The words of the SafetyNet migration register, as stored. Plain constants with no imports, so the
 * schema, the API, the red-flag rules and the renderer all use the one list.
 */
export const reportingPointKinds = [
  'club',
  'gram_panchayat',
  'ward_member',
  'asha',
  'anganwadi',
  'teacher',
  'volunteer',
  'shg',
  'other',
] as const;
export const migrationPurposes = ['work', 'marriage', 'education', 'visit', 'medical', 'other'] as const;
/** Yes / no / not known: a question the reporter could not answer is recorded as not known, never left blank. */
export const knownAnswers = ['yes', 'no', 'unknown'] as const;
/** Who arranged the journey: the family or the person themselves, an agent or contact, or not known. */
export const arrangements = ['family', 'agent', 'unknown'] as const;
export const checkInMethods = ['phone', 'visit'] as const;
export const checkInOutcomes = ['safe', 'worried', 'not_reachable', 'returned', 'missing'] as const;
export const returnConditions = ['safe', 'unwell', 'harmed', 'rescued', 'other'] as const;
export const departureLevels = ['high', 'medium', 'low'] as const;
/** The red flags, in the order they are shown; the codes are the API's. */
export const redFlagCodes = [
  'minor_without_guardian',
  'child_marriage',
  'minor_for_work',
  'unknown_agent',
  'agent_flagged',
  'no_destination_contact',
  'family_unaware',
  'overdue_return',
] as const;
/** The office setting that holds each red flag's weight. */
export const redFlagWeightSettings = {
  minor_without_guardian: 'safetynetWeightMinorWithoutGuardian',
  child_marriage: 'safetynetWeightChildMarriage',
  minor_for_work: 'safetynetWeightMinorForWork',
  unknown_agent: 'safetynetWeightUnknownAgent',
  agent_flagged: 'safetynetWeightAgentFlagged',
  no_destination_contact: 'safetynetWeightNoDestinationContact',
  family_unaware: 'safetynetWeightFamilyUnaware',
  overdue_return: 'safetynetWeightOverdueReturn',
} as const satisfies Record<(typeof redFlagCodes)[number], string>;
/** The "how sure" judgement of the worker, as on Love Justice's interception form (1 not at all … 5 absolutely). */
export const howSureLevels = [1, 2, 3, 4, 5] as const;

export type ReportingPointKind = (typeof reportingPointKinds)[number];
export type MigrationPurpose = (typeof migrationPurposes)[number];
export type KnownAnswer = (typeof knownAnswers)[number];
export type Arrangement = (typeof arrangements)[number];
export type CheckInOutcome = (typeof checkInOutcomes)[number];
export type DepartureLevel = (typeof departureLevels)[number];
export type RedFlagCode = (typeof redFlagCodes)[number];
