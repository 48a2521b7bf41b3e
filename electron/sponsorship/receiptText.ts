import type { Registration80g } from '../shared/registrations80g';
import type { accountCodes, paymentModes, sponsorshipPurposes } from '../db/schema';
import type { ReportLanguage } from '../reports/pdf';

type Mode = (typeof paymentModes)[number];
type Purpose = (typeof sponsorshipPurposes)[number];
type AccountCode = (typeof accountCodes)[number];

/** Why a payment gets no 80G deduction, in the order the law is checked. */
export type Not80gReason = 'foreign' | 'in_kind' | 'cash_over_limit' | 'not_requested';

export interface ReceiptWords {
  title: string;
  receiptNo: string;
  date: string;
  receivedFrom: string;
  sponsorCode: string;
  taxId: { pan: string; aadhaar: string };
  country: string;
  theSumOf: string;
  inWords: string;
  mode: string;
  reference: string;
  goods: string;
  creditedTo: string;
  towards: string;
  towardsChild: (purpose: string, childCode: string) => string;
  towardsProgramme: string;
  eligible80g: string;
  not80g: Record<Not80gReason, string>;
  /** An eligible donation while the organisation's registrations are missing: no 80G wording, but what is missing. */
  missing80g: (what: string) => string;
  registration80g: Record<Registration80g, string>;
  fcraNote: string;
  cancelled: (date: string, reason: string) => string;
  cancelledStamp: string;
  signatureFor: (organisation: string) => string;
  signatory: string;
  /** The organisation's registrations, printed on every receipt: what makes it valid for 80G and FCRA. */
  orgPan: (pan: string) => string;
  orgUrn80g: (urn: string, date: string) => string;
  orgFcra: (registration: string) => string;
  footer: string;
  modes: Record<Mode, string>;
  purposes: Record<Purpose, string>;
  /** Where the money went, by account; the accountant's ledger names in English. */
  accounts: Partial<Record<AccountCode, string>>;
}

