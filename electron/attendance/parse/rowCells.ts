import { isOpenMark, markOf, type CellValue } from '../marks';
import type { ParsedChild } from '../types';
import { valueAt, type GridRow } from './grid';
import type { SheetLayout } from './layout';
import { asciiDigits, displayText, numberOf } from './text';

/** Reading the cells of one register row: sex, roll, section, and whether the row is marks or something else. */

const sexByWord = new Map<string, ParsedChild['sex']>();
for (const [sex, words] of [
  ['male', ['M', 'MALE', 'B', 'BOY', 'ছেলে', 'পুরুষ', 'বালক', 'ছাত্র', 'পুং']],
  ['female', ['F', 'FEMALE', 'G', 'GIRL', 'মেয়ে', 'মহিলা', 'বালিকা', 'ছাত্রী', 'নারী', 'স্ত্রী']],
  ['other', ['T', 'TG', 'TRANSGENDER', 'OTHER', 'O', 'তৃতীয় লিঙ্গ', 'অন্যান্য']],
] as const) {
  for (const word of words) sexByWord.set(word.normalize('NFC'), sex);
}

export function sexOf(value: CellValue): ParsedChild['sex'] {
  if (typeof value !== 'string') return null;
  return sexByWord.get(value.normalize('NFC').trim().replace(/\.$/, '').toUpperCase()) ?? null;
}

export function rollOf(value: CellValue): string | null {
  if (value === undefined) return null;
  if (typeof value === 'number') return String(value);
  const text = asciiDigits(displayText(value));
  if (text === '') return null;
  return /^\d+$/.test(text) ? String(Number(text)) : text;
}

export function sectionOf(value: CellValue): string | null {
  const text = displayText(value);
  if (text === '') return null;
  return /^[a-h]$/i.test(text) ? text.toUpperCase() : text;
}

/** The 0-based column of each day of the month (index = day - 1), -1 where the sheet has none. */
export function dayColumnsOf(layout: SheetLayout, monthLength: number): { columns: number[]; days: number[] } {
  const pairs = layout.days ?? Array.from({ length: monthLength }, (_, i) => ({ column: layout.firstDay + i, day: i + 1 }));
  const inMonth = pairs.filter((p) => p.day <= monthLength);
  return { columns: inMonth.map((p) => p.column), days: inMonth.map((p) => p.day - 1) };
}

/** The marks of a row the register left nameless: do they look like a child's attendance? */
export function looksLikeMarks(row: GridRow | undefined, columns: number[]): boolean {
  let marks = 0;
  let other = 0;
  for (const column of columns) {
    const value = valueAt(row, column);
    if (value === undefined) continue;
    const mark = markOf(value);
    if (mark !== null && isOpenMark(mark)) marks++;
    else if (mark === null) other++;
  }
  return marks >= 3 && marks > other;
}

export function firstTextOf(row: GridRow | undefined): string {
  if (!row) return '';
  for (let c = 0; c < row.length; c++) {
    const text = displayText(valueAt(row, c));
    if (text !== '' && !/^\d+$/.test(asciiDigits(text))) return text;
  }
  return '';
}

/** The day numbers again (a header repeated after a page break): the first two day cells read 1 and 2. */
export function dayNumbersAgain(row: GridRow | undefined, columns: number[]): boolean {
  const first = numberOf(valueAt(row, columns[0] ?? -1));
  const second = numberOf(valueAt(row, columns[1] ?? -1));
  return first === 1 && second === 2 && numberOf(valueAt(row, columns[2] ?? -1)) === 3;
}
