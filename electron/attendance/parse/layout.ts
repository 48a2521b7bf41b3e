import type { CellValue } from '../marks';
import type { ColumnMapping } from '../types';
import { classInTitle, classOfText, type ClassOf } from './classes';
import { dayRunOf, type DayRun } from './dayLabels';
import { rowHasValue, rowValues, type Grid } from './grid';
import { headerRoleOf, isPresentTotal, isStudentName, type HeaderRole } from './headerWords';
import { addressColumnsOf, noAddress, type SheetAddressColumns } from './addressColumns';
import { stableWords } from './layoutKey';
import { displayText, wordsOf } from './text';
import { columnsSeen, likeliestHeader, linesOf } from './headerLines';

/**
 * Where a sheet keeps what: the header row, the columns of roll, name, class, section, sex and
 * total, the day columns, and the title rows above. All rows and columns here are 0-based.
 */
export interface SheetLayout {
  grid: Grid;
  /**
   * register: names and days found; needsMapping: it looks like a register (day columns) but the
   * names column was not found; namesOnly: names but no days; other: no register; empty: no data.
   */
  kind: 'register' | 'needsMapping' | 'namesOnly' | 'other' | 'empty';
  /** Named like a summary ("Summary", "সারাংশ"): skipped even when it has a table of names. */
  summary: boolean;
  headerRow: number;
  dataStart: number;
  columns: {
    name: number;
    roll: number | null;
    class: number | null;
    section: number | null;
    sex: number | null;
    total: number | null;
  } | null;
  /** Where the child lives and whom to ask for, when the register has the columns (0-based), and the relation the guardian's header names. */
  address: SheetAddressColumns;
  /** Day columns with the day each holds; null = consecutive days from `firstDay` (a user's mapping). */
  days: DayRun['columns'] | null;
  firstDay: number;
  /** The month and year the day headers name, when they are dates. */
  dayMonth: { month: number; year: number | null } | null;
  titles: string[];
  /** Header texts beside the day columns, for the layout key. */
  headerTexts: string[];
  /** The name column's header as written: a row repeating it is the header again on a new page. */
  nameHeader: string;
  sheetClass: ClassOf | null;
  /** The texts of the header rows (a month banner merged over the days is one of them). */
  headerLines: string[];
  /** For a sheet with no register: the row taken for its header (0-based) and the columns seen there ("A: Sl. No."). */
  lookedAt: { row: number; columns: string[] } | null;
}

/** Registers put their header within the first rows; titles above it are a handful of rows. */
const headerScanRows = 60;

const summaryWords = new Set(['summary', 'abstract', 'consolidated', 'chart', 'সারাংশ', 'সংক্ষিপ্ত'].map((w) => w.normalize('NFC')));

function isSummaryName(name: string): boolean {
  return wordsOf(name)
    .split(' ')
    .some((t) => summaryWords.has(t));
}

type Roles = Map<HeaderRole, number[]>;

function rolesOf(values: readonly CellValue[]): Roles {
  const roles: Roles = new Map();
  for (let c = 0; c < values.length; c++) {
    const value = values[c];
    if (typeof value !== 'string' || value.length < 2) continue;
    const role = headerRoleOf(value);
    if (role) roles.set(role, [...(roles.get(role) ?? []), c]);
  }
  return roles;
}

function bestDayRun(values: CellValue[][], rows: number[]): { row: number; run: DayRun } | null {
  let best: { row: number; run: DayRun } | null = null;
  for (const row of rows) {
    const rowValuesAt = values[row];
    if (!rowValuesAt) continue;
    const run = dayRunOf(rowValuesAt);
    if (run && (!best || run.columns.length > best.run.columns.length)) best = { row, run };
  }
  return best;
}

function pickName(columns: number[], header: CellValue[]): number | null {
  const student = columns.find((c) => isStudentName(String(header[c] ?? '')));
  return student ?? columns[0] ?? null;
}

function titlesOf(values: CellValue[][], above: number): string[] {
  const titles: string[] = [];
  for (let r = 0; r < above; r++) {
    for (const value of values[r] ?? []) {
      const text = displayText(value);
      // exceljs and some writers repeat a merged title in every cell of the range: keep it once.
      if (text !== '' && titles[titles.length - 1] !== text) titles.push(text);
    }
  }
  return titles;
}

/** Rows of a sheet without a register that count as its titles (a summary's heading, not its table). */
const titleRowsWithoutHeader = 10;

