import type { Content, ContentCanvas, CustomTableLayout, PageOrientation, TDocumentDefinitions } from 'pdfmake/interfaces';
import { REPORT_FONT } from './fontFiles';
import { localDigits, printedDate, type ReportLanguage } from './localNumbers';
import { reportColours } from './reportColours';

/** The office a document comes from, as set up at first start (the `office` row). */
export interface OfficeDetails {
  organisation: string;
  officeName: string;
  block: string;
  district: string;
  /** Letterhead contact details: address, phone, e-mail, as the office entered them. */
  address?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface ReportFrameInput {
  language: ReportLanguage;
  office: OfficeDetails;
  title: string;
  subtitle?: string;
  /** The document's date as stored, YYYY-MM-DD; printed DD/MM/YYYY (in Bengali digits in Bengali). */
  date: string;
  /** The line of text at the foot of every page; by default, that the document is confidential. */
  footerNote?: string;
  pageOrientation?: PageOrientation;
  content: Content;
}

const LABELS = {
  en: {
    block: 'Block',
    district: 'District',
    date: 'Date',
    confidential: 'Confidential',
    page: (page: string, pages: string) => `Page ${page} of ${pages}`,
  },
  bn: {
    block: 'ব্লক',
    district: 'জেলা',
    date: 'তারিখ',
    confidential: 'গোপনীয়',
    page: (page: string, pages: string) => `পৃষ্ঠা ${page} / ${pages}`,
  },
} as const;

const SIDE_MARGIN = 42;
const HEADER_TOP = 26;
const TOP_MARGIN = 80;
const BOTTOM_MARGIN = 52;
const { ink: INK, muted: MUTED, rule: RULE } = reportColours;

/** Thin horizontal rules and a shaded header row: the table look shared by every report. */
export const reportTableLayout: CustomTableLayout = {
  hLineWidth: (row, node) => (row === 0 || row === 1 || row === node.table.body.length ? 0.75 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (row) => (row <= 1 ? MUTED : RULE),
  fillColor: (row) => (row === 0 ? '#e6f4f1' : null),
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

function contactLine(office: OfficeDetails): Content[] {
  const parts = [office.address, office.phone, office.email].filter((p): p is string => Boolean(p));
  return parts.length ? [{ text: parts.join(' · '), fontSize: 8, color: MUTED }] : [];
}

function rule(width: number): ContentCanvas {
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.75, lineColor: RULE }] };
}

/**
 * The frame every official document shares, around the report's own content: A4, the office's
 * details and the date at the head of each page, the title on the first, and a footer with a note
 * and "Page X of Y". Render the result with renderPdf().
 */
export function reportFrame(input: ReportFrameInput): TDocumentDefinitions {
  const labels = LABELS[input.language];
  const { office } = input;
  const date = printedDate(input.date, input.language);
  const heading: Content[] = [{ text: input.title, style: 'reportTitle' }];
  if (input.subtitle !== undefined) heading.push({ text: input.subtitle, style: 'reportSubtitle' });

  return {
    pageSize: 'A4',
    pageOrientation: input.pageOrientation ?? 'portrait',
    pageMargins: [SIDE_MARGIN, TOP_MARGIN, SIDE_MARGIN, BOTTOM_MARGIN],
    language: input.language === 'bn' ? 'bn-IN' : 'en-IN',
    info: { title: input.title, author: office.organisation, creator: 'Suraksha' },
    defaultStyle: { font: REPORT_FONT, fontSize: 10, color: INK },
    styles: {
      reportTitle: { fontSize: 15, bold: true, margin: [0, 0, 0, 2] },
      reportSubtitle: { fontSize: 10.5, color: MUTED, margin: [0, 0, 0, 2] },
      sectionHeading: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
      tableHeader: { bold: true, fontSize: 9.5 },
    },
    header: (_page, _pages, pageSize) => ({
      margin: [SIDE_MARGIN, HEADER_TOP, SIDE_MARGIN, 0],
      stack: [
        {
          columns: [
            {
              width: '*',
              stack: [
                { text: office.organisation, bold: true, fontSize: 11 },
                { text: office.officeName, fontSize: 9, color: MUTED },
                ...contactLine(office),
              ],
            },
            {
              width: 'auto',
              alignment: 'right',
              stack: [
                { text: `${labels.date}: ${date}`, fontSize: 9 },
                { text: `${labels.block}: ${office.block}, ${labels.district}: ${office.district}`, fontSize: 9, color: MUTED },
              ],
            },
          ],
        },
        { ...rule(pageSize.width - 2 * SIDE_MARGIN), margin: [0, 5, 0, 0] },
      ],
    }),
    footer: (page, pages, pageSize) => ({
      margin: [SIDE_MARGIN, 14, SIDE_MARGIN, 0],
      stack: [
        rule(pageSize.width - 2 * SIDE_MARGIN),
        {
          margin: [0, 4, 0, 0],
          fontSize: 8.5,
          color: MUTED,
          columns: [
            { width: '*', text: input.footerNote ?? labels.confidential },
            {
              width: 'auto',
              text: labels.page(localDigits(String(page), input.language), localDigits(String(pages), input.language)),
            },
          ],
        },
      ],
    }),
    content: [{ stack: heading, margin: [0, 0, 0, 10] }, input.content],
  };
}
