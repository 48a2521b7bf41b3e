import type { Content, TableCell } from 'pdfmake/interfaces';
import { translate } from '../api/messages';
import {
  localDigits,
  printedDate,
  renderPdf,
  reportColours,
  reportFrame,
  reportTableLayout,
  type OfficeDetails,
  type ReportLanguage,
} from '../reports/pdf';
import { monthName } from '../shared/reasonWords';
import type { ReportingPointKind } from '../shared/safetynetVocabulary';
import type { MonthReport } from './monthReport';

const columns = [
  'number',
  'person',
  'sexAge',
  'village',
  'leftOn',
  'purpose',
  'destination',
  'agent',
  'family',
  'reportedBy',
  'returned',
] as const;
const WIDTHS = [18, 96, 44, 70, 50, 56, 96, '*', 50, 70, 50];

function word(language: ReportLanguage, key: string, values: Record<string, string> = {}): string {
  return translate(language, `safetynet.pdf.${key}`, values);
}

function header(language: ReportLanguage): TableCell[] {
  return columns.map((c) => ({ text: word(language, `columns.${c}`), style: 'tableHeader', fontSize: 8.5 }));
}

export interface BlankRegisterInput {
  language: ReportLanguage;
  office: OfficeDetails;
  point: {
    name: string;
    kind: ReportingPointKind;
    contactPerson: string | null;
    phone: string | null;
    village: string | null;
    gramPanchayat: string | null;
  };
  printedOn: string;
  rows: number;
}

/** The club's paper copy of the register: the columns of a departure and empty rows tall enough to write in. */
export async function blankRegisterPdf(input: BlankRegisterInput): Promise<Buffer> {
  const { language, point } = input;
  const facts = [
    translate(language, `safetynet.pointKinds.${point.kind}`),
    point.contactPerson ? word(language, 'contact', { name: point.contactPerson }) : null,
    point.phone ? localDigits(point.phone, language) : null,
    point.village,
    point.gramPanchayat ? word(language, 'gramPanchayat', { name: point.gramPanchayat }) : null,
  ].filter((f): f is string => Boolean(f));
  const empty = Array.from({ length: input.rows }, (_, i): TableCell[] => [
    { text: localDigits(String(i + 1), language), color: reportColours.muted },
    ...columns.slice(1).map((): TableCell => ({ text: '' })),
  ]);
  const content: Content = [
    { text: word(language, 'blankInstructions'), fontSize: 8.5, color: reportColours.muted, margin: [0, 0, 0, 8] },
    {
      table: { headerRows: 1, widths: WIDTHS, heights: (row) => (row === 0 ? 'auto' : 24), body: [header(language), ...empty] },
      layout: { ...reportTableLayout, vLineWidth: () => 0.4, vLineColor: () => '#c3cbd3' },
    },
  ];
  return renderPdf(
    reportFrame({
      language,
      office: input.office,
      title: word(language, 'blankTitle', { name: point.name }),
      subtitle: facts.join('  ·  '),
      date: input.printedOn,
      footerNote: word(language, 'blankFooter', { name: point.name }),
      pageOrientation: 'landscape',
      content,
    }),
  );
}

type Departure = MonthReport['departures'][number];

/**
 * The person as papers leaving the office show them: a minor (or someone whose age is not known) by
 * child code unless the user chose names; null when such a person has no code to show either.
 */
export function personShown(d: Pick<Departure, 'name' | 'age' | 'childCode'>, withMinorNames: boolean): string | null {
  const minor = d.age === null || d.age < 18;
  if (minor && !withMinorNames) return d.childCode;
  return d.name;
}

function filledRow(d: Departure, index: number, language: ReportLanguage, withMinorNames: boolean): TableCell[] {
  const notKnown = word(language, 'notKnown');
  return [
    { text: localDigits(String(index + 1), language) },
    { text: personShown(d, withMinorNames) ?? word(language, 'nameWithheld'), bold: true },
    { text: `${translate(language, `safetynet.sex.${d.sex}`)}, ${d.age === null ? notKnown : localDigits(String(d.age), language)}` },
    { text: d.village ?? notKnown },
    { text: printedDate(d.leftOn, language) },
    { text: translate(language, `safetynet.purposes.${d.purpose}`) },
    { text: [d.destPlace, d.destState].filter(Boolean).join(', ') },
    { text: d.agent ?? notKnown },
    { text: translate(language, `safetynet.levels.${d.level}`) },
    { text: d.reportingPoint },
    { text: d.returnedOn ? printedDate(d.returnedOn, language) : '' },
  ];
}

export interface FilledRegisterInput {
  language: ReportLanguage;
  office: OfficeDetails;
  report: MonthReport;
  printedOn: string;
  withMinorNames: boolean;
}

/** The month's filled register for the Gram Panchayat: every departure reported, minors by child code (JJ Act s.74). */
export async function filledRegisterPdf(input: FilledRegisterInput): Promise<Buffer> {
  const { language, report } = input;
  const head = header(language);
  head[8] = { text: word(language, 'columns.level'), style: 'tableHeader', fontSize: 8.5 };
  const content: Content = [
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: WIDTHS,
        body: [head, ...report.departures.map((d, i) => filledRow(d, i, language, input.withMinorNames))],
      },
      layout: reportTableLayout,
      fontSize: 8.5,
    },
    ...(report.departures.length === 0 ? [{ text: word(language, 'none'), margin: [0, 8, 0, 0] } as Content] : []),
  ];
  const month = monthName(report.month, language);
  return renderPdf(
    reportFrame({
      language,
      office: input.office,
      title: word(language, 'filledTitle', { month }),
      subtitle: [
        report.gramPanchayat ? word(language, 'gramPanchayat', { name: report.gramPanchayat }) : word(language, 'allGramPanchayats'),
        word(language, 'count', { count: localDigits(String(report.total), language) }),
      ].join('  ·  '),
      date: input.printedOn,
      footerNote: input.withMinorNames ? word(language, 'footerNames') : word(language, 'footerCodes'),
      pageOrientation: 'landscape',
      content,
    }),
  );
}
