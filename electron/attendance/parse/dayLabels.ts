import type { CellValue } from '../marks';
import { monthOfWord } from './month';
import { asciiDigits, dayOfDate, wordsOf } from './text';
import { sundayNames, workdayNames } from './weekdays';

/**
 * Day column headers: numbers 1..31 (in either script, "1st", "1 Mon"), date cells, or dates
 * written as text ("01/11/2026", "1-Nov", "2026-11-01").
 */
export interface DayLabel {
  day: number;
  month: number | null;
  year: number | null;
}

/** A numeric date "a/b[/y]" whose day and month order the whole row decides. */
interface PairLabel {
  pair: [number, number];
  year: number | null;
}

const weekdays = new Set([...workdayNames, ...sundayNames]);

const plainDay = /^0?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
const isoDate = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const numericDate = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}|\d{2}))?$/;

function yearOf(text: string | undefined): number | null {
  if (!text) return null;
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

function validDay(day: number): boolean {
  return Number.isInteger(day) && day >= 1 && day <= 31;
}

function labelOfText(value: string): DayLabel | PairLabel | null {
  const text = asciiDigits(value).trim().toLowerCase();
  if (text === '' || text.length > 30) return null;
  // Most cells a header scan meets are marks and names: no digit, no label.
  if (text.length === 1 && (text < '0' || text > '9')) return null;
  const plain = plainDay.exec(text);
  if (plain) return { day: Number(plain[1]), month: null, year: null };
  const iso = isoDate.exec(text);
  if (iso) {
    const day = Number(iso[3]);
    return validDay(day) ? { day, month: Number(iso[2]), year: Number(iso[1]) } : null;
  }
  const numeric = numericDate.exec(text);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    return a >= 1 && b >= 1 && a <= 31 && b <= 31 ? { pair: [a, b], year: yearOf(numeric[3]) } : null;
  }
  // "1-Nov", "Nov 1", "1 Nov 2026", "1 Mon", "সোম ১".
  const tokens = wordsOf(value)
    .split(' ')
    .filter((t) => t !== '' && !weekdays.has(t));
  if (tokens.length === 0 || tokens.length > 3) return null;
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  for (const token of tokens) {
    const asMonth = monthOfWord(token);
    if (asMonth !== null && month === null) month = asMonth;
    else if (/^\d{4}$/.test(token)) year = Number(token);
    else if (plainDay.test(token) && day === null) day = Number(plainDay.exec(token)?.[1]);
    else if (/^\d{2}$/.test(token) && day !== null && month !== null) year = 2000 + Number(token);
    else return null;
  }
  return day === null ? null : { day, month, year };
}

function labelOf(value: CellValue): DayLabel | PairLabel | null {
  if (typeof value === 'number') return validDay(value) ? { day: value, month: null, year: null } : null;
  if (value instanceof Date) {
    const date = dayOfDate(value);
    const year = date.getUTCFullYear();
    // Day numbers typed into date-formatted cells read as January 1900: the day is right, the month is not.
    if (year < 1990) return { day: date.getUTCDate(), month: null, year: null };
    return { day: date.getUTCDate(), month: date.getUTCMonth() + 1, year };
  }
  return typeof value === 'string' ? labelOfText(value) : null;
}

/**
 * The day labels of a row of cells. A numeric date "01/11/2026" or "11/1/26" is read by the row:
 * the part that changes from column to column is the day, the part that stays is the month.
 */
export function dayLabelsOfRow(values: readonly CellValue[]): (DayLabel | null)[] {
  const raw = values.map(labelOf);
  const pairs = raw.filter((l): l is PairLabel => l !== null && 'pair' in l);
  let dayFirst = true;
  if (pairs.length > 1) {
    const firstSame = pairs.every((p) => p.pair[0] === pairs[0]?.pair[0]);
    const secondSame = pairs.every((p) => p.pair[1] === pairs[0]?.pair[1]);
    if (firstSame && !secondSame) dayFirst = false;
  }
  return raw.map((label) => {
    if (label === null || !('pair' in label)) return label;
    const [day, month] = dayFirst ? label.pair : [label.pair[1], label.pair[0]];
    return month <= 12 ? { day, month, year: label.year } : null;
  });
}

export interface DayRun {
  /** 0-based column of each day header, left to right. */
  columns: { column: number; day: number }[];
  /** The month and year most of the date headers name, when they are dates. */
  month: number | null;
  year: number | null;
}

/** Fewer day columns than this is not a month's register (a list of roll numbers is not days). */
const minimumDays = 7;

/**
 * The longest run of adjacent columns whose headers are increasing days. Days may skip (registers
 * that leave out Sundays) but never go back.
 */
export function dayRunOf(values: readonly CellValue[]): DayRun | null {
  const labels = dayLabelsOfRow(values);
  let best: { start: number; end: number } | null = null;
  let start = -1;
  for (let c = 0; c <= labels.length; c++) {
    const label = labels[c] ?? null;
    const previous = c > 0 ? (labels[c - 1] ?? null) : null;
    const continues = label !== null && start >= 0 && previous !== null && label.day > previous.day;
    if (continues) continue;
    if (start >= 0 && (!best || c - start > best.end - best.start)) best = { start, end: c };
    start = label === null ? -1 : c;
  }
  if (!best || best.end - best.start < minimumDays) return null;
  const columns: DayRun['columns'] = [];
  const monthVotes = new Map<string, number>();
  for (let c = best.start; c < best.end; c++) {
    const label = labels[c];
    if (!label) continue;
    columns.push({ column: c, day: label.day });
    if (label.month !== null) {
      const key = `${label.year ?? ''}-${label.month}`;
      monthVotes.set(key, (monthVotes.get(key) ?? 0) + 1);
    }
  }
  const [topKey] = [...monthVotes.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  const [year, month] = topKey ? topKey.split('-') : [];
  return { columns, month: month ? Number(month) : null, year: year ? Number(year) : null };
}
