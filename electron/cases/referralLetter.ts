import type { Content } from 'pdfmake/interfaces';
import {
  localDigits,
  printedDate,
  reportFrame,
  reportTableLayout,
  renderPdf,
  type OfficeDetails,
  type ReportLanguage,
} from '../reports/pdf';
import { referralLetterText } from './referralLetterText';

export interface ReferralLetterInput {
  language: ReportLanguage;
  office: OfficeDetails;
  caseNumber: string;
  /** The case's types, already in the letter's language. */
  types: string[];
  referral: { authority: string; authorityName: string; contact: string | null; referredOn: string; reason: string };
  children: { childCode: string; name: string; sex: 'female' | 'male' | 'other'; age: number | null; place: string }[];
  /** JJ Act 2015 s.74: names appear only when the case worker decides they must. */
  includeChildName: boolean;
  /** Who signs: the case worker printing the letter, their designation in the letter's language, the day. */
  signatory: { name: string; designation: string; signedOn: string };
}

/** A referral letter to the DCPU, the CWC, the police…: the case number and child codes, names only if chosen. */
export async function referralLetterPdf(input: ReferralLetterInput): Promise<Buffer> {
  const words = referralLetterText[input.language];
  const digits = (s: string) => localDigits(s, input.language);
  const addressee = [words.authorities[input.referral.authority], input.referral.authorityName, input.referral.contact].filter(
    Boolean,
  ) as string[];
  const childRows: Content[][] = input.children.map((c) => [
    { text: c.childCode },
    { text: input.includeChildName ? c.name : words.nameWithheld, color: input.includeChildName ? undefined : '#52606d' },
    { text: words.sex[c.sex] },
    { text: c.age === null ? '—' : words.years(digits(String(c.age))) },
    { text: c.place },
  ]);
  const content: Content = [
    { text: words.to, bold: true },
    { stack: addressee.map((line) => ({ text: line })), margin: [0, 0, 0, 10] },
    { text: words.reference(input.caseNumber, printedDate(input.referral.referredOn, input.language)), margin: [0, 0, 0, 4] },
    { text: words.subject, bold: true, margin: [0, 0, 0, 8] },
    { text: words.body(input.types.join(', ')), alignment: 'justify', margin: [0, 0, 0, 10] },
    { text: words.childrenHeading, style: 'sectionHeading' },
    {
      table: {
        headerRows: 1,
        widths: ['auto', '*', 'auto', 'auto', '*'],
        body: [
          [words.columns.code, words.columns.name, words.columns.sex, words.columns.age, words.columns.place].map((h) => ({
            text: h,
            style: 'tableHeader',
          })),
          ...childRows,
        ],
      },
      layout: reportTableLayout,
    },
    { text: words.reasonHeading, style: 'sectionHeading' },
    { text: input.referral.reason, margin: [0, 0, 0, 10] },
    { text: words.request, margin: [0, 0, 0, 8] },
    {
      // The signature block an official expects: room to sign, then name, designation and date.
      unbreakable: true,
      margin: [0, 16, 0, 0],
      columns: [
        { width: '*', stack: [{ text: words.signature }, { text: input.office.officeName, bold: true }] },
        {
          width: 220,
          stack: [
            { canvas: [{ type: 'line', x1: 0, y1: 36, x2: 220, y2: 36, lineWidth: 0.6, lineColor: '#52606d' }] },
            { text: words.signatureLine, color: '#52606d', fontSize: 9, margin: [0, 2, 0, 6] },
            { text: words.signName(input.signatory.name) },
            { text: words.signDesignation(input.signatory.designation) },
            { text: words.signDate(printedDate(input.signatory.signedOn, input.language)) },
          ],
        },
      ],
    },
  ];
  return renderPdf(
    reportFrame({
      language: input.language,
      office: input.office,
      title: words.title,
      subtitle: input.caseNumber,
      date: input.referral.referredOn,
      footerNote: words.footer,
      content,
    }),
  );
}
