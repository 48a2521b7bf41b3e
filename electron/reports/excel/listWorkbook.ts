import ExcelJS from 'exceljs';
import { cellValue } from './cellText';

export interface ListColumn<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
}

export interface ExportedFile {
  fileName: string;
  contentBase64: string;
}

/**
 * Any list on screen as an .xlsx workbook: a title row saying what was exported and when, a bold
 * frozen header row with a filter, then the rows. Values are written as text or numbers, never
 * formulas, so a name that starts with "=" cannot run anything in the office's spreadsheet.
 */
export async function listWorkbook<T>(options: {
  sheetName: string;
  title: string;
  columns: ListColumn<T>[];
  rows: Iterable<T>;
  fileName: string;
}): Promise<ExportedFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Suraksha';
  const sheet = workbook.addWorksheet(options.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = options.columns.map((c) => ({ width: c.width }));
  sheet.addRow([cellValue(options.title)]).font = { bold: true, size: 13 };
  const header = sheet.addRow(options.columns.map((c) => cellValue(c.header)));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4F1' } };
  // Every writer strips what XML forbids: a noncharacter stored before the door refused them must not spoil the file.
  for (const row of options.rows) sheet.addRow(options.columns.map((c) => cellValue(c.value(row))));
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: options.columns.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: options.fileName, contentBase64: Buffer.from(buffer).toString('base64') };
}
