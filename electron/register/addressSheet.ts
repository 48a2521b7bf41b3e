import ExcelJS from 'exceljs';
import { translate, type Language } from '../api/messages';
import { UserError } from '../api/errors';
import type { MessageKey } from '../shared/problem';

/**
 * The "children missing an address" workbook the office downloads, fills in (village, GP, guardian,
 * phone) and uploads back. Its columns are found by their headers in either language, so a sheet
 * downloaded in Bengali and filled on an English PC (or with columns moved) reads the same. Reading
 * it writes nothing: it returns the rows, or every problem at once, each naming sheet, row and column.
 */

export const addressColumns = ['code', 'name', 'school', 'class', 'roll', 'guardianName', 'phone', 'village', 'gramPanchayat'] as const;
export type AddressColumn = (typeof addressColumns)[number];
/** The columns the office fills in; the others say which child the row is. */
export const fillableColumns = ['guardianName', 'phone', 'village', 'gramPanchayat'] as const satisfies readonly AddressColumn[];
export type FillableColumn = (typeof fillableColumns)[number];

export const addressHeaderKeys: Record<AddressColumn, string> = {
  code: 'register.children.columns.code',
  name: 'register.addresses.columns.name',
  school: 'register.children.columns.school',
  class: 'register.children.columns.class',
  roll: 'register.children.columns.roll',
  guardianName: 'register.form.guardianName',
  phone: 'register.form.phone',
  village: 'register.form.village',
  gramPanchayat: 'register.form.gramPanchayat',
};

export interface AddressRow {
  /** 1-based row of the sheet. */
  row: number;
  childCode: string;
  values: Record<FillableColumn, string | null>;
}

const headerSearchRows = 5;
const maxText = 200;

const normal = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value && value.result !== undefined && value.result !== null) return cellText(value.result as ExcelJS.CellValue);
  }
  return String(value);
}

const bengaliDigits = /[\u09E6-\u09EF]/g;
const latin = (text: string) => text.replace(bengaliDigits, (d) => String(d.charCodeAt(0) - 0x09e6));

/** A phone as the child's form stores it, or undefined when the text is not one. */
export function phoneText(text: string): string | undefined {
  const compact = latin(text).replace(/[\s\-.()]/g, '');
  return /^(\+91)?[0-9]{10,11}$/.test(compact) ? compact : undefined;
}

function columnLetter(column: number): string {
  let out = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

type SheetProblem = { key: MessageKey; values: Record<string, string | number>; sheet: string; row: number; column: number; cell: string };

function problem(key: MessageKey, sheet: string, row: number, column: number, values: Record<string, string | number> = {}): SheetProblem {
  const cell = column > 0 ? `${columnLetter(column)}${row}` : '';
  return { key, values: { sheet, row, cell, ...values }, sheet, row, column, cell };
}

/** Every problem as one UserError, in the sheet's order, the first carrying where it is; `fields` lists each with its cell. */
export function refusal(problems: SheetProblem[]): UserError {
  const ordered = [...problems].sort((a, b) => a.row - b.row || a.column - b.column);
  const errors = ordered.map(
    (p) => new UserError('invalid_file', p.key, p.values, { sheet: p.sheet, row: p.row, cell: p.cell, field: p.cell || p.sheet }, 400),
  );
  return UserError.allOf(errors) ?? new UserError('invalid_file', 'errors.addresses.noSheet', {}, {}, 400);
}

/** Where each known header is, looked for in both languages in the first rows of the sheet. */
function findHeader(sheet: ExcelJS.Worksheet): { row: number; columns: Map<AddressColumn, number>; texts: Map<number, string> } | null {
  const labels = new Map<string, AddressColumn>();
  for (const language of ['en', 'bn'] as Language[])
    for (const column of addressColumns) labels.set(normal(translate(language, addressHeaderKeys[column])), column);
  for (let r = 1; r <= Math.min(headerSearchRows, sheet.rowCount); r++) {
    const columns = new Map<AddressColumn, number>();
    const texts = new Map<number, string>();
    sheet.getRow(r).eachCell((cell, c) => {
      const text = cellText(cell.value).trim();
      const column = labels.get(normal(text));
      texts.set(c, text);
      if (column && !columns.has(column)) columns.set(column, c);
    });
    if (columns.has('code')) return { row: r, columns, texts };
  }
  return null;
}

/**
 * The rows of the uploaded workbook's first sheet, each with the child's code and the four fillable
 * values (null for a blank cell), and the problems of its cells (a code missing or written twice, a
 * phone that is not one, a text too long). Throws only when the file itself cannot be read as the
 * list: not a workbook, no code column, nothing to fill.
 */
export async function readAddressSheet(
  bytes: Buffer,
  fileName: string,
): Promise<{ sheet: string; codeColumn: number; rows: AddressRow[]; problems: SheetProblem[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UserError('invalid_file', 'errors.addresses.notWorkbook', { file: fileName }, { file: fileName }, 400);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UserError('invalid_file', 'errors.addresses.noSheet', { file: fileName }, { file: fileName }, 400);
  const header = findHeader(sheet);
  if (!header) throw refusal([problem('errors.addresses.noCodeColumn', sheet.name, 1, 0, { file: fileName })]);
  if (!fillableColumns.some((c) => header.columns.has(c)))
    throw refusal([problem('errors.addresses.noFillableColumn', sheet.name, header.row, 0, { file: fileName })]);

  const problems: SheetProblem[] = [];
  const rows: AddressRow[] = [];
  const seen = new Map<string, number>();
  const codeColumn = header.columns.get('code') ?? 1;
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const text = (c: number | undefined) =>
      c === undefined ? '' : cellText(row.getCell(c).value).normalize('NFC').replace(/\s+/g, ' ').trim();
    const childCode = latin(text(codeColumn)).toUpperCase();
    const values = {} as Record<FillableColumn, string | null>;
    let written = false;
    for (const column of fillableColumns) {
      const c = header.columns.get(column);
      const value = text(c);
      values[column] = value === '' ? null : value;
      if (value !== '') written = true;
      if (c === undefined || value === '') continue;
      // The column as the sheet names it, in the language it was downloaded in.
      const columnName = header.texts.get(c) ?? columnLetter(c);
      if (value.length > maxText)
        problems.push(problem('errors.addresses.tooLong', sheet.name, r, c, { column: columnName, max: maxText }));
      if (column === 'phone') {
        const phone = phoneText(value);
        if (phone === undefined) problems.push(problem('errors.addresses.phone', sheet.name, r, c, { column: columnName, value }));
        else values.phone = phone;
      }
    }
    if (childCode === '') {
      if (written) problems.push(problem('errors.addresses.noCode', sheet.name, r, codeColumn));
      continue;
    }
    const earlier = seen.get(childCode);
    if (earlier !== undefined)
      problems.push(problem('errors.addresses.codeTwice', sheet.name, r, codeColumn, { code: childCode, earlier }));
    seen.set(childCode, r);
    rows.push({ row: r, childCode, values });
  }
  return { sheet: sheet.name, codeColumn, rows, problems };
}

/** The rows whose code is of no child of the register, as problems at their code cell. */
export function unknownCodes(read: { sheet: string; codeColumn: number; rows: AddressRow[] }, known: Set<string>): SheetProblem[] {
  return read.rows
    .filter((r) => !known.has(r.childCode))
    .map((r) => problem('errors.addresses.unknownCode', read.sheet, r.row, read.codeColumn, { code: r.childCode }));
}
