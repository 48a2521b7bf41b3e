import { asciiDigits, wordsOf } from './text';

/**
 * Finding the register's month in what the school wrote: "November 2026", "Nov-2026", "11/2026",
 * "Month: NOVEMBER, 2026", "নভেম্বর ২০২৬", or a file named "attendance_2026-11.xlsx".
 * West Bengal schools write the English calendar's months, in Bengali transliterated.
 */

const englishMonths: [number, string[]][] = [
  [1, ['jan', 'january']],
  [2, ['feb', 'february']],
  [3, ['mar', 'march']],
  [4, ['apr', 'april']],
  [5, ['may']],
  [6, ['jun', 'june']],
  [7, ['jul', 'july']],
  [8, ['aug', 'august']],
  [9, ['sep', 'sept', 'september']],
  [10, ['oct', 'october']],
  [11, ['nov', 'november']],
  [12, ['dec', 'december']],
];

/** Bengali spellings vary in their endings (জানুয়ারি / জানুয়ারী), so these are matched as word starts. */
const bengaliMonthSpellings: [number, string][] = [
  [1, 'জানু'],
  [2, 'ফেব্রু'],
  [3, 'মার্চ'],
  [4, 'এপ্রিল'],
  [7, 'জুলাই'],
  [8, 'আগস্ট'],
  [8, 'আগষ্ট'],
  [8, 'অগাস্ট'],
  [9, 'সেপ্টে'],
  [10, 'অক্টো'],
  [11, 'নভে'],
  [12, 'ডিসে'],
];
const bengaliMonthStarts = bengaliMonthSpellings.map(([month, start]): [number, string] => [month, start.normalize('NFC')]);

/** Short Bengali month names that must be the whole word (মে would start many words). */
const bengaliMonthWords = new Map<string, number>([
  ['মে', 5],
  ['জুন', 6],
]);

const englishMonthByWord = new Map<string, number>(
  englishMonths.flatMap(([month, words]) => words.map((w): [string, number] => [w, month])),
);

/** The month (1-12) a single word names, in English or Bengali, else null. */
export function monthOfWord(word: string): number | null {
  const english = englishMonthByWord.get(word);
  if (english !== undefined) return english;
  const bengali = bengaliMonthWords.get(word);
  if (bengali !== undefined) return bengali;
  const first = word.charCodeAt(0);
  if (first < 0x0980 || first > 0x09ff) return null;
  for (const [month, start] of bengaliMonthStarts) if (word.startsWith(start)) return month;
  return null;
}

export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

function isYear(token: string): boolean {
  return /^(19|20)\d\d$/.test(token);
}

const numericMonthYear = /(?<![\d/.-])(0?[1-9]|1[0-2])\s*[/.-]\s*((?:19|20)\d\d)(?!\d)/;
const isoMonth = /(?<!\d)((?:19|20)\d\d)[-_. ](0[1-9]|1[0-2])(?![\d])/;
const shortYearAfterName = /(?<![a-z])([a-z]{3,9})\s*['’]\s*(\d\d)(?!\d)/;

/**
 * The YYYY-MM a piece of text names when it names both a month and a year, else the month alone
 * (for "Month: November" beside "Year: 2026"), else null.
 */
export function monthOfText(text: string): { month: string } | { monthOnly: number } | null {
  const ascii = asciiDigits(text);
  const numeric = numericMonthYear.exec(ascii);
  const iso = isoMonth.exec(ascii);
  const tokens = wordsOf(text).split(' ');
  let monthOnly: number | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const month = monthOfWord(token);
    if (month === null) continue;
    // "November 2026", "Nov-2026", "NOVEMBER, 2026", "November month 2026", "2026 November".
    const year = [tokens[i + 1], tokens[i + 2], tokens[i - 1]].find((t) => t !== undefined && isYear(t));
    if (year) return { month: monthKey(Number(year), month) };
    monthOnly ??= month;
  }
  if (iso) return { month: monthKey(Number(iso[1]), Number(iso[2])) };
  // "Sept'26": a two-digit year only with the apostrophe, as "Nov 26" may be a date.
  const short = shortYearAfterName.exec(ascii.toLowerCase());
  const shortMonth = short ? monthOfWord(short[1] ?? '') : null;
  if (short && shortMonth !== null) return { month: monthKey(2000 + Number(short[2]), shortMonth) };
  if (numeric) return { month: monthKey(Number(numeric[2]), Number(numeric[1])) };
  return monthOnly === null ? null : { monthOnly };
}

/**
 * The month several title texts name together: a month and year in one text wins; else a month
 * name in one cell and the only year written in another.
 */
export function monthOfTitles(texts: readonly string[]): string | null {
  let monthOnly: number | null = null;
  for (const text of texts) {
    const found = monthOfText(text);
    if (found && 'month' in found) return found.month;
    if (found) monthOnly ??= found.monthOnly;
  }
  if (monthOnly === null) return null;
  const year = onlyYearIn(texts);
  return year === null ? null : monthKey(year, monthOnly);
}

/** The one year (19xx/20xx) the texts mention, when they mention exactly one. */
export function onlyYearIn(texts: readonly string[]): number | null {
  const years = new Set<string>();
  for (const text of texts) for (const token of wordsOf(text).split(' ')) if (isYear(token)) years.add(token);
  return years.size === 1 ? Number([...years][0]) : null;
}

/** The month a file name or sheet name gives ("Nov 2026.xlsx", "attendance_2026-11.xls"). */
export function monthOfName(name: string): string | null {
  const found = monthOfText(name.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/_/g, ' '));
  return found && 'month' in found ? found.month : null;
}
