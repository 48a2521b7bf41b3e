import type { DayMark, MarkCounts } from './types';

/**
 * Reading the marks teachers write in a register and counting a child's month from them.
 * Every spelling is looked up in one table (no regex per cell): a block's month is ~2 million cells.
 */

const spellings: [DayMark, string[]][] = [
  ['P', ['P', '/', '✓', '✔', '√', '1', 'PR', 'PRESENT', 'উ', 'উপ', 'উপস্থিত']],
  ['A', ['A', 'AB', 'ABS', 'ABSENT', '0', 'অ', 'অনু', 'অনুপস্থিত']],
  ['L', ['L', 'LV', 'LEAVE', 'CL', 'ML']],
  ['H', ['H', 'HOL', 'HOLIDAY', 'SUN', 'SUNDAY', 'CLOSED', 'VACATION', 'ছুটি', 'রবি', 'রবিবার', 'বন্ধ']],
  ['D', ['½', 'HD', 'H/D', 'HALF', '1/2', '0.5', '.5']],
  // A dash or a dot is how many registers leave a day unmarked (Sundays, days before admission).
  ['.', ['', '-', '–', '—', '.']],
];

const markBySpelling = new Map<string, DayMark>();
for (const [mark, words] of spellings) {
  for (const word of words) {
    markBySpelling.set(word, mark);
    markBySpelling.set(word.toLowerCase(), mark);
  }
}

/** A closure written as a phrase ("Puja vacation", "Summer Vacation", "পূজার ছুটি", "School closed"). */
const closurePhrase = /vacation|holiday|closed|festival|\bpuja\b|\bpujo\b|\beid\b|ছুটি|বন্ধ|অবকাশ/i;

/** What a spreadsheet cell can hold once read. */
export type CellValue = string | number | boolean | Date | undefined;

/**
 * The mark a cell holds: P, A, L, H, D (half day) or '.' for a blank; null when the cell holds
 * something that is not an attendance mark (the caller reports it and treats the day as blank).
 */
export function markOf(value: CellValue): DayMark | null {
  if (value === undefined) return '.';
  if (typeof value === 'string') {
    const exact = markBySpelling.get(value);
    if (exact !== undefined) return exact;
    const cleaned = value.normalize('NFC').trim().replace(/\s+/g, ' ').toUpperCase();
    const known = markBySpelling.get(cleaned) ?? markBySpelling.get(cleaned.replace(/\.$/, ''));
    if (known !== undefined) return known;
    return closurePhrase.test(cleaned) ? 'H' : null;
  }
  if (typeof value === 'number') {
    if (value === 1) return 'P';
    if (value === 0) return 'A';
    if (value === 0.5) return 'D';
    return null;
  }
  return null;
}

/** A mark that shows the school open that day: present, absent, on leave or half day. */
export function isOpenMark(mark: string): boolean {
  return mark === 'P' || mark === 'A' || mark === 'L' || mark === 'D';
}

/** The key an unknown mark's meaning is chosen under: as written, trimmed, upper-cased. */
export function unknownMarkKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toUpperCase();
}

/**
 * A child's month from their marks. Only open days take part (P, A, L, D, U): a closed day (H, '.')
 * neither breaks nor extends a run of absences, so "A A H A" is a run of three and a Sunday between
 * two absent weeks joins them. An unmarked day (U) counts as a day not present, in the percent and
 * in the run: the register does not show the child in school, and a child no teacher marks for a
 * fortnight is exactly the child a volunteer must see.
 */
export function childMonthOf(marks: string): MarkCounts {
  let presentHalves = 0;
  let daysOpen = 0;
  let unmarked = 0;
  let run = 0;
  let longest = 0;
  let leading = 0;
  let leadingDone = false;
  for (let i = 0; i < marks.length; i++) {
    const mark = marks.charCodeAt(i);
    if (mark === 80 /* P */ || mark === 68 /* D */) {
      presentHalves += mark === 80 ? 2 : 1;
      daysOpen++;
      run = 0;
      leadingDone = true;
    } else if (mark === 65 /* A */ || mark === 76 /* L */ || mark === 85 /* U */) {
      daysOpen++;
      if (mark === 85) unmarked++;
      run++;
      if (run > longest) longest = run;
      if (!leadingDone) leading++;
    }
  }
  return {
    daysPresent: presentHalves / 2,
    daysOpen,
    unmarkedDays: unmarked,
    longestAbsenceRun: longest,
    leadingAbsence: leading,
    // The run still going at the end of the month is the trailing absence.
    trailingAbsence: run,
  };
}

/**
 * Which days of the month the school was open, from all children's marks: a day is open when at
 * least one child has P, A, L or D on it; a column that is blank or all H (a Sunday, a holiday) is not.
 */
export function openDaysOf(allMarks: Iterable<string>, length: number): boolean[] {
  const open = new Array<boolean>(length).fill(false);
  for (const marks of allMarks) {
    for (let i = 0; i < length && i < marks.length; i++) {
      if (!open[i] && isOpenMark(marks.charAt(i))) open[i] = true;
    }
  }
  return open;
}

/** How many days of an open-days list are open. */
export function countOpen(open: readonly boolean[]): number {
  let count = 0;
  for (const day of open) if (day) count++;
  return count;
}
