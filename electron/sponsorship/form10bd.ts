import type { Sqlite } from '../db/connection';
import type { PaymentMode } from '../shared/fcra';

/**
 * Form 10BD (Rule 18AB), Part B — one row per donation eligible under section 80G in the financial year,
 * in the columns and words of the income-tax portal's CSV template, so the CSV can be uploaded as it is.
 */
export const FORM_10BD_HEADERS = [
  'Sl. No.',
  'Pre Acknowledgement Number',
  'ID Code',
  'Unique Identification Number',
  'Section Code',
  'Unique Registration Number (URN)',
  'Date of Issuance of Unique Registration Number',
  'Name of donor',
  'Address of donor',
  'Donation Type',
  'Mode of receipt',
  'Amount of donation (Indian rupees)',
] as const;

export type IdCode = 'Permanent Account Number' | 'Aadhaar Number';
export type DonationType = 'Corpus' | 'Specific grant' | 'Others';
export type ModeOfReceipt = 'Cash' | 'Kind' | 'Electronic modes including account payee cheque/draft' | 'Others';

export interface Form10bdDonation {
  serial: number;
  idCode: IdCode | '';
  uniqueIdentificationNumber: string;
  sectionCode: 'Section 80G';
  urn: string;
  urnIssuedOn: string;
  donorName: string;
  donorAddress: string;
  donationType: DonationType;
  modeOfReceipt: ModeOfReceipt;
  amountPaise: number;
  /** Not in the form: ties the row to the receipt the donor holds, for the accountant's check. */
  receiptNo: string;
  valueDate: string;
}

/** Rule 18AB's ID codes for the two IDs a sponsor's record carries. */
export function idCodeOf(taxIdType: 'pan' | 'aadhaar' | null): IdCode | '' {
  if (taxIdType === 'pan') return 'Permanent Account Number';
  if (taxIdType === 'aadhaar') return 'Aadhaar Number';
  return '';
}

/** Cheques, bank transfers and UPI are all "electronic modes including account payee cheque/draft" for 10BD. */
export function modeOfReceipt(mode: PaymentMode): ModeOfReceipt {
  if (mode === 'cash') return 'Cash';
  if (mode === 'in_kind') return 'Kind';
  return 'Electronic modes including account payee cheque/draft';
}

/**
 * A payment towards a named child's sponsorship is given for that specific purpose ("Specific grant");
 * a payment not tied to a sponsorship goes to the programme at large ("Others"). Sponsorships are never
 * corpus donations: the office spends them month by month.
 */
export function donationTypeOf(sponsorshipId: number | null): DonationType {
  return sponsorshipId === null ? 'Others' : 'Specific grant';
}

/**
 * The financial year's 80G-eligible receipts (eligibility was decided when each was received), without
 * those later cancelled by a reversal: a cancelled receipt is a donation that did not happen.
 */
export function form10bdDonations(
  sqlite: Sqlite,
  financialYear: string,
  registration: { urn: string | null; urnIssuedOn: string | null },
): Form10bdDonation[] {
  const rows = sqlite
    .prepare(
      `SELECT p.receipt_no AS receiptNo, p.value_date AS valueDate, p.mode, p.sponsorship_id AS sponsorshipId,
              s.name, s.address, s.tax_id_type AS taxIdType, s.tax_id AS taxId,
              (SELECT sum(amount_paise) FROM posting_lines WHERE posting_id = p.id AND amount_paise > 0) AS amountPaise
       FROM postings p JOIN sponsors s ON s.id = p.sponsor_id
       WHERE p.kind = 'receipt' AND p.financial_year = ? AND p.eligible_80g = 1
         AND NOT EXISTS (SELECT 1 FROM postings r WHERE r.reverses_id = p.id)
       ORDER BY p.value_date, p.receipt_no`,
    )
    .all(financialYear) as {
    receiptNo: string;
    valueDate: string;
    mode: PaymentMode;
    sponsorshipId: number | null;
    name: string;
    address: string | null;
    taxIdType: 'pan' | 'aadhaar' | null;
    taxId: string | null;
    amountPaise: number;
  }[];
  const [y, m, d] = (registration.urnIssuedOn ?? '').split('-');
  const urnIssuedOn = registration.urnIssuedOn ? `${d}-${m}-${y}` : '';
  return rows.map((r, i) => ({
    serial: i + 1,
    idCode: idCodeOf(r.taxIdType),
    uniqueIdentificationNumber: r.taxId ?? '',
    sectionCode: 'Section 80G',
    urn: registration.urn ?? '',
    urnIssuedOn,
    donorName: r.name,
    donorAddress: (r.address ?? '').replace(/\s*\n\s*/g, ', '),
    donationType: donationTypeOf(r.sponsorshipId),
    modeOfReceipt: modeOfReceipt(r.mode),
    amountPaise: r.amountPaise,
    receiptNo: r.receiptNo,
    valueDate: r.valueDate,
  }));
}

/** Rupees as the form's amount column: whole rupees as an integer, otherwise with two decimals. */
export function form10bdAmount(paise: number): string {
  const rupees = Math.trunc(paise / 100);
  return paise % 100 === 0 ? String(rupees) : `${rupees}.${String(paise % 100).padStart(2, '0')}`;
}

function csvField(value: string): string {
  // A spreadsheet opening the CSV would run a cell starting with = + - @ as a formula; a leading quote keeps it text.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The portal's CSV: the template's header row, then one line per donation, CRLF line ends as RFC 4180 has them. */
export function form10bdCsv(donations: Form10bdDonation[]): string {
  const lines = [FORM_10BD_HEADERS.map(csvField).join(',')];
  for (const d of donations) {
    lines.push(
      [
        String(d.serial),
        '',
        d.idCode,
        d.uniqueIdentificationNumber,
        d.sectionCode,
        d.urn,
        d.urnIssuedOn,
        d.donorName,
        d.donorAddress,
        d.donationType,
        d.modeOfReceipt,
        form10bdAmount(d.amountPaise),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