function emptyLayout(grid: Grid, kind: SheetLayout['kind'], values: CellValue[][], titleRows = titleRowsWithoutHeader): SheetLayout {
  const titles = titlesOf(values, Math.min(titleRows, values.length));
  return {
    grid,
    kind,
    summary: isSummaryName(grid.name),
    headerRow: -1,
    dataStart: 0,
    columns: null,
    address: noAddress,
    days: null,
    firstDay: -1,
    dayMonth: null,
    titles,
    headerTexts: [],
    nameHeader: '',
    sheetClass: sheetClassOf(grid.name, titles),
    headerLines: [],
    lookedAt: likeliestHeader(values),
  };
}

/** The class of a sheet: from its name, else its titles; a section only the titles give is kept ("Class II" named, "Section: A" in the title). */
function sheetClassOf(name: string, titles: string[]): ClassOf | null {
  const named = classOfText(name);
  const titled = firstClassIn(titles);
  if (!named) return titled;
  return named.section === null && titled?.grade === named.grade ? { grade: named.grade, section: titled.section } : named;
}

function firstClassIn(titles: string[]): ClassOf | null {
  for (const title of titles) {
    const found = classInTitle(title);
    if (found) return found;
  }
  return null;
}

function dayMonthOf(run: DayRun | null): SheetLayout['dayMonth'] {
  return run && run.month !== null ? { month: run.month, year: run.year } : null;
}

/** The layout the user chose in the preview for this sheet. */
function mappedLayout(grid: Grid, mapping: ColumnMapping, values: CellValue[][]): SheetLayout {
  const headerRow = mapping.headerRow - 1;
  const firstDay = mapping.firstDay - 1;
  const found = bestDayRun(values, [headerRow, headerRow + 1]);
  const run = found && found.run.columns[0]?.column === firstDay ? found : null;
  const column = (c: number | null) => (c === null ? null : c - 1);
  const titles = titlesOf(values, headerRow);
  const mapped = [mapping.name, mapping.roll, mapping.class, mapping.section, mapping.sex, mapping.total].flatMap((c) =>
    c === null ? [] : [c - 1],
  );
  const taken = new Set([...mapped, ...(run?.run.columns.map((d) => d.column) ?? [])]);
  return {
    grid,
    kind: 'register',
    summary: false,
    headerRow,
    dataStart: Math.max(headerRow, run?.row ?? headerRow) + 1,
    columns: {
      name: mapping.name - 1,
      roll: column(mapping.roll),
      class: column(mapping.class),
      section: column(mapping.section),
      sex: column(mapping.sex),
      total: column(mapping.total),
    },
    // The user maps the columns attendance needs; the address columns are still read from their headers.
    address: addressColumnsOf([values[headerRow] ?? [], values[headerRow + 1] ?? []], taken),
    days: run ? run.run.columns : null,
    firstDay,
    dayMonth: dayMonthOf(run?.run ?? null),
    titles,
    headerTexts: (values[headerRow] ?? []).map((v) => stableWords(displayText(v))).filter((t) => t !== ''),
    nameHeader: displayText(values[headerRow]?.[mapping.name - 1]),
    sheetClass: sheetClassOf(grid.name, titles),
    headerLines: linesOf(values, headerRow, Math.max(headerRow, run?.row ?? headerRow)),
    lookedAt: null,
  };
}

