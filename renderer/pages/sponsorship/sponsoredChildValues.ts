import type { ApiResult } from '../../../electron/api/contract';
import { isOneOf, priorities } from './labels';
import { amountText } from './money';

export type SponsoredChild = ApiResult<'sponsoredChildren.get'>;

/** What the sponsored-child form holds, and where it starts from. */
export const relations = ['mother', 'father', 'grandmother', 'grandfather', 'uncle', 'aunt', 'brother', 'sister'] as const;
export const fields = [
  'childId',
  'guardianName',
  'guardianRelation',
  'payoutMethod',
  'bankName',
  'accountNumber',
  'ifsc',
  'photoConsent',
  'storyConsent',
  'priority',
  'missionVatsalya',
  'monthlySupportPaise',
  'progressNote',
] as const;

export interface Values {
  guardianName: string;
  guardianRelation: string;
  payoutMethod: 'bank' | 'cash';
  bankName: string;
  accountNumber: string;
  ifsc: string;
  photoConsent: boolean;
  storyConsent: boolean;
  priority: 1 | 2 | 3;
  missionVatsalya: boolean;
  /** The amount as typed, in rupees; named for the server's field so its problem lands here. */
  monthlySupportPaise: string;
  progressNote: string;
}

export function initialValues(c: SponsoredChild | null): Values {
  return {
    guardianName: c?.guardianName ?? '',
    guardianRelation: c?.guardianRelation ?? '',
    payoutMethod: c?.payoutMethod ?? 'bank',
    bankName: c?.bankName ?? '',
    accountNumber: c?.accountNumber ?? '',
    ifsc: c?.ifsc ?? '',
    photoConsent: c?.photoConsent ?? false,
    storyConsent: c?.storyConsent ?? false,
    priority: c && isOneOf(priorities, c.priority) ? c.priority : 3,
    missionVatsalya: c?.missionVatsalya ?? false,
    monthlySupportPaise: c ? amountText(c.monthlySupportPaise) : '',
    progressNote: c?.progressNote ?? '',
  };
}
