import ExcelJS from 'exceljs';
import { cellValue } from '../reports/excel/cellText';
import type { ExportedFile } from '../reports/excel/listWorkbook';

export interface SheetColumn<T> {
  header: string;
  width: number;
  /** Money columns return paise; the cell holds rupees with two decimals in lakh grouping. */
  value: (row: T) => string | number | null;
  money?: boolean;
}

/** Lakh grouping in Excel's own format language: 1,23,45,678.00, as the office writes money. */
export const RUPEE_FORMAT = '[>=10000000]##\\,##\\,##\\,##0.00;[>=100000]##\\,##\\,##0.00;##,##0.00';

/** Paise as the rupee number a spreadsheet cell holds. */
export function rupeesCell(paise: number): number {
  return paise / 100;
}

/**
 * One sheet in the house style of listWorkbook (title row, bold frozen filtered header, then rows), with
 * money columns as numbers an accountant can add up, and an optional bold total row beneath.
 * Values are written as text or numbers, never formulas, so text that starts with "=" runs nothing.
 */
export function addReportSheet<T>(
  workbook: ExcelJS.Workbook,
  options: { sheetName: string; title: string; columns: SheetColumn<T>[]; rows: Iterable<T>; total?: T },
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(options.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = options.columns.map((c) => ({ width: c.width, style: c.money ? { numFmt: RUPEE_FORMAT } : {} }));
  sheet.addRow([cellValue(options.title)]).font = { bold: true, size: 13 };
  const header = sheet.addRow(options.columns.map((c) => cellValue(c.header)));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4F1' } };
  const cells = (row: T) =>
    options.columns.map((c) => {
      const value = c.value(row);
      return c.money && typeof value === 'number' ? rupeesCell(value) : cellValue(value);
    });
  for (const row of options.rows) sheet.addRow(cells(row));
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: options.columns.length } };
  if (options.total !== undefined) sheet.addRow(cells(options.total)).font = { bold: true };
  return sheet;
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Suraksha';
  return workbook;
}

export async function workbookFile(workbook: ExcelJS.Workbook, fileName: string): Promise<ExportedFile> {
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName, contentBase64: Buffer.from(buffer).toString('base64') };
}
