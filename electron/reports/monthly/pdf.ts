import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { printedDate, renderPdf, reportFrame, reportTableLayout, type OfficeDetails, type ReportLanguage } from '../pdf';
import { monthName } from '../../shared/reasonWords';
import type { MonthlySection } from '../../shared/monthlyReport';
import type { MonthlyFigures } from './figures';
import { keepHeadingsWithTables, sectionContent } from './pdfSections';
import { tableWords } from './reportTable';
import { sectionTables } from './sectionTables';

export interface AnnexChild {
  caseNumber: string;
  childCode: string;
  name: string;
  sex: 'female' | 'male' | 'other';
  age: number | null;
}

export interface MonthlyPdfInput {
  language: ReportLanguage;
  office: OfficeDetails;
  figures: MonthlyFigures;
  /** The sections to print, in order (cover first when on). */
  sections: MonthlySection[];
  /** Who prepared it and when: the signer of a closed version, or the reader of a draft. */
  preparedBy: string;
  preparedOn: string;
  signed: { name: string; at: string; version: number } | null;
  annex?: { reason: string; children: AnnexChild[] };
}

/** The office's clock time of a stored ISO instant, as the signature prints it: 14:05. */
const clock = (iso: string) => new Date(iso).toISOString().slice(11, 16);

/** The report's pdfmake document (monthlyReportPdf renders it; the tests read its tables). */
export function monthlyReportDocument(input: MonthlyPdfInput): TDocumentDefinitions {
  const { language, figures: f } = input;
  const w = tableWords(language);
  const { t, n } = w;
  const month = monthName(f.month, language);
  const prepared = { by: input.preparedBy, on: input.preparedOn };
  const content: Content[] = [];
  input.sections.forEach((section, number) => {
    content.push(
      ...sectionContent(`${n(number)}. ${t(`sections.${section}`)}`, sectionTables(section, f, language, prepared), language, section),
    );
  });
  content.push({
    unbreakable: true,
    margin: [0, 24, 0, 0],
    stack: [
      { text: t('pdf.signature'), bold: true },
      input.signed
        ? {
            text: t('pdf.signedBy', {
              name: input.signed.name,
              date: printedDate(input.signed.at.slice(0, 10), language),
              time: clock(input.signed.at).replace(/\d/g, (d) => n(Number(d))),
              version: input.signed.version,
            }),
            margin: [0, 4, 0, 0],
          }
        : { text: t('pdf.draftSignature'), color: '#8a1c1c', margin: [0, 4, 0, 0] },
      { canvas: [{ type: 'line', x1: 0, y1: 36, x2: 220, y2: 36, lineWidth: 0.6 }] },
      { text: t('pdf.nameAndDate'), fontSize: 8.5, color: '#52606d', margin: [0, 2, 0, 0] },
    ],
  });
  if (input.annex) {
    content.push({ text: t('pdf.annexTitle'), style: 'sectionHeading', pageBreak: 'before' });
    content.push({ text: t('pdf.annexReason', { reason: input.annex.reason }), margin: [0, 0, 0, 4] });
    content.push({ text: t('pdf.annexWarning'), bold: true, margin: [0, 0, 0, 8] });
    content.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [90, 90, '*', 50, 40],
        body: [
          [t('words.caseNumber'), t('words.childCodes'), t('words.childName'), t('words.sex'), t('words.age')].map((h) => ({
            text: h,
            style: 'tableHeader',
          })),
          ...input.annex.children.map((c) => [c.caseNumber, c.childCode, c.name, t(`words.${c.sex}`), c.age === null ? '—' : n(c.age)]),
        ],
      },
      layout: reportTableLayout,
    });
  }
  const document: TDocumentDefinitions = reportFrame({
    language,
    office: input.office,
    title: t('pdf.title'),
    subtitle: t('pdf.subtitle', { month, office: input.office.officeName }),
    date: input.preparedOn,
    footerNote: t('pdf.confidential'),
    content,
  });
  // The file's own dates are the signing time (or the day printed), so a reprint is byte for byte the same.
  const stamp = new Date(input.signed?.at ?? `${input.preparedOn}T00:00:00Z`);
  document.info = { ...document.info, creationDate: stamp, modDate: stamp } as typeof document.info;
  document.pageBreakBefore = keepHeadingsWithTables;
  return document;
}

/**
 * The monthly report as PDF: A4 on the letterhead, numbered sections, tables whose rows never split
 * and whose headings never stand alone at a page's foot, the signature block, and the confidential
 * annex only when asked for with a reason. Rendered from the figures alone, so a closed version
 * prints the same report whenever it is printed.
 */
export async function monthlyReportPdf(input: MonthlyPdfInput): Promise<Buffer> {
  return renderPdf(monthlyReportDocument(input));
}