/** Finds the register in a sheet, or says why there is none; `mapping` is the user's choice. */
export function layoutOf(grid: Grid, mapping?: ColumnMapping): SheetLayout {
  const scan = Math.min(grid.rows.length, headerScanRows);
  const values: CellValue[][] = [];
  for (let r = 0; r < scan; r++) values.push(rowValues(grid.rows[r]));
  if (mapping) return mappedLayout(grid, mapping, values);
  let hasValue = false;
  for (let r = 0; r < grid.rows.length && !hasValue; r++) hasValue = rowHasValue(grid.rows[r]);
  if (!hasValue) return emptyLayout(grid, 'empty', values);

  const rolesByRow = values.map(rolesOf);
  let candidates = rolesByRow.flatMap((roles, r) => (roles.has('name') ? [r] : []));
  if (candidates.length === 0) candidates = rolesByRow.flatMap((roles, r) => (roles.has('student') ? [r] : []));

  let best: { row: number; score: number; day: { row: number; run: DayRun } | null } | null = null;
  for (const row of candidates) {
    const day = bestDayRun(values, [row - 1, row, row + 1, row + 2]);
    const score = (rolesByRow[row]?.size ?? 0) + (day ? 5 : 0);
    if (!best || score > best.score) best = { row, score, day };
  }
  if (!best) {
    const day = bestDayRun(
      values,
      values.map((_, r) => r),
    );
    const layout = emptyLayout(grid, day ? 'needsMapping' : 'other', values, day?.row);
    return day
      ? {
          ...layout,
          headerRow: day.row,
          firstDay: day.run.columns[0]?.column ?? -1,
          dayMonth: dayMonthOf(day.run),
          lookedAt: { row: day.row, columns: columnsSeen(values[day.row] ?? []) },
        }
      : layout;
  }

  const headerRow = best.row;
  const day = best.day;
  const dayColumns = new Set(day?.run.columns.map((d) => d.column) ?? []);
  const firstDay = day?.run.columns[0]?.column ?? -1;
  const lastDay = day?.run.columns[day.run.columns.length - 1]?.column ?? -1;
  // The second header row: the day numbers' row, or a banner ("November 2026") over the days.
  const bannerRow = headerRow - 1;
  const bannerOverDays = day !== null && (values[bannerRow] ?? []).some((v, c) => v !== undefined && c >= firstDay && c <= lastDay);
  const otherRow = day && day.row !== headerRow ? day.row : bannerOverDays ? bannerRow : null;
  const roles = rolesByRow[headerRow] ?? new Map<HeaderRole, number[]>();
  const otherRoles = otherRow === null ? new Map<HeaderRole, number[]>() : (rolesByRow[otherRow] ?? new Map<HeaderRole, number[]>());
  const columnsOf = (role: HeaderRole) => {
    const own = (roles.get(role) ?? []).filter((c) => !dayColumns.has(c));
    return own.length > 0 ? own : (otherRoles.get(role) ?? []).filter((c) => !dayColumns.has(c));
  };
  const header = values[headerRow] ?? [];
  const name = pickName(columnsOf('name'), header) ?? pickName(columnsOf('student'), header);
  if (name === null)
    return { ...emptyLayout(grid, 'other', values), lookedAt: { row: headerRow, columns: columnsSeen(values[headerRow] ?? []) } };
  const totals = columnsOf('total');
  const totalHeader = (c: number) => String(header[c] ?? values[otherRow ?? headerRow]?.[c] ?? '');
  const afterDays = totals.filter((c) => c > lastDay);
  const total = [...afterDays, ...totals].find((c) => isPresentTotal(totalHeader(c))) ?? afterDays[0] ?? totals[0] ?? null;
  const first = (role: HeaderRole) => columnsOf(role).find((c) => c !== name) ?? null;

  const columns = { name, roll: first('roll'), class: first('class'), section: first('section'), sex: first('sex'), total };
  const taken = new Set([...dayColumns, ...Object.values(columns).flatMap((c) => (c === null ? [] : [c]))]);
  const address = addressColumnsOf([header, ...(otherRow === null ? [] : [values[otherRow] ?? []])], taken);

  const topHeader = Math.min(headerRow, otherRow ?? headerRow, day?.row ?? headerRow);
  const titles = titlesOf(values, topHeader);
  const headerTexts: string[] = [];
  for (const row of otherRow === null ? [headerRow] : [Math.min(headerRow, otherRow), Math.max(headerRow, otherRow)]) {
    for (const [c, value] of (values[row] ?? []).entries()) {
      const text = dayColumns.has(c) ? '' : stableWords(displayText(value));
      if (text !== '') headerTexts.push(text);
    }
  }
  return {
    grid,
    kind: day ? 'register' : 'namesOnly',
    summary: isSummaryName(grid.name),
    headerRow,
    dataStart: Math.max(headerRow, day?.row ?? headerRow, otherRow ?? headerRow) + 1,
    columns,
    address,
    days: day?.run.columns ?? [],
    firstDay,
    dayMonth: dayMonthOf(day?.run ?? null),
    titles,
    headerTexts,
    nameHeader: displayText(header[name]),
    sheetClass: sheetClassOf(grid.name, titles),
    headerLines: linesOf(values, topHeader, Math.max(headerRow, day?.row ?? headerRow, otherRow ?? headerRow)),
    lookedAt: null,
  };
}

/** The mapping of a layout in the 1-based columns the preview shows. */
export function mappingOf(layout: SheetLayout): ColumnMapping | null {
  const columns = layout.columns;
  if (!columns || layout.firstDay < 0) return null;
  const oneBased = (c: number | null) => (c === null ? null : c + 1);
  return {
    headerRow: layout.headerRow + 1,
    roll: oneBased(columns.roll),
    name: columns.name + 1,
    class: oneBased(columns.class),
    section: oneBased(columns.section),
    sex: oneBased(columns.sex),
    firstDay: layout.firstDay + 1,
    total: oneBased(columns.total),
  };
}
