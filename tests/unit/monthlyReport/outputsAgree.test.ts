import ExcelJS from 'exceljs';
import type { Content } from 'pdfmake/interfaces';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDigits } from '../../../electron/reports/pdf';
import { monthlyReportDocument } from '../../../electron/reports/monthly/pdf';
import { monthlyReportWorkbook, rupeesFormat } from '../../../electron/reports/monthly/workbook';
import type { MonthlyFigures } from '../../../electron/reports/monthly/figures';
import { formatRupees } from '../../../electron/shared/money';
import type { Caller, TestHost } from '../testHost';
import { octoberFixture, reportOffice as office } from './fixture';

let t: TestHost & { admin: Caller };
let figures: MonthlyFigures;

beforeAll(async () => {
  const fixture = await octoberFixture();
  t = fixture.t;
  await t.ok(
    'reports.saveMonthNotes',
    { month: '2026-10', escalations: [{ caseId: fixture.cases.abuse ?? 0, note: 'CWC order awaited' }], nextMonthPlan: 'Visit Khejurtala' },
    fixture.manager,
  );
  ({ figures } = await t.ok('reports.monthlyFigures', { month: '2026-10' }, fixture.manager));
});
afterAll(() => t.cleanup());

type Lines = string[][];

/** The PDF's sections as a reader sees them: per section, its sub-headings, table rows and notes, cell by cell. */
function pdfLines(content: Content[]): Lines[] {
  const sections: Lines[] = [];
  for (const node of content) {
    const n = node as { style?: string; text?: string; table?: { body: { text: string }[][] }; stack?: unknown };
    if (n.stack) break;
    if (n.style === 'sectionHeading') sections.push([]);
    else if (n.table) sections[sections.length - 1]?.push(...n.table.body.map((r) => r.map((c) => c.text)));
    else if (typeof n.text === 'string') sections[sections.length - 1]?.push([n.text]);
  }
  return sections;
}

/** The workbook's sheets the same way: numbers printed as the PDF prints them, blank rows and the title left out. */
async function workbookLines(base64: string, language: 'en' | 'bn'): Promise<Lines[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const lines: Lines = [];
    sheet.eachRow((row, r) => {
      if (r === 1) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => {
        const v = cell.value;
        if (typeof v === 'number')
          cells.push(cell.numFmt === rupeesFormat ? formatRupees(Math.round(v * 100), language) : localDigits(String(v), language));
        else cells.push(String(v ?? ''));
      });
      if (cells.some((c) => c !== '')) lines.push(cells);
    });
    return lines;
  });
}

describe('the PDF and the workbook print the same tables', () => {
  for (const language of ['en', 'bn'] as const)
    it(`cell for cell, every section, in ${language === 'en' ? 'English' : 'Bengali'}`, async () => {
      const input = {
        language,
        office,
        figures,
        sections: figures.sections,
        preparedBy: 'Rekha Sen',
        preparedOn: '2026-11-24',
        signed: null,
      };
      const document = monthlyReportDocument(input);
      const pdf = pdfLines((document.content as Content[])[1] as Content[]);
      const file = await monthlyReportWorkbook(figures, figures.sections, language, { by: 'Rekha Sen', on: '2026-11-24' });
      const sheets = await workbookLines(file.contentBase64, language);
      expect(pdf).toHaveLength(11);
      expect(sheets).toEqual(pdf);
      // The committees' total row is summed in both (it was blank in the workbook).
      const committees = pdf[figures.sections.indexOf('committees')] ?? [];
      const total = committees.find((r) => r[0] === (language === 'en' ? 'Total' : 'মোট'));
      expect(total).toHaveLength(8);
      expect(total?.every((c) => c !== '')).toBe(true);
      // Money in both: the PDF's rupees are the workbook's number.
      const sponsorship = sheets[figures.sections.indexOf('sponsorship')] ?? [];
      expect(sponsorship.some((r) => r[1] === formatRupees(0, language))).toBe(true);
      expect(sheets.flat(2)).toContain('CWC order awaited');
    });
});
