import { translate } from '../../api/messages';
import type { MonthlySection } from '../../shared/monthlyReport';
import { monthName } from '../../shared/reasonWords';
import { cellValue } from '../excel/cellText';
import type { ExportedFile } from '../excel/listWorkbook';
import ExcelJS from 'exceljs';
import type { MonthlyFigures } from './figures';
import { cellText, type ReportBlock, type ReportCell } from './reportTable';
import { sectionTables, type Prepared } from './sectionTables';

type Language = 'en' | 'bn';

/** Rupees with paise, in the Indian grouping: the cell stays a number a reader can add up. */
export const rupeesFormat = '"₹"#,##,##0.00';

/** A count or an amount as a number (the "< 5" and "×" of a suppressed count as the PDF prints them), words as words. */
function excelCell(cell: ReportCell, language: Language): { value: string | number | null; money: boolean } {
  if ('paise' in cell) return { value: cell.paise / 100, money: true };
  if ('count' in cell && typeof cell.count === 'number') return { value: cell.count, money: false };
  return { value: cellValue(cellText(cell, language)), money: false };
}

function drawBlocks(sheet: ExcelJS.Worksheet, blocks: ReportBlock[], language: Language) {
  for (const block of blocks) {
    if (block.heading !== undefined) sheet.addRow([cellValue(block.heading)]).font = { bold: true };
    if (block.kind === 'paragraph') {
      sheet.addRow([cellValue(block.text)]);
    } else {
      sheet.addRow(block.columns.map((c) => cellValue(c))).font = { bold: true };
      for (const [cells, bold] of [...block.rows.map((r) => [r, false] as const), ...block.totals.map((r) => [r, true] as const)]) {
        const drawn = cells.map((c) => excelCell(c, language));
        const row = sheet.addRow(drawn.map((d) => d.value));
        drawn.forEach((d, i) => {
          if (d.money) row.getCell(i + 1).numFmt = rupeesFormat;
        });
        if (bold) row.font = { bold: true };
      }
      for (const note of block.footnotes) sheet.addRow([cellValue(note)]).font = { italic: true };
    }
    sheet.addRow([]);
  }
}

/** The report as a workbook: one sheet per section, in the report's order, the same tables as the PDF (sectionTables.ts). */
export async function monthlyReportWorkbook(
  f: MonthlyFigures,
  sections: MonthlySection[],
  language: Language,
  prepared: Prepared,
): Promise<ExportedFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Suraksha';
  sections.forEach((section, i) => {
    const name = `${i}. ${translate(language, `monthlyReport.sections.${section}`)}`.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    const sheet = workbook.addWorksheet(name);
    sheet.columns = [{ width: 48 }, ...Array.from({ length: 7 }, () => ({ width: 14 }))];
    sheet.addRow([
      cellValue(
        translate(language, 'monthlyReport.excel.fileTitle', {
          section: translate(language, `monthlyReport.sections.${section}`),
          month: monthName(f.month, language),
        }),
      ),
    ]).font = { bold: true, size: 13 };
    sheet.addRow([]);
    drawBlocks(sheet, sectionTables(section, f, language, prepared), language);
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: `monthly-report-${f.month}.xlsx`, contentBase64: Buffer.from(buffer).toString('base64') };
}
