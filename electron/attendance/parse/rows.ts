import { childMonthOf, isOpenMark, markOf, unknownMarkKey, type CellValue } from '../marks';
import { dayColumnsOf, dayNumbersAgain, firstTextOf, looksLikeMarks, rollOf, sectionOf, sexOf } from './rowCells';
import { addressOfRow, type RowAddress } from './rowAddress';
import type { Closure, DayMark, MarkMeaning, ParsedChild, SkippedReason, SkippedRow } from '../types';
import { classOfText } from './classes';
import { valueAt } from './grid';
import { headerRoleOf } from './headerWords';
import type { SheetLayout } from './layout';
import { blockCellKey, blockCells, dayBlocksOf, type DayBlock } from './merges';
import type { SheetProblems } from './problems';
import { labelReason, sectionLabelOf, weekdayRow } from './rowKinds';
import { cellAddress, displayText, numberOf } from './text';
import { tallyUnknown, type UnknownTally } from './unknownMarks';

/** After this many rows without a child, the register has ended (what follows is notes or formatting). */
const endOfRegister = 200;
/** Rows listed as skipped per sheet; past this they are only counted by the register's end. */
const skippedRowsListed = 200;

/** '?' stands for a cell holding something that is not a mark, until the day is known open or closed. */
type RawMark = DayMark | '?';

interface Pending {
  row: number;
  name: string;
  roll: string | null;
  marks: RawMark[];
  /** Cells of '?' marks, by day index. */
  unknown: Map<number, { cell: string; key: string }>;
  section: string | null;
  classCell: CellValue;
  sectionCell: CellValue;
  sex: ParsedChild['sex'];
  statedTotal: number | null;
  address: RowAddress;
}

export interface SheetRead {
  children: ParsedChild[];
  skippedRows: SkippedRow[];
  closures: Closure[];
  /** By day index: the school was open that day, for this sheet. */
  open: boolean[];
  unmarkedDays: number;
}

export interface RowChoices {
  /** What each unknown mark means, by unknownMarkKey. */
  meanings: Readonly<Record<string, MarkMeaning>>;
  /** `${sheet}!${row}` → a corrected roll, or null to leave the row out. */
  rolls: Readonly<Record<string, string | null>>;
  /** The file's unknown marks so far (shared by its sheets). */
  unknown: UnknownTally;
}

