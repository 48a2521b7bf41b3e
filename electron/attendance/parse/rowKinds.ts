import type { CellValue } from '../marks';
import type { SkippedReason } from '../types';
import { wordsOf } from './text';
import { sundayNames, workdayNames } from './weekdays';

/**
 * Rows of a register that are not children, told by the text in their name (or first) cell and by
 * what their day cells hold: totals, day-wise counts, the weekday row under the day numbers,
 * working-days lines, signatures and remarks, section labels ("Section A", "বিভাগ ক").
 */

const labels: [SkippedReason, RegExp][] = [
  [
    'dailyCount',
    /^day\s*-?\s*wise|^daily\s+(total|present|absent|attendance|count)|^(boys|girls|students|children)\s+(present|absent)|^(total\s+)?(present|absent)\b|^(total\s+)?(no\.?\s*of|number\s+of)\b|^উপস্থিত|^অনুপস্থিত|^দৈনিক|^মোট\s*(উপস্থিত|অনুপস্থিত)|^ছাত্র\s*সংখ্যা/i,
  ],
  ['total', /^(grand\s*)?total\b|^sub\s*-?\s*total|^মোট|^সর্বমোট|(^|\s)মোট$/i],
  [
    'workingDays',
    /working\s*days?|school\s*days|days\s*open|open\s*days|কার্য\s*দিবস|কর্ম\s*দিবস|খোলা\s*(ছিল|দিন)|মোট\s*দিন|বিদ্যালয়\s*খোলা/i,
  ],
  [
    'signature',
    /signature|\bsign\b|\bsd\s*\/|স্বাক্ষর|head\s*(teacher|master|mistress)|প্রধান\s*শিক্ষক|class\s*teacher|শ্রেণি\s*শিক্ষক|শ্রেণী\s*শিক্ষক|^(prepared|checked|verified|countersigned)\s+by|^teacher\b|^শিক্ষক/i,
  ],
  ['remarks', /^remarks?\b|^note\b|^notes\b|^n\s*\.?\s*b\s*\.?\b|^মন্তব্য|^বিঃ\s*দ্রঃ|^দ্রষ্টব্য/i],
  ['weekdays', /^(day|days|weekday|week\s*day|বার|দিন|বার\s*\/\s*দিন)$/i],
];

/** Subheadings some registers put between groups of children. */
const subheading = /^(boys|girls|ছাত্র|ছাত্রী|বালক|বালিকা)$/i;

/** Why a name cell's text is not a child's name, or null when it could be one. */
export function labelReason(name: string): SkippedReason | null {
  const text = name.normalize('NFC').trim();
  for (const [reason, pattern] of labels) if (pattern.test(text)) return reason;
  if (subheading.test(text)) return 'subheading';
  return null;
}

const sectionWords = new Set(['section', 'sec', 'বিভাগ', 'সেকশন', 'শাখা'].map((w) => w.normalize('NFC')));
const sectionLetters = new Map<string, string>([
  ...'abcdefgh'.split('').map((l): [string, string] => [l, l.toUpperCase()]),
  ...['ক', 'খ', 'গ', 'ঘ'].map((l): [string, string] => [l.normalize('NFC'), l.normalize('NFC')]),
]);

/** The section a label row names ("Section A", "Sec. B", "SECTION - C", "বিভাগ ক", "বিভাগ: খ"), else null. */
export function sectionLabelOf(text: string): string | null {
  const tokens = wordsOf(text).split(' ');
  if (tokens.length !== 2 || !sectionWords.has(tokens[0] ?? '')) return null;
  return sectionLetters.get(tokens[1] ?? '') ?? null;
}

const weekdayWords = new Map<string, boolean>();
// Registers also abbreviate to two letters (Mo Tu…) and write Thursday as বৃহঃ.
for (const word of ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'বৃহঃ'.normalize('NFC'), ...workdayNames]) weekdayWords.set(word, false);
for (const word of ['su', ...sundayNames]) weekdayWords.set(word, true);
/** Single letters M T W T F S S: a weekday row only when most of the row is such letters. */
const weekdayLetters = new Set(['m', 't', 'w', 'f', 's']);

/** Whether a cell's text is a weekday: false for Monday–Saturday, true for Sunday, null when not a weekday. */
function weekdayOf(value: CellValue): boolean | null {
  if (typeof value !== 'string') return null;
  const word = wordsOf(value);
  return weekdayWords.get(word) ?? weekdayWords.get(word.replace(/day$/, '')) ?? null;
}

/**
 * Whether the day cells of a row are the weekdays under the day numbers (Mo Tu We…, সোম মঙ্গল…),
 * and which of the columns are Sundays (by word; single letters leave S ambiguous, so none).
 */
export function weekdayRow(values: readonly CellValue[]): { sundays: number[] } | null {
  let words = 0;
  let letters = 0;
  let other = 0;
  const sundays: number[] = [];
  values.forEach((value, i) => {
    if (value === undefined) return;
    const weekday = weekdayOf(value);
    if (weekday !== null) {
      words++;
      if (weekday) sundays.push(i);
    } else if (typeof value === 'string' && weekdayLetters.has(value.trim().toLowerCase())) letters++;
    else other++;
  });
  if (words >= 3 && words > other) return { sundays };
  return letters + words >= 5 && other === 0 ? { sundays } : null;
}