/** The words of the receipt given to a sponsor for each payment, in English and Bengali. */
export const receiptText: Record<ReportLanguage, ReceiptWords> = {
  en: {
    title: 'Receipt',
    receiptNo: 'Receipt no.',
    date: 'Date',
    receivedFrom: 'Received with thanks from',
    sponsorCode: 'Sponsor code',
    taxId: { pan: 'PAN', aadhaar: 'Aadhaar' },
    country: 'Country',
    theSumOf: 'The sum of',
    inWords: 'In words',
    mode: 'Mode of payment',
    reference: 'Reference',
    goods: 'Goods received',
    creditedTo: 'Received into',
    towards: 'Towards',
    towardsChild: (purpose, childCode) => `Sponsorship of child ${childCode} (${purpose})`,
    towardsProgramme: 'The orphan sponsorship programme',
    eligible80g:
      'This donation is eligible for deduction under section 80G of the Income-tax Act, 1961. It will be reported in Form 10BD, after which the certificate of donation in Form 10BE will be issued to you.',
    not80g: {
      foreign: 'Foreign contribution: not eligible for deduction under section 80G of the Income-tax Act, 1961.',
      in_kind: 'A gift in kind is not eligible for deduction under section 80G of the Income-tax Act, 1961.',
      cash_over_limit:
        'Paid in cash above ₹2,000: not eligible for deduction under section 80G (section 80G(5D) of the Income-tax Act, 1961).',
      not_requested: 'No deduction under section 80G was asked for with this payment.',
    },
    missing80g: (what) =>
      `Not an 80G receipt: the office has not yet recorded the organisation’s ${what}. It adds them on My account and issues this receipt again.`,
    registration80g: { pan: 'PAN', urn80g: '80G registration (URN)', address: 'address' },
    fcraNote:
      'Received as foreign contribution into the organisation’s FCRA account and used only as the Foreign Contribution (Regulation) Act, 2010 allows.',
    cancelled: (date, reason) => `This receipt was cancelled on ${date}: ${reason}`,
    cancelledStamp: 'CANCELLED',
    signatureFor: (organisation) => `For ${organisation}`,
    signatory: 'Authorised signatory',
    orgPan: (pan) => `PAN of the organisation: ${pan}`,
    orgUrn80g: (urn, date) => `80G registration: ${urn}${date ? ` dated ${date}` : ''}`,
    orgFcra: (registration) => `FCRA registration: ${registration}`,
    footer: 'Receipt printed from the office’s ledger.',
    modes: { cash: 'Cash', cheque: 'Cheque', bank_transfer: 'Bank transfer', upi: 'UPI', in_kind: 'In kind' },
    purposes: { living: 'living costs', education: 'education', general: 'general support' },
    accounts: {},
  },
  bn: {
    title: 'প্রাপ্তি রসিদ',
    receiptNo: 'রসিদ নং',
    date: 'তারিখ',
    receivedFrom: 'সধন্যবাদ গ্রহণ করা হল',
    sponsorCode: 'স্পনসর কোড',
    taxId: { pan: 'প্যান', aadhaar: 'আধার' },
    country: 'দেশ',
    theSumOf: 'পরিমাণ',
    inWords: 'কথায়',
    mode: 'প্রদানের মাধ্যম',
    reference: 'সূত্র',
    goods: 'প্রাপ্ত দ্রব্য',
    creditedTo: 'যে খাতে জমা',
    towards: 'উদ্দেশ্য',
    towardsChild: (purpose, childCode) => `শিশু ${childCode}-এর স্পনসরশিপ (${purpose})`,
    towardsProgramme: 'অনাথ শিশু স্পনসরশিপ কর্মসূচি',
    eligible80g:
      'এই অনুদান আয়কর আইন, ১৯৬১-এর ৮০জি ধারায় ছাড়যোগ্য। এটি ফর্ম ১০বিডি-তে জানানো হবে, তারপর ফর্ম ১০বিই-তে অনুদানের শংসাপত্র আপনাকে দেওয়া হবে।',
    not80g: {
      foreign: 'বিদেশি অনুদান: আয়কর আইন, ১৯৬১-এর ৮০জি ধারায় ছাড়যোগ্য নয়।',
      in_kind: 'দ্রব্যসামগ্রীতে দেওয়া দান আয়কর আইন, ১৯৬১-এর ৮০জি ধারায় ছাড়যোগ্য নয়।',
      cash_over_limit: '₹২,০০০-এর বেশি নগদে দেওয়া: ৮০জি ধারায় ছাড়যোগ্য নয় (আয়কর আইন, ১৯৬১-এর ধারা ৮০জি(৫ডি))।',
      not_requested: 'এই অর্থের জন্য ৮০জি ধারায় ছাড় চাওয়া হয়নি।',
    },
    missing80g: (what) => `এটি ৮০জি রসিদ নয়: অফিস এখনও সংস্থার ${what} লেখেনি। "আমার অ্যাকাউন্ট"-এ সেগুলি যোগ করে রসিদটি আবার দেওয়া হবে।`,
    registration80g: { pan: 'প্যান', urn80g: '৮০জি নিবন্ধন (ইউআরএন)', address: 'ঠিকানা' },
    fcraNote:
      'বিদেশি অনুদান হিসেবে সংস্থার এফসিআরএ অ্যাকাউন্টে জমা হয়েছে এবং বিদেশি অনুদান (নিয়ন্ত্রণ) আইন, ২০১০ যেভাবে অনুমতি দেয় শুধু সেভাবেই ব্যবহার হবে।',
    cancelled: (date, reason) => `এই রসিদ ${date} তারিখে বাতিল হয়েছে: ${reason}`,
    cancelledStamp: 'বাতিল',
    signatureFor: (organisation) => `${organisation}-এর পক্ষে`,
    signatory: 'অনুমোদিত স্বাক্ষরকারী',
    orgPan: (pan) => `সংস্থার প্যান: ${pan}`,
    orgUrn80g: (urn, date) => `৮০জি নিবন্ধন: ${urn}${date ? `, তারিখ ${date}` : ''}`,
    orgFcra: (registration) => `এফসিআরএ নিবন্ধন: ${registration}`,
    footer: 'অফিসের খাতা থেকে ছাপা রসিদ।',
    modes: { cash: 'নগদ', cheque: 'চেক', bank_transfer: 'ব্যাংক ট্রান্সফার', upi: 'ইউপিআই', in_kind: 'দ্রব্যসামগ্রী' },
    purposes: { living: 'জীবনধারণ', education: 'পড়াশোনা', general: 'সাধারণ সহায়তা' },
    accounts: {
      fcra_receipt: 'এফসিআরএ প্রাপ্তি অ্যাকাউন্ট',
      local_bank: 'স্থানীয় ব্যাংক অ্যাকাউন্ট',
      office_cash: 'অফিসের নগদ',
      in_kind_stock: 'দ্রব্যসামগ্রীর মজুত',
    },
  },
};
