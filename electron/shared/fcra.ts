import type { accountCodes, citizenships, paymentModes } from '../db/schema';
import type { FieldProblem, MessageKey } from './problem';

export type AccountCode = (typeof accountCodes)[number];
export type Citizenship = (typeof citizenships)[number];
export type PaymentMode = (typeof paymentModes)[number];

/** Why the ledger refuses a movement: a problem at the field of the form it is shown at. */
export interface Refusal extends FieldProblem {
  field: 'account' | 'mode' | 'to';
}

export const fcraAccounts: readonly AccountCode[] = ['fcra_receipt', 'fcra_utilisation'];
export const receiptAccounts: readonly AccountCode[] = ['fcra_receipt', 'local_bank', 'office_cash', 'in_kind_stock'];
export const disbursementAccounts: readonly AccountCode[] = [
  'office_cash',
  'local_bank',
  'fcra_utilisation',
  'fcra_receipt',
  'in_kind_stock',
];
/** Money accounts between which funds move and from which expenses are paid. */
export const cashAndBankAccounts: readonly AccountCode[] = ['fcra_receipt', 'fcra_utilisation', 'local_bank', 'office_cash'];

export function isFcraAccount(account: AccountCode): boolean {
  return fcraAccounts.includes(account);
}

/**
 * A foreign citizen, an OCI or a PIO card holder gives foreign contribution (FCRA 2010 s.2(1)(h) with
 * the Ministry of Home Affairs' clarifications); an Indian citizen living abroad giving from personal
 * savings through normal banking channels does not.
 */
export function isForeignSource(citizenship: Citizenship): boolean {
  return citizenship === 'foreign' || citizenship === 'oci' || citizenship === 'pio';
}

const refuse = (key: MessageKey, field: Refusal['field']): Refusal => ({ key, field, values: {} });

/** Gifts in kind live in the in-kind stock account and nothing else does; office cash holds only cash. */
function modeRefusal(account: AccountCode, mode: PaymentMode): Refusal | null {
  if ((mode === 'in_kind') !== (account === 'in_kind_stock')) return refuse('errors.sponsorship.inKindAccount', 'account');
  if (account === 'office_cash' && mode !== 'cash') return refuse('errors.sponsorship.officeCashMode', 'mode');
  return null;
}

/** Where a sponsor's payment may be received, and why not elsewhere (FCRA 2010 s.17: the FCRA account takes foreign contribution only). */
export function receiptRefusal(citizenship: Citizenship, account: AccountCode, mode: PaymentMode): Refusal | null {
  if (!receiptAccounts.includes(account)) return refuse('errors.sponsorship.receiptAccount', 'account');
  if (isForeignSource(citizenship) && account !== 'fcra_receipt') return refuse('errors.sponsorship.foreignOnlyFcra', 'account');
  if (!isForeignSource(citizenship) && account === 'fcra_receipt') return refuse('errors.sponsorship.localIntoFcra', 'account');
  if (account === 'fcra_receipt' && mode === 'cash') return refuse('errors.sponsorship.cashIntoFcra', 'mode');
  return modeRefusal(account, mode);
}

/** The accounts a sponsor's payment may reach, each with the reason when it may not: for the receipt form. */
export function receiptAccountChoices(citizenship: Citizenship, mode: PaymentMode): { account: AccountCode; refusal: Refusal | null }[] {
  return receiptAccounts.map((account) => ({ account, refusal: receiptRefusal(citizenship, account, mode) }));
}

/** Money out to a family: a foreign sponsor's money is spent only from an FCRA account (FCRA 2010 s.17). */
export function disbursementRefusal(args: {
  account: AccountCode;
  mode: PaymentMode;
  funding: 'sponsor' | 'pooled';
  sponsorCitizenship: Citizenship | null;
}): Refusal | null {
  if (!disbursementAccounts.includes(args.account)) return refuse('errors.sponsorship.disbursementAccount', 'account');
  if (args.funding === 'sponsor' && args.sponsorCitizenship && isForeignSource(args.sponsorCitizenship) && !isFcraAccount(args.account)) {
    return refuse('errors.sponsorship.foreignFundingNeedsFcra', 'account');
  }
  return modeRefusal(args.account, args.mode);
}

/** Between money accounts; foreign contribution stays within FCRA accounts and nothing else enters them (FCRA 2010 s.7, s.17). */
export function transferRefusal(from: AccountCode, to: AccountCode): Refusal | null {
  if (!cashAndBankAccounts.includes(from)) return refuse('errors.sponsorship.transferAccount', 'account');
  if (!cashAndBankAccounts.includes(to)) return refuse('errors.sponsorship.transferAccount', 'to');
  if (from === to) return refuse('errors.sponsorship.transferSame', 'to');
  if (isFcraAccount(from) && !isFcraAccount(to)) return refuse('errors.sponsorship.fcraOutToLocal', 'to');
  if (!isFcraAccount(from) && isFcraAccount(to)) return refuse('errors.sponsorship.localIntoFcraTransfer', 'to');
  return null;
}

/** Administration is paid from a money account; the FC-4 report weighs the FCRA share against the 20% cap. */
export function expenseRefusal(account: AccountCode): Refusal | null {
  return cashAndBankAccounts.includes(account) ? null : refuse('errors.sponsorship.expenseAccount', 'account');
}

/** 80G: the sponsor asked for it, the gift is money not goods, cash is at most ₹2,000 (IT Act s.80G(5D)), and it is not foreign. */
export function eligibleFor80g(args: { wants80g: boolean; citizenship: Citizenship; mode: PaymentMode; amountPaise: number }): boolean {
  if (!args.wants80g || isForeignSource(args.citizenship) || args.mode === 'in_kind') return false;
  return !(args.mode === 'cash' && args.amountPaise > 200_000);
}
