import type { paymentModes, sponsorshipPurposes, sponsorshipStatuses } from '../db/schema';
import { monthNames } from '../shared/words';
import type { ReportLanguage } from '../reports/pdf';

type Mode = (typeof paymentModes)[number];
type Purpose = (typeof sponsorshipPurposes)[number];
type Status = (typeof sponsorshipStatuses)[number];
/** Whose money paid a family's month, as the sponsor reading the statement would put it. */
export type StatementFunding = 'yours' | 'other_sponsor' | 'pooled';

export interface StatementWords {
  title: string;
  to: string;
  sponsorCode: string;
  period: (from: string, to: string) => string;
  summaryHeading: string;
  openingBalance: (date: string) => string;
  duesInPeriod: string;
  totalReceived: string;
  closingBalance: (date: string) => string;
  balanceDue: (amount: string) => string;
  balanceAdvance: (amount: string) => string;
  balanceNil: string;
  paymentsHeading: string;
  noPayments: string;
  paymentColumns: { date: string; receiptNo: string; mode: string; reference: string; amount: string };
  reversalOf: (receiptNo: string) => string;
  childrenHeading: string;
  noChildren: string;
  childHeading: (code: string, name: string | null) => string;
  sponsorshipLine: (purpose: string, monthly: string, since: string, status: string) => string;
  childColumns: { month: string; amount: string; mode: string; funding: string; attendance: string };
  noSupportYet: string;
  totalToFamily: string;
  attendance: (present: string, open: string, percent: string) => string;
  attendanceUnknown: string;
  progressHeading: string;
  officeNoteHeading: string;
  footer: string;
  nameNote: string;
  months: readonly string[];
  modes: Record<Mode, string>;
  purposes: Record<Purpose, string>;
  statuses: Record<Status, string>;
  fundings: Record<StatementFunding, string>;
}

