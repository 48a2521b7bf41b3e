/**
 * The words of a case file, as stored. Plain constants with no imports, so the schema, the API and
 * the renderer all use the one list.
 */
export const caseTypes = [
  'child_marriage',
  'trafficking_suspected',
  'child_labour',
  'missing_runaway',
  'unsafe_migration',
  'abuse',
  'dropped_out',
  'other',
] as const;
export const reporterKinds = ['volunteer', 'community_member', 'school', 'childline', 'police', 'self', 'other'] as const;
export const riskLevels = ['low', 'medium', 'high', 'critical'] as const;
export const caseOutcomes = [
  'marriage_averted',
  'withdrawn_from_work_enrolled',
  'working_hours_reduced',
  'returned_to_school',
  'reunified',
  'produced_before_cwc',
  'placed_in_care',
  'legal_action',
  'family_migrated',
  'not_substantiated',
  'other',
] as const;
export const entryKinds = ['note', 'home_visit', 'phone_call', 'meeting', 'action', 'referral', 'document', 'status'] as const;
export const authorities = ['dcpu', 'cwc', 'police', 'childline', 'dlsa', 'school', 'hospital', 'other'] as const;
export const referralStatuses = ['sent', 'acknowledged', 'acted_on', 'closed'] as const;

/** The kinds a user writes; 'referral' and 'status' entries are written by the app itself. */
export const userEntryKinds = ['note', 'home_visit', 'phone_call', 'meeting', 'action', 'document'] as const;

/** Whose consent a referral was made with: the child's (by age and understanding), the guardian's, or both. */
export const consentFrom = ['child', 'guardian', 'child_and_guardian'] as const;
/** How it was given: a signed form (attached), or spoken before a witness. */
export const consentMethods = ['signed_form', 'verbal_witnessed'] as const;
/** Why no consent was needed: an emergency, or an order of the police or the Child Welfare Committee. */
export const consentWaivers = ['emergency', 'police_order', 'cwc_order'] as const;

export type CaseType = (typeof caseTypes)[number];
export type CaseOutcome = (typeof caseOutcomes)[number];

/**
 * The outcomes of taking a child out of work. Kept as one list so that every case type it fits
 * (child labour, trafficking for work, a drop-out who was working) offers the whole group, the
 * seeds' "protected from child labour or with reduced working hours" among them.
 */
export const labourOutcomes = ['withdrawn_from_work_enrolled', 'working_hours_reduced'] as const satisfies readonly CaseOutcome[];

/**
 * Which outcomes fit a case of each type, likeliest first: closing a case offers these, and the
 * rest only behind "other outcomes", so a child-labour case is not closed as "child marriage
 * averted" by a slip of the list. "Not substantiated" and "Other" fit every type.
 */
export const outcomesByType: Record<CaseType, readonly CaseOutcome[]> = {
  child_marriage: ['marriage_averted', 'returned_to_school', 'legal_action', 'produced_before_cwc'],
  trafficking_suspected: ['produced_before_cwc', 'reunified', 'placed_in_care', 'legal_action', ...labourOutcomes],
  child_labour: [...labourOutcomes, 'returned_to_school', 'produced_before_cwc', 'legal_action'],
  missing_runaway: ['reunified', 'produced_before_cwc', 'placed_in_care', 'returned_to_school'],
  unsafe_migration: ['returned_to_school', 'reunified', 'family_migrated', ...labourOutcomes],
  abuse: ['legal_action', 'produced_before_cwc', 'placed_in_care', 'reunified'],
  dropped_out: ['returned_to_school', ...labourOutcomes, 'family_migrated'],
  other: caseOutcomes.filter((o) => o !== 'not_substantiated' && o !== 'other'),
};

const fitsEveryType: readonly CaseOutcome[] = ['not_substantiated', 'other'];

/**
 * The outcomes that fit a case of these types (in the order its types list them), and the others.
 * Every outcome is in exactly one of the two.
 */
export function outcomesFor(types: readonly CaseType[]): { fitting: CaseOutcome[]; others: CaseOutcome[] } {
  const fitting: CaseOutcome[] = [];
  for (const type of types) for (const o of outcomesByType[type]) if (!fitting.includes(o)) fitting.push(o);
  if (types.length === 0) fitting.push(...outcomesByType.other);
  for (const o of fitsEveryType) if (!fitting.includes(o)) fitting.push(o);
  // An outcome added to caseOutcomes but to no type's list still has a place: among the others.
  return { fitting, others: caseOutcomes.filter((o) => !fitting.includes(o)) };
}