/** The children of a register sheet, with their marks read and counted against the sheet's open days. */
export function childrenOf(layout: SheetLayout, monthLength: number, problems: SheetProblems, choices: RowChoices): SheetRead {
  const read: SheetRead = {
    children: [],
    skippedRows: [],
    closures: [],
    open: new Array<boolean>(monthLength).fill(false),
    unmarkedDays: 0,
  };
  const columns = layout.columns;
  if (!columns) return read;
  const sheet = layout.grid.name;
  const { columns: dayColumns, days } = dayColumnsOf(layout, monthLength);
  const blocks = dayBlocksOf(layout.grid, layout.dataStart, dayColumns);
  const inBlock = blockCells(blocks);
  const rows = layout.grid.rows;
  const pending: Pending[] = [];
  const sundays = new Map<number, string>();
  const skip = (r: number, reason: SkippedReason, text: string) => {
    if (read.skippedRows.length < skippedRowsListed) read.skippedRows.push({ row: r + 1, reason, text });
  };
  let section: string | null = null;
  let rowsWithoutChild = 0;

  for (let r = layout.dataStart; r < rows.length && rowsWithoutChild < endOfRegister; r++) {
    const row = rows[r];
    const nameValue = valueAt(row, columns.name);
    const name = typeof nameValue === 'string' ? nameValue.normalize('NFC').trim().replace(/\s+/g, ' ') : '';
    const text = name === '' ? firstTextOf(row) : name;
    if (text === '') {
      // Blank, or only a serial number (a template's numbered rows below the last child): not worth listing.
      rowsWithoutChild++;
      if (row && looksLikeMarks(row, dayColumns)) {
        problems.add('rowWithoutName', { row: r + 1 }, cellAddress(r, columns.name), r + 1);
        skip(r, 'noName', '');
      }
      continue;
    }
    const labelledSection = sectionLabelOf(text);
    if (labelledSection !== null) {
      section = labelledSection;
      skip(r, 'section', text);
      rowsWithoutChild++;
      continue;
    }
    const dayValues = dayColumns.map((c) => valueAt(row, c));
    const weekdays = weekdayRow(dayValues);
    if (weekdays) {
      for (const i of weekdays.sundays) sundays.set(i, displayText(dayValues[i]));
      skip(r, 'weekdays', text);
      rowsWithoutChild++;
      continue;
    }
    if (name === '') {
      rowsWithoutChild++;
      if (looksLikeMarks(row, dayColumns)) {
        problems.add('rowWithoutName', { row: r + 1 }, cellAddress(r, columns.name), r + 1);
        skip(r, 'noName', text);
      } else skip(r, labelReason(text) ?? 'noName', text);
      continue;
    }
    const label =
      name === layout.nameHeader || headerRoleOf(name) === 'name' || dayNumbersAgain(row, dayColumns) ? 'header' : labelReason(name);
    if (label !== null) {
      rowsWithoutChild++;
      skip(r, label, name);
      continue;
    }

    const key = `${sheet}!${r + 1}`;
    const rollChoice = choices.rolls[key];
    if (rollChoice === null) {
      skip(r, 'leftOut', name);
      continue;
    }
    const marks = new Array<RawMark>(monthLength).fill('.');
    const unknown = new Map<number, { cell: string; key: string }>();
    let known = 0;
    let counts = 0;
    for (let i = 0; i < dayColumns.length; i++) {
      const column = dayColumns[i] ?? -1;
      if (inBlock.has(blockCellKey(r, i))) continue;
      const value = valueAt(row, column);
      if (value === undefined) continue;
      const day = days[i] ?? 0;
      const mark = markOf(value);
      if (mark !== null) {
        marks[day] = mark;
        if (mark !== '.') known++;
        continue;
      }
      if (typeof value === 'number') counts++;
      const markKey = unknownMarkKey(displayText(value));
      const meaning = choices.meanings[markKey];
      marks[day] = meaning ?? '?';
      unknown.set(day, { cell: cellAddress(r, column), key: markKey });
    }
    // A row of day-wise counts under a label the register made up ("P.T.", "Att."): numbers, not marks.
    if (counts >= 3 && known === 0) {
      rowsWithoutChild++;
      skip(r, 'dailyCount', name);
      continue;
    }
    const roll = rollChoice ?? (columns.roll === null ? null : rollOf(valueAt(row, columns.roll)));
    if (known === 0 && unknown.size === 0 && roll === null) {
      rowsWithoutChild++;
      skip(r, 'noMarks', name);
      continue;
    }
    rowsWithoutChild = 0;
    pending.push({
      row: r,
      name,
      roll,
      marks,
      unknown,
      section,
      classCell: columns.class === null ? undefined : valueAt(row, columns.class),
      sectionCell: columns.section === null ? undefined : valueAt(row, columns.section),
      sex: columns.sex === null ? null : sexOf(valueAt(row, columns.sex)),
      statedTotal: columns.total === null ? null : numberOf(valueAt(row, columns.total)),
      address: addressOfRow(row, r, layout.address, problems),
    });
  }

  const closed = closedDays(blocks, pending, days, monthLength, sundays, read.closures);
  markOpenDays(read, pending, closed, monthLength);
  for (const child of pending) read.children.push(finish(child, layout, read, closed, problems, choices));
  read.closures.sort((a, b) => a.from - b.from);
  return read;
}

/** Days closed by the register's own hand: blocks merged over days, Sunday columns of the weekday row. */
function closedDays(
  blocks: DayBlock[],
  pending: Pending[],
  days: number[],
  monthLength: number,
  sundays: Map<number, string>,
  closures: Closure[],
): boolean[] {
  const closed = new Array<boolean>(monthLength).fill(false);
  const byRow = new Map(pending.map((p) => [p.row, p]));
  for (const block of blocks) {
    const mark = markOf(block.text);
    const blockDays = days.slice(block.first, block.last + 1);
    if (mark !== null && isOpenMark(mark)) {
      // "Absent" written once across a fortnight of one child's row: that child's mark on each of those days.
      for (let r = block.top; r <= block.bottom; r++) {
        const child = byRow.get(r);
        if (child) for (const day of blockDays) child.marks[day] = mark;
      }
      continue;
    }
    const othersMarked = pending.some(
      (p) => (p.row < block.top || p.row > block.bottom) && blockDays.some((d) => isOpenMark(p.marks[d] ?? '.')),
    );
    if (block.top === block.bottom && mark !== 'H' && othersMarked) {
      // One child's note across days ("left", "TC") while the class was marked: the user says what it means.
      const child = byRow.get(block.top);
      const day = blockDays[0];
      if (child && day !== undefined) {
        const key = unknownMarkKey(block.text);
        child.marks[day] = '?';
        child.unknown.set(day, { cell: cellAddress(block.row, block.column), key });
      }
      continue;
    }
    for (const day of blockDays) closed[day] = true;
    closures.push({
      from: Math.min(...blockDays) + 1,
      to: Math.max(...blockDays) + 1,
      text: block.text,
      cell: cellAddress(block.row, block.column),
    });
  }
  for (const [i, text] of sundays) {
    const day = days[i];
    if (day === undefined || closed[day]) continue;
    closed[day] = true;
    closures.push({ from: day + 1, to: day + 1, text, cell: '' });
  }
  return closed;
}

