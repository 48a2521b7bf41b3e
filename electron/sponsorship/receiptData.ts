import type { Sqlite } from '../db/connection';
import { isForeignSource, type AccountCode, type Citizenship, type PaymentMode } from '../shared/fcra';
import type { ReceiptDocument } from './receiptPdf';
import type { Not80gReason } from './receiptText';

interface ReceiptRow {
  kind: string;
  receiptNo: string | null;
  valueDate: string;
  mode: PaymentMode | null;
  reference: string | null;
  inKindDescription: string | null;
  eligible80g: number | null;
  sponsorCode: string;
  sponsorName: string;
  sponsorAddress: string | null;
  taxIdType: 'pan' | 'aadhaar' | null;
  taxId: string | null;
  citizenship: Citizenship;
  country: string | null;
  purpose: 'living' | 'education' | 'general' | null;
  childCode: string | null;
}

/**
 * Why a payment is not eligible for 80G, in the order the law is checked — foreign contribution, a
 * gift in kind, cash above ₹2,000 (s.80G(5D)) — and otherwise because the sponsor did not ask for it.
 */
export function not80gReason(args: {
  eligible: boolean;
  citizenship: Citizenship;
  mode: PaymentMode;
  amountPaise: number;
}): Not80gReason | null {
  if (args.eligible) return null;
  if (isForeignSource(args.citizenship)) return 'foreign';
  if (args.mode === 'in_kind') return 'in_kind';
  if (args.mode === 'cash' && args.amountPaise > 200_000) return 'cash_over_limit';
  return 'not_requested';
}

/** A receipt posting as its printed receipt needs it; null when the posting does not exist or is not a receipt. */
export function receiptDocumentData(sqlite: Sqlite, postingId: number): Omit<ReceiptDocument, 'language' | 'office'> | null {
  const row = sqlite
    .prepare(
      `SELECT p.kind, p.receipt_no AS receiptNo, p.value_date AS valueDate, p.mode, p.reference, p.in_kind_description AS inKindDescription,
              p.eligible_80g AS eligible80g, s.code AS sponsorCode, s.name AS sponsorName, s.address AS sponsorAddress,
              s.tax_id_type AS taxIdType, s.tax_id AS taxId, s.citizenship, s.passport_country AS country,
              sh.purpose, c.child_code AS childCode
       FROM postings p
       JOIN sponsors s ON s.id = p.sponsor_id
       LEFT JOIN sponsorships sh ON sh.id = p.sponsorship_id
       LEFT JOIN sponsored_children sc ON sc.id = sh.sponsored_child_id
       LEFT JOIN children c ON c.id = sc.child_id
       WHERE p.id = ?`,
    )
    .get(postingId) as ReceiptRow | undefined;
  if (!row || row.kind !== 'receipt' || !row.receiptNo || !row.mode) return null;
  // The money side of a receipt is its one debit line: the account the payment reached.
  const debit = sqlite
    .prepare(
      `SELECT l.account_code AS account, a.name, l.amount_paise AS amountPaise
       FROM posting_lines l JOIN ledger_accounts a ON a.code = l.account_code
       WHERE l.posting_id = ? AND l.amount_paise > 0 ORDER BY l.id LIMIT 1`,
    )
    .get(postingId) as { account: AccountCode; name: string; amountPaise: number } | undefined;
  if (!debit) return null;
  const reversal = sqlite.prepare('SELECT value_date AS on_, reason FROM postings WHERE reverses_id = ?').get(postingId) as
    { on_: string; reason: string | null } | undefined;
  return {
    receiptNo: row.receiptNo,
    date: row.valueDate,
    sponsor: {
      code: row.sponsorCode,
      name: row.sponsorName,
      address: row.sponsorAddress,
      taxIdType: row.taxIdType,
      taxId: row.taxId,
      country: row.country,
    },
    amountPaise: debit.amountPaise,
    mode: row.mode,
    reference: row.reference,
    inKindDescription: row.inKindDescription,
    account: debit.account,
    accountName: debit.name,
    foreignContribution: debit.account === 'fcra_receipt',
    towards: row.childCode && row.purpose ? { childCode: row.childCode, purpose: row.purpose } : null,
    not80g: not80gReason({ eligible: row.eligible80g === 1, citizenship: row.citizenship, mode: row.mode, amountPaise: debit.amountPaise }),
    cancelled: reversal ? { on: reversal.on_, reason: reversal.reason ?? '' } : null,
  };
}
