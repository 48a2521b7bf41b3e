import type { caseTypes } from '../shared/caseVocabulary';

/**
 * What a home visit found, as stored. Plain constants (type-only imports), so the schema, the API
 * and the renderer all use the one list.
 */
export const followUpFindings = [
  'ill',
  'working',
  'migrated_with_family',
  'marriage_arranged',
  'moved_school',
  'caring_for_siblings',
  'back_in_school',
  'not_found',
  'other',
] as const;

export type FollowUpFinding = (typeof followUpFindings)[number];
export type CaseType = (typeof caseTypes)[number];

/**
 * Findings that are the start of a case: the child stays on the worklist and the office is offered
 * a case of this type until one is opened. Every other finding takes the child off the worklist
 * until a newer month flags them again.
 */
export const caseTypeForFinding: Partial<Record<FollowUpFinding, CaseType>> = {
  marriage_arranged: 'child_marriage',
  working: 'child_labour',
  migrated_with_family: 'unsafe_migration',
  not_found: 'missing_runaway',
};
