import type { accountCodes } from '../db/schema';

type AccountCode = (typeof accountCodes)[number];

/** One posting as the accountant's books see it: a voucher with its ledger lines (debit > 0, credit < 0, sum 0). */
export interface LedgerVoucher {
  postingId: number;
  /** YYYY-MM-DD */
  date: string;
  number: string;
  narration: string;
  lines: { accountCode: AccountCode; ledgerName: string; amountPaise: number }[];
}

export type TallyVoucherType = 'Receipt' | 'Payment' | 'Contra' | 'Journal';

/** The accounts that are cash or bank ledgers in Tally (in-kind stock is not: goods are not money). */
const CASH_AND_BANK: ReadonlySet<AccountCode> = new Set(['fcra_receipt', 'fcra_utilisation', 'local_bank', 'office_cash']);

/**
 * The voucher type Tally itself would use for these lines: money into a cash/bank ledger is a Receipt,
 * money out a Payment, cash/bank to cash/bank a Contra, and anything that touches no cash or bank (dues
 * raised, goods in kind) a Journal. Decided from the lines rather than the posting's kind, so a reversal of
 * a receipt (money leaving the bank again) is a Payment, as Tally would refuse a Receipt that credits the bank.
 */
export function tallyVoucherType(lines: LedgerVoucher['lines']): TallyVoucherType {
  const intoCash = lines.some((l) => CASH_AND_BANK.has(l.accountCode) && l.amountPaise > 0);
  const outOfCash = lines.some((l) => CASH_AND_BANK.has(l.accountCode) && l.amountPaise < 0);
  if (intoCash && outOfCash) return 'Contra';
  if (intoCash) return 'Receipt';
  if (outOfCash) return 'Payment';
  return 'Journal';
}

/**
 * Paise as the rupee amount Tally reads, in Tally's sign convention: a debit is NEGATIVE with
 * ISDEEMEDPOSITIVE Yes, a credit POSITIVE with ISDEEMEDPOSITIVE No — the opposite of our ledger, where
 * a debit is positive. So the Tally amount is the negated line, and a voucher's Tally amounts still sum to 0.
 */
export function tallyAmount(linePaise: number): string {
  const tally = -linePaise;
  const abs = Math.abs(tally);
  const text = `${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return tally < 0 ? `-${text}` : text;
}

// XML 1.0 cannot carry most control characters even escaped; a stray one pasted into a narration is dropped.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as XML character data or an attribute value: every markup character escaped. */
export function xmlText(value: string): string {
  return value
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function tag(name: string, value: string): string {
  return `<${name}>${xmlText(value)}</${name}>`;
}

function voucherXml(voucher: LedgerVoucher): string[] {
  const type = tallyVoucherType(voucher.lines);
  const entries = voucher.lines.flatMap((line) => [
    '      <ALLLEDGERENTRIES.LIST>',
    `       ${tag('LEDGERNAME', line.ledgerName)}`,
    `       ${tag('ISDEEMEDPOSITIVE', line.amountPaise > 0 ? 'Yes' : 'No')}`,
    `       ${tag('AMOUNT', tallyAmount(line.amountPaise))}`,
    '      </ALLLEDGERENTRIES.LIST>',
  ]);
  return [
    '    <TALLYMESSAGE xmlns:UDF="TallyUDF">',
    `     <VOUCHER VCHTYPE="${xmlText(type)}" ACTION="Create" OBJVIEW="Accounting Voucher View">`,
    `      ${tag('DATE', voucher.date.replace(/-/g, ''))}`,
    `      ${tag('VOUCHERTYPENAME', type)}`,
    `      ${tag('VOUCHERNUMBER', voucher.number)}`,
    `      ${tag('PERSISTEDVIEW', 'Accounting Voucher View')}`,
    `      ${tag('NARRATION', voucher.narration)}`,
    ...entries,
    '     </VOUCHER>',
    '    </TALLYMESSAGE>',
  ];
}

/**
 * A TallyPrime "Import Data" envelope of vouchers (Gateway of Tally → Import → Transactions). The ledger
 * names are our account names, which the company in Tally must have as ledgers before the import.
 */
export function tallyImportXml(vouchers: LedgerVoucher[]): string {
  return [
    '<ENVELOPE>',
    ' <HEADER>',
    '  <TALLYREQUEST>Import Data</TALLYREQUEST>',
    ' </HEADER>',
    ' <BODY>',
    '  <IMPORTDATA>',
    '   <REQUESTDESC>',
    '    <REPORTNAME>Vouchers</REPORTNAME>',
    '   </REQUESTDESC>',
    '   <REQUESTDATA>',
    ...vouchers.flatMap(voucherXml),
    '   </REQUESTDATA>',
    '  </IMPORTDATA>',
    ' </BODY>',
    '</ENVELOPE>',
    '',
  ].join('\n');
}
