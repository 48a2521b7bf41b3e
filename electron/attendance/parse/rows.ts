import { childMonthOf, markOf, type CellValue } from '../marks';
import type { DayMark, ParsedChild } from '../types';
import { classOfText } from './classes';
import { valueAt, type GridRow } from './grid';
import type { SheetLayout } from './layout';
import type { SheetProblems } from './problems';
import { asciiDigits, cellAddress, displayText, numberOf } from './text';

/** Rows under the register that are not children: totals, signatures, daily counts. */
const notAChild =
  /^(grand\s*)?total\b|^মোট|^সর্বমোট|signature|\bsign\b|স্বাক্ষর|head\s*(teacher|master|mistress)|প্রধান\s*শিক্ষক|class\s*teacher|শ্রেণি\s*শিক্ষক|^no\.?\s*of\b|^number\s+of\b|^(boys|girls|students)\s+(present|absent)|^(present|absent)\b|^উপস্থিত|^অনুপস্থিত|^(prepared|checked|verified)\s+by/i;
/** Subheadings some registers put between groups of children. */
const subheading = /^(boys|girls|ছাত্র|ছাত্রী|বালক|বালিকা|(section|sec)\s*[a-h])$/i;

/** After this many rows without a child, the register has ended (what follows is notes or formatting). */
const endOfRegister = 200;

const sexByWord = new Map<string, ParsedChild['sex']>();
for (const [sex, words] of [
  ['male', ['M', 'MALE', 'B', 'BOY', 'ছেলে', 'পুরুষ', 'বালক', 'ছাত্র', 'পুং']],
  ['female', ['F', 'FEMALE', 'G', 'GIRL', 'মেয়ে', 'মহিলা', 'বালিকা', 'ছাত্রী', 'নারী', 'স্ত্রী']],
  ['other', ['T', 'TG', 'TRANSGENDER', 'OTHER', 'O', 'তৃতীয় লিঙ্গ', 'অন্যান্য']],
] as const) {
  for (const word of words) sexByWord.set(word.normalize('NFC'), sex);
}

function sexOf(value: CellValue): ParsedChild['sex'] {
  if (typeof value !== 'string') return null;
  return sexByWord.get(value.normalize('NFC').trim().replace(/\.$/, '').toUpperCase()) ?? null;
}

function rollOf(value: CellValue): string | null {
  if (value === undefined) return null;
  if (typeof value === 'number') return String(value);
  const text = asciiDigits(displayText(value));
  if (text === '') return null;
  return /^\d+$/.test(text) ? String(Number(text)) : text;
}

function sectionOf(value: CellValue): string | null {
  const text = displayText(value);
  if (text === '') return null;
  return /^[a-h]$/i.test(text) ? text.toUpperCase() : text;
}

/** The 0-based column of each day of the month (index = day - 1), -1 where the sheet has none. */
function dayColumnsOf(layout: SheetLayout, monthLength: number): { columns: number[]; days: number[] } {
  const pairs = layout.days ?? Array.from({ length: monthLength }, (_, i) => ({ column: layout.firstDay + i, day: i + 1 }));
  const inMonth = pairs.filter((p) => p.day <= monthLength);
  return { columns: inMonth.map((p) => p.column), days: inMonth.map((p) => p.day - 1) };
}

/** The marks of a row the register left nameless: do they look like a child's attendance? */
function looksLikeMarks(row: GridRow | undefined, columns: number[]): boolean {
  let marks = 0;
  let other = 0;
  for (const column of columns) {
    const value = valueAt(row, column);
    if (value === undefined) continue;
    const mark = markOf(value);
    if (mark === 'P' || mark === 'A' || mark === 'L' || mark === 'D') marks++;
    else if (mark === null) other++;
  }
  return marks >= 3 && marks > other;
}

/** The children of a register sheet, with their marks read and counted. */
export function childrenOf(layout: SheetLayout, monthLength: number, problems: SheetProblems): ParsedChild[] {
  const columns = layout.columns;
  if (!columns) return [];
  const sheet = layout.grid.name;
  const { columns: dayColumns, days } = dayColumnsOf(layout, monthLength);
  const sheetClass = layout.sheetClass;
  const children: ParsedChild[] = [];
  const rows = layout.grid.rows;
  let rowsWithoutChild = 0;
  const marks = new Array<DayMark>(monthLength);
  for (let r = layout.dataStart; r < rows.length && rowsWithoutChild < endOfRegister; r++) {
    const row = rows[r];
    const nameValue = valueAt(row, columns.name);
    const name = typeof nameValue === 'string' ? nameValue.normalize('NFC').trim().replace(/\s+/g, ' ') : '';
    if (name === '' || name === layout.nameHeader || notAChild.test(name)) {
      rowsWithoutChild++;
      if (name === '' && row && looksLikeMarks(row, dayColumns)) {
        problems.add('rowWithoutName', { row: r + 1 }, cellAddress(r, columns.name), r + 1);
      }
      continue;
    }
    rowsWithoutChild = 0;
    marks.fill('.');
    let anyMark = false;
    for (let i = 0; i < dayColumns.length; i++) {
      const column = dayColumns[i] ?? -1;
      const value = valueAt(row, column);
      if (value === undefined) continue;
      const mark = markOf(value);
      if (mark === null) {
        problems.add('invalidMark', { cell: cellAddress(r, column), value: displayText(value) }, cellAddress(r, column), r + 1);
        continue;
      }
      marks[days[i] ?? 0] = mark;
      if (mark !== '.') anyMark = true;
    }
    const roll = columns.roll === null ? null : rollOf(valueAt(row, columns.roll));
    if (!anyMark && roll === null && subheading.test(name)) continue;

    const classCell = columns.class === null ? undefined : valueAt(row, columns.class);
    const rowClass = classCell === undefined ? null : classOfText(displayText(classCell));
    const sectionCell = columns.section === null ? undefined : valueAt(row, columns.section);
    const text = marks.join('');
    const month = childMonthOf(text);
    const statedTotal = columns.total === null ? null : numberOf(valueAt(row, columns.total));
    if (statedTotal !== null && columns.total !== null && Math.abs(statedTotal - month.daysPresent) > 0.001) {
      const cell = cellAddress(r, columns.total);
      problems.add('totalMismatch', { cell, stated: statedTotal, counted: month.daysPresent }, cell, r + 1);
    }
    children.push({
      sheet,
      row: r + 1,
      roll,
      name,
      class: rowClass?.grade ?? sheetClass?.grade ?? null,
      section: sectionOf(sectionCell) ?? rowClass?.section ?? sheetClass?.section ?? null,
      sex: columns.sex === null ? null : sexOf(valueAt(row, columns.sex)),
      marks: text,
      ...month,
      statedTotal,
    });
  }
  return children;
}
