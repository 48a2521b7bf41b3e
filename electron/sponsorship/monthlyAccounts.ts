import type { Sqlite } from '../db/connection';
import type { ExportedFile } from '../reports/excel/listWorkbook';
import type { AccountCode, PaymentMode } from '../shared/fcra';
import type { PostingKind } from './ledger';
import { firstDayOf, lastDayOf } from '../shared/periods';
import { addReportSheet, newWorkbook, workbookFile } from './reportWorkbook';
import { tallyVoucherType, type LedgerVoucher } from './tally';

type Label = (key: string, values?: Record<string, string>) => string;

export interface MonthPosting {
  id: number;
  kind: PostingKind;
  valueDate: string;
  forMonth: string | null;
  number: string;
  mode: PaymentMode | null;
  reference: string | null;
  funding: 'sponsor' | 'pooled' | null;
  eligible80g: number | null;
  recipientName: string | null;
  reason: string | null;
  sponsorCode: string | null;
  sponsorName: string | null;
  childCode: string | null;
  /** For a reversal: what it reverses. */
  originalKind: PostingKind | null;
  originalNumber: string | null;
  lines: { accountCode: AccountCode; ledgerName: string; amountPaise: number }[];
}

/** Receipts, family payments and expenses get their own numbers; every other posting a journal number built from its id. */
function voucherNumber(r: { id: number; receiptNo: string | null; voucherNo: string | null; financialYear: string }): string {
  return r.receiptNo ?? r.voucherNo ?? `JV/${r.financialYear}/${String(r.id).padStart(6, '0')}`;
}

/** Every posting dated in the month with its lines, in date order: the month's books. */
export function monthPostings(sqlite: Sqlite, month: string): MonthPosting[] {
  const from = firstDayOf(month);
  const to = lastDayOf(month);
  const rows = sqlite
    .prepare(
      `SELECT p.id, p.kind, p.value_date AS valueDate, p.for_month AS forMonth, p.receipt_no AS receiptNo, p.voucher_no AS voucherNo,
              p.financial_year AS financialYear, coalesce(p.mode, o.mode) AS mode, coalesce(p.reference, o.reference) AS reference,
              coalesce(p.funding, o.funding) AS funding, p.eligible_80g AS eligible80g, coalesce(p.recipient_name, o.recipient_name) AS recipientName,
              p.reason, s.code AS sponsorCode, s.name AS sponsorName, c.child_code AS childCode,
              o.kind AS originalKind, o.id AS originalId, o.receipt_no AS originalReceiptNo, o.voucher_no AS originalVoucherNo,
              o.financial_year AS originalFinancialYear
       FROM postings p
       LEFT JOIN postings o ON o.id = p.reverses_id
       LEFT JOIN sponsors s ON s.id = coalesce(p.sponsor_id, o.sponsor_id)
       LEFT JOIN sponsored_children sc ON sc.id = coalesce(p.sponsored_child_id, o.sponsored_child_id)
       LEFT JOIN children c ON c.id = sc.child_id
       WHERE p.value_date BETWEEN ? AND ?
       ORDER BY p.value_date, p.id`,
    )
    .all(from, to) as (Omit<MonthPosting, 'number' | 'lines' | 'originalNumber'> & {
    receiptNo: string | null;
    voucherNo: string | null;
    financialYear: string;
    originalId: number | null;
    originalReceiptNo: string | null;
    originalVoucherNo: string | null;
    originalFinancialYear: string | null;
  })[];
  const lines = sqlite
    .prepare(
      `SELECT l.posting_id AS postingId, l.account_code AS accountCode, a.name AS ledgerName, l.amount_paise AS amountPaise
       FROM posting_lines l JOIN postings p ON p.id = l.posting_id JOIN ledger_accounts a ON a.code = l.account_code
       WHERE p.value_date BETWEEN ? AND ? ORDER BY l.posting_id, l.id`,
    )
    .all(from, to) as ({ postingId: number } & MonthPosting['lines'][number])[];
  const byPosting = new Map<number, MonthPosting['lines']>();
  for (const { postingId, ...line } of lines) {
    const list = byPosting.get(postingId) ?? [];
    list.push(line);
    byPosting.set(postingId, list);
  }
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    valueDate: r.valueDate,
    forMonth: r.forMonth,
    number: voucherNumber(r),
    mode: r.mode,
    reference: r.reference,
    funding: r.funding,
    eligible80g: r.eligible80g,
    recipientName: r.recipientName,
    reason: r.reason,
    sponsorCode: r.sponsorCode,
    sponsorName: r.sponsorName,
    childCode: r.childCode,
    originalKind: r.originalKind,
    originalNumber:
      r.originalId === null
        ? null
        : voucherNumber({
            id: r.originalId,
            receiptNo: r.originalReceiptNo,
            voucherNo: r.originalVoucherNo,
            financialYear: r.originalFinancialYear ?? '',
          }),
    lines: byPosting.get(r.id) ?? [],
  }));
}

const mmyyyy = (month: string | null) => (month ? `${month.slice(5, 7)}/${month.slice(0, 4)}` : '');

