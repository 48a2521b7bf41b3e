import { disbursementRefusal, isFcraAccount } from '../../../electron/shared/fcra';
import { parseRupees } from '../../../electron/shared/money';
import {
  disbursementAccounts,
  usualDisbursementAccount,
  type DisbursementAccount,
  type DisbursementItem,
  type DisbursementMode,
  type Family,
  type RecipientMark,
} from './labels';
import { amountText } from './money';

/** One family's line of the month's batch as the coordinator fills it in. */
export interface Draft {
  selected: boolean;
  amount: string;
  mode: DisbursementMode;
  account: DisbursementAccount;
  recipientName: string;
  recipientMark: RecipientMark | null;
  reference: string;
  inKindDescription: string;
  proof: File | null;
}

export type DraftField =
  'amount' | 'mode' | 'account' | 'recipientName' | 'recipientMark' | 'reference' | 'inKindDescription' | 'proof' | 'row';
export type RowErrors = Partial<Record<DraftField, string>>;

/**
 * The accounts a family's support may be paid from in this mode: the server's own rule (a foreign
 * sponsor's money only from an FCRA account, in kind only from the stock, office cash only in cash).
 */
export function allowedAccounts(mode: DisbursementMode, funding: Family['funding'], foreignSponsor: boolean): DisbursementAccount[] {
  const sponsorCitizenship = foreignSponsor ? 'foreign' : 'indian';
  return disbursementAccounts.filter((account) => !disbursementRefusal({ account, mode, funding, sponsorCitizenship }));
}

/** What each money account holds now (paise), from the trial balance. */
export type Balances = ReadonlyMap<DisbursementAccount, number>;

/**
 * Where "Paid from" starts: the account already chosen if this mode allows it; else the account the
 * sponsor's money went into, or the usual one for the mode, whichever holds enough for this family;
 * else the allowed account holding the most. Office cash is not the answer when the money is in the bank.
 */
export function accountFor(
  mode: DisbursementMode,
  family: Family,
  foreignSponsor: boolean,
  preferred?: DisbursementAccount,
  balances?: Balances,
): DisbursementAccount {
  const allowed = allowedAccounts(mode, family.funding, foreignSponsor);
  if (preferred && allowed.includes(preferred)) return preferred;
  const usual = usualDisbursementAccount(mode, foreignSponsor && family.funding === 'sponsor');
  const moneyIn = allowed.find((a) => a === family.moneyIn);
  const candidates = [moneyIn, allowed.includes(usual) ? usual : undefined].filter((a): a is DisbursementAccount => a !== undefined);
  if (balances) {
    const holds = (a: DisbursementAccount) => (balances.get(a) ?? 0) >= family.amountPaise;
    // Foreign contribution is not where a local sponsor's or the pooled fund's support starts.
    const fcraOk = foreignSponsor && family.funding === 'sponsor';
    const richest = allowed.filter((a) => fcraOk || !isFcraAccount(a)).sort((a, b) => (balances.get(b) ?? 0) - (balances.get(a) ?? 0))[0];
    const enough = [...candidates, ...(richest ? [richest] : [])].find(holds);
    if (enough) return enough;
  }
  return candidates[0] ?? allowed[0] ?? usual;
}

export function defaultDraft(family: Family, foreignSponsor: boolean, balances?: Balances): Draft {
  const mode: DisbursementMode = family.payoutMethod === 'bank' ? 'bank_transfer' : 'cash';
  return {
    selected: false,
    amount: amountText(family.amountPaise),
    mode,
    account: accountFor(mode, family, foreignSponsor, undefined, balances),
    recipientName: family.guardianName,
    recipientMark: null,
    reference: '',
    inKindDescription: '',
    proof: null,
  };
}

/** The API's line for a filled-in draft (the proof is read separately, it is a file). */
export function itemOf(family: Family, d: Draft, proof: { fileName: string; contentBase64: string } | null): DisbursementItem {
  return {
    sponsoredChildId: family.sponsoredChildId,
    amountPaise: parseRupees(d.amount) ?? 0,
    account: d.account,
    mode: d.mode,
    funding: family.funding,
    sponsorshipId: family.sponsorshipId,
    ...(d.mode === 'cash' ? { recipientName: d.recipientName.trim(), recipientMark: d.recipientMark } : {}),
    ...(d.mode === 'bank_transfer' ? { reference: d.reference.trim() } : {}),
    ...(d.mode === 'in_kind' ? { inKindDescription: d.inKindDescription.trim() } : {}),
    ...(proof ? { proof } : {}),
  };
}

/** The draft field an API error at `items.3.reference` belongs to. */
export function draftFieldOf(apiField: string): DraftField {
  const last = apiField.split('.')[2] ?? '';
  if (last === 'amountPaise') return 'amount';
  const known: DraftField[] = ['mode', 'account', 'recipientName', 'recipientMark', 'reference', 'inKindDescription', 'proof'];
  return known.find((f) => f === last) ?? 'row';
}