/** The words of a sponsor's statement, in the two languages the office writes in. */
export const statementText: Record<ReportLanguage, StatementWords> = {
  en: {
    title: 'Sponsor’s statement',
    to: 'Statement for',
    sponsorCode: 'Sponsor code',
    period: (from, to) => `Period: ${from} to ${to}`,
    summaryHeading: 'Summary',
    openingBalance: (date) => `Balance on ${date}`,
    duesInPeriod: 'Contributions due for the period',
    totalReceived: 'Total received',
    closingBalance: (date) => `Balance on ${date}`,
    balanceDue: (amount) => `${amount} due`,
    balanceAdvance: (amount) => `${amount} paid in advance`,
    balanceNil: 'Nothing due',
    paymentsHeading: 'Payments received',
    noPayments: 'No payment was received in this period.',
    paymentColumns: { date: 'Date', receiptNo: 'Receipt no.', mode: 'Mode', reference: 'Reference', amount: 'Amount' },
    reversalOf: (receiptNo) => `Receipt ${receiptNo} cancelled`,
    childrenHeading: 'What reached the family',
    noChildren: 'No child was sponsored in this period.',
    childHeading: (code, name) => (name ? `${name} (${code})` : `Child ${code}`),
    sponsorshipLine: (purpose, monthly, since, status) => `${purpose}: ${monthly} a month since ${since} · ${status}`,
    childColumns: { month: 'Month', amount: 'Support paid', mode: 'Mode', funding: 'Paid from', attendance: 'School attendance' },
    noSupportYet: 'No support was paid to the family in this period.',
    totalToFamily: 'Total to the family',
    attendance: (present, open, percent) => `${present} of ${open} days (${percent}%)`,
    attendanceUnknown: '—',
    progressHeading: 'Progress',
    officeNoteHeading: 'A note from the office',
    footer: 'Prepared from the office’s ledger. Amounts in Indian rupees.',
    nameNote: 'Children are named only where the family agreed to their story being shared; otherwise by their code.',
    months: monthNames.en.short,
    modes: { cash: 'Cash', cheque: 'Cheque', bank_transfer: 'Bank transfer', upi: 'UPI', in_kind: 'In kind' },
    purposes: { living: 'Living costs', education: 'Education', general: 'General support' },
    statuses: { active: 'active', paused: 'paused', lapsed: 'lapsed', ended: 'ended' },
    fundings: { yours: 'Your sponsorship', other_sponsor: 'Another sponsor', pooled: 'Pooled fund' },
  },
  bn: {
    title: 'স্পনসরের বিবরণী',
    to: 'বিবরণী যাঁর জন্য',
    sponsorCode: 'স্পনসর কোড',
    period: (from, to) => `সময়কাল: ${from} থেকে ${to}`,
    summaryHeading: 'সংক্ষিপ্ত হিসাব',
    openingBalance: (date) => `${date} তারিখের জের`,
    duesInPeriod: 'এই সময়ে দেয় অনুদান',
    totalReceived: 'মোট প্রাপ্ত',
    closingBalance: (date) => `${date} তারিখের জের`,
    balanceDue: (amount) => `${amount} বাকি`,
    balanceAdvance: (amount) => `${amount} অগ্রিম জমা`,
    balanceNil: 'কিছু বাকি নেই',
    paymentsHeading: 'প্রাপ্ত অর্থ',
    noPayments: 'এই সময়ে কোনো অর্থ পাওয়া যায়নি।',
    paymentColumns: { date: 'তারিখ', receiptNo: 'রসিদ নং', mode: 'মাধ্যম', reference: 'সূত্র', amount: 'পরিমাণ' },
    reversalOf: (receiptNo) => `রসিদ ${receiptNo} বাতিল`,
    childrenHeading: 'পরিবারের কাছে যা পৌঁছেছে',
    noChildren: 'এই সময়ে কোনো শিশুকে স্পনসর করা হয়নি।',
    childHeading: (code, name) => (name ? `${name} (${code})` : `শিশু ${code}`),
    sponsorshipLine: (purpose, monthly, since, status) => `${purpose}: ${since} থেকে মাসে ${monthly} · ${status}`,
    childColumns: { month: 'মাস', amount: 'প্রদত্ত সহায়তা', mode: 'মাধ্যম', funding: 'কোন তহবিল থেকে', attendance: 'স্কুলে উপস্থিতি' },
    noSupportYet: 'এই সময়ে পরিবারকে কোনো সহায়তা দেওয়া হয়নি।',
    totalToFamily: 'পরিবারকে মোট',
    attendance: (present, open, percent) => `${open} দিনের মধ্যে ${present} দিন (${percent}%)`,
    attendanceUnknown: '—',
    progressHeading: 'অগ্রগতি',
    officeNoteHeading: 'অফিসের পক্ষ থেকে',
    footer: 'অফিসের খাতা থেকে প্রস্তুত। সব অঙ্ক ভারতীয় টাকায়।',
    nameNote: 'পরিবার শিশুর কথা জানাতে সম্মতি দিলে তবেই শিশুর নাম লেখা হয়েছে; নইলে শুধু কোড।',
    months: monthNames.bn.long,
    modes: { cash: 'নগদ', cheque: 'চেক', bank_transfer: 'ব্যাংক ট্রান্সফার', upi: 'ইউপিআই', in_kind: 'দ্রব্যসামগ্রী' },
    purposes: { living: 'জীবনধারণ', education: 'পড়াশোনা', general: 'সাধারণ সহায়তা' },
    statuses: { active: 'চালু', paused: 'স্থগিত', lapsed: 'অর্থ আসা বন্ধ', ended: 'শেষ' },
    fundings: { yours: 'আপনার স্পনসরশিপ', other_sponsor: 'অন্য স্পনসর', pooled: 'সম্মিলিত তহবিল' },
  },
};

/** YYYY-MM as the statement prints it: "Apr 2026" / "এপ্রিল ২০২৬" (digits localised by the caller). */
export function monthLabel(month: string, words: StatementWords): string {
  const [year, number] = month.split('-');
  return `${words.months[Number(number) - 1] ?? month} ${year ?? ''}`;
}