/** What the accountant reads beside each voucher, in the given language (Tally's copy is always in English). */
export function narration(p: MonthPosting, label: Label): string {
  const t = (key: string, values: Record<string, string> = {}) => label(`sponsorship.reports.narration.${key}`, values);
  const mode = p.mode ? label(`sponsorship.reports.modes.${p.mode}`) : '';
  const base = ((): string => {
    switch (p.kind) {
      case 'receipt':
        return t('receipt', { number: p.number, sponsor: p.sponsorName ?? '', code: p.sponsorCode ?? '', mode });
      case 'disbursement':
        return t('disbursement', {
          month: mmyyyy(p.forMonth),
          child: p.childCode ?? '',
          mode,
          funding: p.funding ? label(`sponsorship.reports.fundings.${p.funding}`) : '',
        });
      case 'dues':
        return t('dues', { month: mmyyyy(p.forMonth), sponsor: p.sponsorName ?? '', code: p.sponsorCode ?? '', child: p.childCode ?? '' });
      case 'transfer':
        return p.reason ? `${t('transfer')}: ${p.reason}` : t('transfer');
      case 'expense':
        return p.reason ? `${t('expense')}: ${p.reason}` : t('expense');
      case 'reversal':
        return t('reversal', { number: p.originalNumber ?? '', reason: p.reason ?? '' });
    }
  })();
  // A reversal's reference is the number it reverses, already in its words.
  return p.reference && p.kind !== 'reversal' ? `${base} (${t('reference', { reference: p.reference })})` : base;
}

export function ledgerVouchers(postings: MonthPosting[], label: Label): LedgerVoucher[] {
  return postings.map((p) => ({ postingId: p.id, date: p.valueDate, number: p.number, narration: narration(p, label), lines: p.lines }));
}

const MONEY_ACCOUNTS: readonly AccountCode[] = ['fcra_receipt', 'fcra_utilisation', 'local_bank', 'office_cash', 'in_kind_stock'];

export interface AccountMovement {
  code: AccountCode;
  name: string;
  openingPaise: number;
  inPaise: number;
  outPaise: number;
  closingPaise: number;
}

/** Opening balance, money in, money out and closing balance of each money account over the month. */
export function moneyAccountMovements(sqlite: Sqlite, month: string): AccountMovement[] {
  const rows = sqlite
    .prepare(
      `SELECT a.code, a.name,
              coalesce(sum(CASE WHEN p.value_date < @from THEN l.amount_paise END), 0) AS openingPaise,
              coalesce(sum(CASE WHEN p.value_date BETWEEN @from AND @to AND l.amount_paise > 0 THEN l.amount_paise END), 0) AS inPaise,
              coalesce(-sum(CASE WHEN p.value_date BETWEEN @from AND @to AND l.amount_paise < 0 THEN l.amount_paise END), 0) AS outPaise
       FROM ledger_accounts a
       LEFT JOIN posting_lines l ON l.account_code = a.code
       LEFT JOIN postings p ON p.id = l.posting_id AND p.value_date <= @to
       GROUP BY a.code ORDER BY a.sort_order`,
    )
    .all({ from: firstDayOf(month), to: lastDayOf(month) }) as Omit<AccountMovement, 'closingPaise'>[];
  return rows.filter((r) => MONEY_ACCOUNTS.includes(r.code)).map((r) => ({ ...r, closingPaise: r.openingPaise + r.inPaise - r.outPaise }));
}

/** The money line of a posting: the one on a money account (a receipt's bank, a payment's cash). */
function moneyLine(p: MonthPosting) {
  return p.lines.find((l) => MONEY_ACCOUNTS.includes(l.accountCode));
}

