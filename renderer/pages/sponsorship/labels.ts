import type { ApiInput, ApiResult } from '../../../electron/api/contract';
import * as vocabulary from '../../../electron/shared/sponsorshipVocabulary';

export type SponsorKind = ApiInput<'sponsors.create'>['kind'];
export type Citizenship = ApiInput<'sponsors.create'>['citizenship'];
export type Purpose = ApiInput<'sponsorships.create'>['purpose'];
export type SponsorshipStatus = ApiInput<'sponsorships.setStatus'>['status'];
export type PaymentMode = ApiInput<'ledger.receive'>['mode'];
export type ReceiptAccount = ApiInput<'ledger.receive'>['account'];
export type DisbursementItem = ApiInput<'ledger.disburse'>['items'][number];
export type DisbursementMode = DisbursementItem['mode'];
export type DisbursementAccount = DisbursementItem['account'];
export type Funding = NonNullable<DisbursementItem['funding']>;
export type RecipientMark = NonNullable<DisbursementItem['recipientMark']>;
export type Due = ApiResult<'sponsorships.due'>;
export type Family = Due['families'][number];
export type Posting = ApiResult<'ledger.postings'>['rows'][number];
export type AccountCode = Posting['lines'][number]['account'];
export type PostingKind = Posting['kind'];

export const sponsorKinds = vocabulary.sponsorKinds satisfies readonly SponsorKind[];
export const citizenships = vocabulary.citizenships satisfies readonly Citizenship[];
export const purposes = vocabulary.sponsorshipPurposes satisfies readonly Purpose[];
export const endReasons = vocabulary.endReasons;
export type EndReason = (typeof endReasons)[number];
export const receiptModes = vocabulary.paymentModes satisfies readonly PaymentMode[];
/** How a family is paid: the contract's three ways (a cheque or UPI is recorded as a bank transfer). */
export const disbursementModes = ['cash', 'bank_transfer', 'in_kind'] as const satisfies readonly DisbursementMode[];
export const recipientMarks = vocabulary.recipientMarks satisfies readonly RecipientMark[];
export const priorities = [1, 2, 3] as const;
export const postingKinds = vocabulary.postingKinds satisfies readonly PostingKind[];
export const accountCodes = vocabulary.accountCodes satisfies readonly AccountCode[];
/** Where a sponsor's money can arrive. */
export const receiptAccounts = ['fcra_receipt', 'local_bank', 'office_cash', 'in_kind_stock'] as const satisfies readonly ReceiptAccount[];
/** Where a family's support is paid from. */
export const disbursementAccounts = [
  'office_cash',
  'local_bank',
  'fcra_utilisation',
  'fcra_receipt',
  'in_kind_stock',
] as const satisfies readonly DisbursementAccount[];
export const fcraAccounts: readonly AccountCode[] = ['fcra_receipt', 'fcra_utilisation'];

/** A foreign citizen, OCI or PIO gives foreign contribution under FCRA 2010; an Indian citizen abroad does not. */
export function isForeignSource(citizenship: Citizenship): boolean {
  return citizenship === 'foreign' || citizenship === 'oci' || citizenship === 'pio';
}

export function isOneOf<T extends string | number>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}

/** The account a payment in a given mode usually reaches, for a sponsor who is or is not a foreign source. */
export function usualReceiptAccount(mode: PaymentMode, foreign: boolean): ReceiptAccount {
  if (foreign) return 'fcra_receipt';
  if (mode === 'cash') return 'office_cash';
  if (mode === 'in_kind') return 'in_kind_stock';
  return 'local_bank';
}

/** The account a family's support is usually paid from, by mode and by whose money it is. */
export function usualDisbursementAccount(mode: DisbursementMode, foreignSponsor: boolean): DisbursementAccount {
  if (mode === 'in_kind') return 'in_kind_stock';
  if (foreignSponsor) return 'fcra_utilisation';
  return mode === 'cash' ? 'office_cash' : 'local_bank';
}
