import type { ApiInput, ApiResult } from '../../../electron/api/contract';
import { todayIso } from '../../format';

export type CaseFile = ApiResult<'cases.get'>;
export type CaseRow = ApiResult<'cases.list'>['rows'][number];
export type CaseType = ApiInput<'cases.create'>['types'][number];
export type ReporterKind = ApiInput<'cases.create'>['reporterKind'];
export type RiskLevel = ApiInput<'cases.create'>['riskLevel'];
export type Outcome = ApiInput<'cases.close'>['outcome'];
/** The kinds a user writes; 'referral' and 'status' entries are written by the app itself. */
export type EntryKind = ApiInput<'cases.addEntry'>['kind'];
export type Authority = ApiInput<'cases.refer'>['authority'];
export type ReferralStatus = ApiInput<'cases.updateReferral'>['status'];

export {
  authorities,
  caseOutcomes as outcomes,
  caseTypes,
  referralStatuses,
  reporterKinds,
  riskLevels,
  userEntryKinds as entryKinds,
} from '../../../electron/shared/caseVocabulary';

export const riskColors: Record<RiskLevel, string> = { low: 'gray', medium: 'yellow', high: 'orange', critical: 'red' };

export const entryColors: Record<CaseFile['entries'][number]['kind'], string> = {
  note: 'gray',
  home_visit: 'teal',
  phone_call: 'blue',
  meeting: 'violet',
  action: 'green',
  referral: 'orange',
  document: 'cyan',
  status: 'dark',
};

export function isOneOf<T extends string>(list: readonly T[], value: string | null | undefined): value is T {
  return value !== null && value !== undefined && (list as readonly string[]).includes(value);
}

export { todayIso };

/** How a due date stands today: overdue, today, or later. */
export function dueState(dueOn: string | null | undefined, today = todayIso()): 'overdue' | 'today' | 'later' | null {
  if (!dueOn) return null;
  return dueOn < today ? 'overdue' : dueOn === today ? 'today' : 'later';
}

export const dueColors = { overdue: 'red', today: 'orange', later: undefined } as const;