/** A day is open when it is not closed and some child of the sheet is marked present, absent, on leave or half day. */
function markOpenDays(read: SheetRead, pending: Pending[], closed: boolean[], monthLength: number): void {
  for (const child of pending) {
    for (let d = 0; d < monthLength; d++) if (!read.open[d] && !closed[d] && isOpenMark(child.marks[d] ?? '.')) read.open[d] = true;
  }
  // Text on a day no child was marked: written once ("Puja vacation" typed in one cell, unmerged) it is
  // the register closing the day; written for several children ("E" down the column) it is a mark the
  // user must explain, and the day is open until they do.
  for (let d = 0; d < monthLength; d++) {
    if (read.open[d] || closed[d]) continue;
    const writers = pending.filter((p) => p.marks[d] === '?');
    const at = writers.length === 1 ? writers[0]?.unknown.get(d) : undefined;
    if (writers.length > 1) read.open[d] = true;
    if (!at) continue;
    const last = read.closures[read.closures.length - 1];
    if (last && last.to === d && last.text === at.key) last.to = d + 1;
    else read.closures.push({ from: d + 1, to: d + 1, text: at.key, cell: at.cell });
    closed[d] = true;
  }
}

function finish(
  child: Pending,
  layout: SheetLayout,
  read: SheetRead,
  closed: boolean[],
  problems: SheetProblems,
  choices: RowChoices,
): ParsedChild {
  const sheet = layout.grid.name;
  const marks = child.marks;
  for (let d = 0; d < marks.length; d++) {
    const mark = marks[d] ?? '.';
    if (read.open[d]) {
      if (mark === '?') {
        const at = child.unknown.get(d);
        if (at) {
          tallyUnknown(choices.unknown, at.key, `${sheet}!${at.cell}`, null);
          problems.add('invalidMark', { cell: at.cell, value: at.key }, at.cell, child.row + 1);
        }
        marks[d] = 'U';
      } else if (mark === '.' || mark === 'H') marks[d] = 'U';
      else if (child.unknown.has(d)) {
        const at = child.unknown.get(d);
        if (at) tallyUnknown(choices.unknown, at.key, `${sheet}!${at.cell}`, choices.meanings[at.key] ?? null);
      }
    } else marks[d] = closed[d] && mark !== '.' ? 'H' : mark === 'H' ? 'H' : '.';
  }
  const text = marks.join('');
  const month = childMonthOf(text);
  read.unmarkedDays += month.unmarkedDays;
  const rowClass = child.classCell === undefined ? null : classOfText(displayText(child.classCell));
  const sheetClass = layout.sheetClass;
  const columns = layout.columns;
  if (child.statedTotal !== null && columns?.total != null && Math.abs(child.statedTotal - month.daysPresent) > 0.001) {
    const cell = cellAddress(child.row, columns.total);
    problems.add('totalMismatch', { cell, stated: child.statedTotal, counted: month.daysPresent }, cell, child.row + 1);
  }
  return {
    sheet,
    row: child.row + 1,
    roll: child.roll,
    name: child.name,
    class: rowClass?.grade ?? sheetClass?.grade ?? null,
    section: sectionOf(child.sectionCell) ?? child.section ?? rowClass?.section ?? sheetClass?.section ?? null,
    sex: child.sex,
    marks: text,
    ...month,
    statedTotal: child.statedTotal,
    ...child.address,
  };
}
