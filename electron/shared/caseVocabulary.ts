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