/** The month's receipts and payments for the accountant: balances, receipts, payments, and every voucher line. */
export async function monthlyAccountsWorkbook(args: {
  month: string;
  postings: MonthPosting[];
  movements: AccountMovement[];
  label: Label;
}): Promise<ExportedFile> {
  const { label, postings } = args;
  const t = (key: string, values?: Record<string, string>) => label(`sponsorship.reports.accounts.${key}`, values);
  const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');
  const title = t('title', { month: mmyyyy(args.month) });
  const workbook = newWorkbook();
  const sum = <T>(rows: T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);

  const movementTotal: AccountMovement = {
    code: 'office_cash',
    name: t('total'),
    openingPaise: sum(args.movements, (m) => m.openingPaise),
    inPaise: sum(args.movements, (m) => m.inPaise),
    outPaise: sum(args.movements, (m) => m.outPaise),
    closingPaise: sum(args.movements, (m) => m.closingPaise),
  };
  addReportSheet(workbook, {
    sheetName: t('summarySheet'),
    title,
    rows: args.movements,
    total: movementTotal,
    columns: [
      { header: t('account'), width: 28, value: (m) => m.name },
      { header: t('opening'), width: 16, money: true, value: (m) => m.openingPaise },
      { header: t('moneyIn'), width: 16, money: true, value: (m) => m.inPaise },
      { header: t('moneyOut'), width: 16, money: true, value: (m) => m.outPaise },
      { header: t('closing'), width: 16, money: true, value: (m) => m.closingPaise },
    ],
  });

  const isReceipt = (p: MonthPosting) => p.kind === 'receipt' || (p.kind === 'reversal' && p.originalKind === 'receipt');
  const receipts = postings.filter(isReceipt);
  const receiptAmount = (p: MonthPosting) => moneyLine(p)?.amountPaise ?? 0;
  addReportSheet<MonthPosting | null>(workbook, {
    sheetName: t('receiptsSheet'),
    title,
    rows: receipts,
    total: null,
    columns: [
      { header: t('date'), width: 11, value: (p) => (p ? ddmmyyyy(p.valueDate) : t('total')) },
      { header: t('receiptNo'), width: 20, value: (p) => (p ? (p.kind === 'reversal' ? (p.originalNumber ?? '') : p.number) : null) },
      { header: t('sponsorCode'), width: 10, value: (p) => p?.sponsorCode ?? null },
      { header: t('sponsor'), width: 26, value: (p) => p?.sponsorName ?? null },
      { header: t('mode'), width: 14, value: (p) => (p?.mode ? label(`sponsorship.reports.modes.${p.mode}`) : null) },
      { header: t('reference'), width: 16, value: (p) => p?.reference ?? null },
      { header: t('account'), width: 24, value: (p) => (p ? (moneyLine(p)?.ledgerName ?? '') : null) },
      { header: t('eligible80g'), width: 8, value: (p) => (p && p.kind === 'receipt' ? t(p.eligible80g === 1 ? 'yes' : 'no') : null) },
      { header: t('narration'), width: 40, value: (p) => (p ? narration(p, label) : null) },
      { header: t('amount'), width: 16, money: true, value: (p) => (p ? receiptAmount(p) : sum(receipts, receiptAmount)) },
    ],
  });

  const isPayment = (p: MonthPosting) =>
    p.kind === 'disbursement' ||
    p.kind === 'expense' ||
    (p.kind === 'reversal' && (p.originalKind === 'disbursement' || p.originalKind === 'expense'));
  const payments = postings.filter(isPayment);
  const paymentAmount = (p: MonthPosting) => -(moneyLine(p)?.amountPaise ?? 0);
  addReportSheet<MonthPosting | null>(workbook, {
    sheetName: t('paymentsSheet'),
    title,
    rows: payments,
    total: null,
    columns: [
      { header: t('date'), width: 11, value: (p) => (p ? ddmmyyyy(p.valueDate) : t('total')) },
      { header: t('voucherNo'), width: 20, value: (p) => p?.number ?? null },
      { header: t('childCode'), width: 13, value: (p) => p?.childCode ?? null },
      { header: t('forMonth'), width: 9, value: (p) => (p ? mmyyyy(p.forMonth) : null) },
      { header: t('mode'), width: 14, value: (p) => (p?.mode ? label(`sponsorship.reports.modes.${p.mode}`) : null) },
      { header: t('recipient'), width: 22, value: (p) => p?.recipientName ?? null },
      { header: t('account'), width: 24, value: (p) => (p ? (moneyLine(p)?.ledgerName ?? '') : null) },
      { header: t('funding'), width: 14, value: (p) => (p?.funding ? label(`sponsorship.reports.fundings.${p.funding}`) : null) },
      { header: t('narration'), width: 40, value: (p) => (p ? narration(p, label) : null) },
      { header: t('amount'), width: 16, money: true, value: (p) => (p ? paymentAmount(p) : sum(payments, paymentAmount)) },
    ],
  });

  type VoucherLine = { p: MonthPosting; line: MonthPosting['lines'][number] } | null;
  const voucherLines: VoucherLine[] = postings.flatMap((p) => p.lines.map((line) => ({ p, line })));
  const debit = (v: VoucherLine) =>
    v ? Math.max(v.line.amountPaise, 0) : sum(voucherLines, (x) => (x ? Math.max(x.line.amountPaise, 0) : 0));
  const credit = (v: VoucherLine) =>
    v ? Math.max(-v.line.amountPaise, 0) : sum(voucherLines, (x) => (x ? Math.max(-x.line.amountPaise, 0) : 0));
  addReportSheet<VoucherLine>(workbook, {
    sheetName: t('vouchersSheet'),
    title,
    rows: voucherLines,
    total: null,
    columns: [
      { header: t('date'), width: 11, value: (v) => (v ? ddmmyyyy(v.p.valueDate) : t('total')) },
      { header: t('voucherNo'), width: 20, value: (v) => v?.p.number ?? null },
      {
        header: t('voucherType'),
        width: 10,
        value: (v) => (v ? label(`sponsorship.reports.voucherTypes.${tallyVoucherType(v.p.lines)}`) : null),
      },
      { header: t('narration'), width: 44, value: (v) => (v ? narration(v.p, label) : null) },
      { header: t('ledger'), width: 24, value: (v) => v?.line.ledgerName ?? null },
      { header: t('debit'), width: 15, money: true, value: (v) => debit(v) || (v ? null : 0) },
      { header: t('credit'), width: 15, money: true, value: (v) => credit(v) || (v ? null : 0) },
    ],
  });
  return workbookFile(workbook, `accounts-${args.month}.xlsx`);
}
