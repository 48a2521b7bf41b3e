import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { classLabel } from '../register/classLabel';
import { localDigits, printedDate, renderPdf, reportFrame, type OfficeDetails, type ReportLanguage } from '../reports/pdf';
import type { VisitListRow } from './visitListRows';
import { attendanceText, monthName, reasonText, visitListWord } from './visitListText';

export interface VisitListInput {
  language: ReportLanguage;
  office: OfficeDetails;
  volunteer: { name: string; phone: string | null; villages: string };
  /** YYYY-MM-DD: the week the list is for, printed in the title. */
  weekOf: string;
  /** YYYY-MM-DD: the date at the head of each page. */
  printedOn: string;
  rows: VisitListRow[];
}

const MUTED = '#52606d';
const RULE = '#9aa5b1';
const GUIDE = '#c3cbd3';

// A4 landscape less reportFrame's 42 pt side margins.
const TABLE_WIDTH = 841.89 - 2 * 42;
const PADDING = 3.5;
/** Tall enough for two lines of handwriting in the last two columns (about 20 mm). */
const ROW_HEIGHT = 58;
const DATE_WIDTH = 54;
/** The printed columns, in points; "What was found" takes the rest of the page. */
const PRINTED_WIDTHS = [92, 72, 62, 70, 30, 106, 78];
const FOUND_WIDTH = TABLE_WIDTH - [...PRINTED_WIDTHS, DATE_WIDTH].reduce((a, b) => a + b, 0) - 9 * 2 * PADDING - 1;
const WRITING_COLUMNS = PRINTED_WIDTHS.length;

/**
 * Rules between the children and boxes around the two columns the volunteer writes in; the
 * header row shaded, as in every report.
 */
const visitListLayout: CustomTableLayout = {
  hLineWidth: (row, node) => (row === 0 || row === 1 || row === node.table.body.length ? 0.8 : 0.5),
  vLineWidth: (column) => (column >= WRITING_COLUMNS ? 0.5 : 0),
  hLineColor: (row) => (row <= 1 ? MUTED : RULE),
  vLineColor: () => RULE,
  fillColor: (row) => (row === 0 ? '#e6f4f1' : null),
  paddingLeft: () => PADDING,
  paddingRight: () => PADDING,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/** Faint lines to write on, so two lines of handwriting fit in the box. */
function writingGuides(width: number): Content {
  const line = (y: number) => ({
    type: 'line' as const,
    x1: 0,
    y1: y,
    x2: width,
    y2: y,
    lineWidth: 0.4,
    lineColor: GUIDE,
    dash: { length: 2 },
  });
  return { canvas: [line(22), line(44)] };
}

function small(text: string): Content {
  return { text, fontSize: 7.5, color: MUTED };
}

function childName(row: VisitListRow, language: ReportLanguage): string {
  return (language === 'bn' ? (row.nameBn ?? row.nameEn) : (row.nameEn ?? row.nameBn)) ?? '';
}

function rowCells(row: VisitListRow, language: ReportLanguage): TableCell[] {
  const guardian = [row.guardianName, row.guardianRelation ? `(${row.guardianRelation})` : null].filter(Boolean).join(' ');
  return [
    { stack: [{ text: childName(row, language), bold: true }, small(row.childCode)] },
    { stack: [{ text: guardian }, ...(row.phone ? [small(localDigits(row.phone, language))] : [])] },
    {
      stack: [
        { text: row.village ?? '' },
        ...(row.gramPanchayat ? [small(visitListWord(language, 'gramPanchayat', { name: row.gramPanchayat }))] : []),
      ],
    },
    { text: row.schoolName ?? '' },
    { text: classLabel(language, row.classGrade, row.section) },
    // Two reasons read as two, not as one long sentence.
    {
      stack: row.reasons.map((reason) => ({
        text: `${row.reasons.length > 1 ? '• ' : ''}${reasonText(language, reason)}`,
        margin: [0, 0, 0, 2],
      })),
    },
    {
      stack: [
        { text: attendanceText(language, row.attendance) },
        ...(row.attendance ? [small(monthName(row.attendance.month, language))] : []),
      ],
    },
    { text: '' },
    writingGuides(FOUND_WIDTH),
  ];
}

/**
 * A volunteer's visit list for one week: A4 landscape, one row per child she still has to visit,
 * with what she needs to find the home and why the child worries the office, and two empty boxed
 * columns for her to write the date of the visit and what she found. Children appear by name:
 * this paper goes to the volunteer who visits them, and says so in its footer.
 */
export async function visitListPdf(input: VisitListInput): Promise<Buffer> {
  const { language, volunteer } = input;
  const word = (key: string, values: Record<string, string> = {}) => visitListWord(language, key, values);
  const header = ['child', 'guardian', 'village', 'school', 'class', 'reasons', 'attendance', 'dateVisited', 'found'].map(
    (key): TableCell => ({ text: word(`columns.${key}`), style: 'tableHeader' }),
  );
  const week = printedDate(input.weekOf, language);
  const facts = [
    volunteer.phone ? word('phone', { phone: localDigits(volunteer.phone, language) }) : null,
    volunteer.villages ? word('villages', { villages: volunteer.villages }) : null,
    word('count', { count: localDigits(String(input.rows.length), language) }),
  ].filter((fact): fact is string => fact !== null);

  const content: Content = [
    { text: word('instructions'), fontSize: 8.5, color: MUTED, margin: [0, 2, 0, 8] },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [...PRINTED_WIDTHS, DATE_WIDTH, FOUND_WIDTH],
        heights: (row) => (row === 0 ? 'auto' : ROW_HEIGHT),
        body: [header, ...input.rows.map((row) => rowCells(row, language))],
      },
      layout: visitListLayout,
      fontSize: 8.5,
    },
  ];

  return renderPdf(
    reportFrame({
      language,
      office: input.office,
      title: word('title', { name: volunteer.name, week }),
      subtitle: facts.join('  ·  '),
      date: input.printedOn,
      // Every page says whose list it is, should the pages come apart in the field.
      footerNote: word('footer', { name: volunteer.name, week }),
      pageOrientation: 'landscape',
      content,
    }),
  );
}
