import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { accountCodes, paymentModes, sponsorshipPurposes, taxIdTypes } from '../db/schema';
import { printedDate, renderPdf, reportFrame, type OfficeDetails, type ReportLanguage } from '../reports/pdf';
import { formatRupees } from '../shared/money';
import { missing80gDetails } from '../shared/registrations80g';
import { receiptText, type Not80gReason } from './receiptText';
import { rupeesInBengaliWords, rupeesInEnglishWords } from './rupeesInWords';

export interface ReceiptDocument {
  language: ReportLanguage;
  office: OfficeDetails & {
    pan?: string | null;
    urn80g?: string | null;
    urn80gIssuedOn?: string | null;
    fcraRegistration?: string | null;
  };
  receiptNo: string;
  /** YYYY-MM-DD the money was received. */
  date: string;
  sponsor: {
    code: string;
    name: string;
    address: string | null;
    taxIdType: (typeof taxIdTypes)[number] | null;
    taxId: string | null;
    /** The passport country of a foreign-citizen, OCI or PIO sponsor. */
    country: string | null;
  };
  amountPaise: number;
  mode: (typeof paymentModes)[number];
  reference: string | null;
  inKindDescription: string | null;
  account: (typeof accountCodes)[number];
  /** The ledger account's name, as the accountant knows it. */
  accountName: string;
  foreignContribution: boolean;
  towards: { childCode: string; purpose: (typeof sponsorshipPurposes)[number] } | null;
  /** null when the payment is eligible for 80G. */
  not80g: Not80gReason | null;
  cancelled: { on: string; reason: string } | null;
}

const MUTED = '#52606d';

const labelValueLayout: CustomTableLayout = {
  hLineWidth: (row, node) => (row === 0 || row === node.table.body.length ? 0 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => '#cbd2d9',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

const boxLayout = (color: string): CustomTableLayout => ({
  hLineWidth: () => 0.75,
  vLineWidth: () => 0.75,
  hLineColor: () => color,
  vLineColor: () => color,
  paddingLeft: () => 8,
  paddingRight: () => 8,
  paddingTop: () => 6,
  paddingBottom: () => 6,
});

/**
 * Aadhaar is printed masked to its last four digits (UIDAI's rule for displaying a number);
 * PAN in full, since the donor's claim under 80G rests on it.
 */
function printedTaxId(type: 'pan' | 'aadhaar', value: string): string {
  if (type === 'pan') return value.toUpperCase();
  const digits = value.replace(/\D/g, '');
  return `XXXX XXXX ${digits.slice(-4)}`;
}

/** The receipt a sponsor gets for one payment: number, date, amount in figures and words, 80G and FCRA notes. */
export async function receiptPdf(doc: ReceiptDocument): Promise<Buffer> {
  const words = receiptText[doc.language];
  const amountWords = doc.language === 'bn' ? rupeesInBengaliWords(doc.amountPaise) : rupeesInEnglishWords(doc.amountPaise);
  const row = (label: string, value: Content): TableCell[] => [{ text: label, color: MUTED }, value];

  const rows: TableCell[][] = [
    row(words.receiptNo, { text: doc.receiptNo, bold: true }),
    row(words.date, { text: printedDate(doc.date, doc.language) }),
    row(words.receivedFrom, {
      stack: [{ text: doc.sponsor.name, bold: true }, ...(doc.sponsor.address ? [{ text: doc.sponsor.address }] : [])],
    }),
    row(words.sponsorCode, { text: doc.sponsor.code }),
  ];
  if (doc.sponsor.taxIdType && doc.sponsor.taxId) {
    rows.push(row(words.taxId[doc.sponsor.taxIdType], { text: printedTaxId(doc.sponsor.taxIdType, doc.sponsor.taxId) }));
  }
  if (doc.foreignContribution && doc.sponsor.country) rows.push(row(words.country, { text: doc.sponsor.country }));
  rows.push(
    row(words.theSumOf, { text: formatRupees(doc.amountPaise, doc.language), bold: true, fontSize: 13 }),
    row(words.inWords, { text: amountWords, italics: doc.language === 'en' }),
    row(words.mode, { text: words.modes[doc.mode] }),
  );
  if (doc.reference) rows.push(row(words.reference, { text: doc.reference }));
  if (doc.inKindDescription) rows.push(row(words.goods, { text: doc.inKindDescription }));
  rows.push(
    row(words.creditedTo, { text: words.accounts[doc.account] ?? doc.accountName }),
    row(words.towards, {
      text: doc.towards ? words.towardsChild(words.purposes[doc.towards.purpose], doc.towards.childCode) : words.towardsProgramme,
    }),
  );

  // An eligible donation still gets no 80G wording while the organisation's registrations are missing:
  // the donor could not claim on it, and the receipt says what the office has to add.
  const missing = doc.not80g === null ? missing80gDetails(doc.office) : [];
  const note80g =
    doc.not80g !== null
      ? words.not80g[doc.not80g]
      : missing.length
        ? words.missing80g(missing.map((key) => words.registration80g[key]).join(', '))
        : words.eligible80g;
  const notes: Content[] = [
    {
      table: { widths: ['*'], body: [[{ text: note80g, fontSize: 9.5 }]] },
      layout: boxLayout('#9aa5b1'),
      margin: [0, 14, 0, 0],
    },
  ];
  if (doc.foreignContribution) notes.push({ text: words.fcraNote, fontSize: 9.5, color: MUTED, margin: [0, 8, 0, 0] });
  const { pan, urn80g, urn80gIssuedOn, fcraRegistration } = doc.office;
  const registrations = [
    pan ? words.orgPan(pan) : null,
    urn80g && !doc.foreignContribution ? words.orgUrn80g(urn80g, urn80gIssuedOn ? printedDate(urn80gIssuedOn, doc.language) : '') : null,
    fcraRegistration && doc.foreignContribution ? words.orgFcra(fcraRegistration) : null,
  ].filter((line): line is string => line !== null);
  if (registrations.length) notes.push({ text: registrations.join('  ·  '), fontSize: 9, color: MUTED, margin: [0, 8, 0, 0] });

  const cancelled: Content[] = doc.cancelled
    ? [
        {
          table: {
            widths: ['*'],
            body: [
              [
                {
                  stack: [
                    { text: words.cancelledStamp, bold: true, fontSize: 16, color: '#b42318' },
                    { text: words.cancelled(printedDate(doc.cancelled.on, doc.language), doc.cancelled.reason), color: '#b42318' },
                  ],
                },
              ],
            ],
          },
          layout: boxLayout('#b42318'),
          margin: [0, 0, 0, 12],
        },
      ]
    : [];

  const content: Content = [
    ...cancelled,
    { table: { widths: [150, '*'], body: rows }, layout: labelValueLayout },
    ...notes,
    {
      margin: [0, 36, 0, 0],
      columns: [
        { width: '*', text: '' },
        {
          width: 'auto',
          alignment: 'center',
          stack: [
            { text: words.signatureFor(doc.office.organisation) },
            { text: ' ', margin: [0, 18, 0, 0] },
            { text: words.signatory, color: MUTED },
          ],
        },
      ],
    },
  ];

  return renderPdf(
    reportFrame({
      language: doc.language,
      office: doc.office,
      title: words.title,
      subtitle: doc.receiptNo,
      date: doc.date,
      footerNote: words.footer,
      content,
    }),
  );
}
