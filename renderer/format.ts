import { formatRupees } from '../electron/shared/money';
import {
  dateIn,
  digitsFor,
  latinDigits as sharedLatinDigits,
  monthIn,
  monthNameIn,
  numberFormat,
  numberIn,
} from '../electron/shared/words';
import { currentLanguage, type Language } from './i18n';

/**
 * The one formatter of each language: numbers, money, dates, months, percentages and sizes all come
 * from here, so a Bengali screen never mixes Latin digits into its tables, inputs or messages.
 */

/** Bengali keyboards type Bengali digits; dates, ages, phones and codes are stored with ASCII ones. */
export function asciiDigits(text: string): string {
  return sharedLatinDigits(text);
}

/** Today on this PC as ISO (YYYY-MM-DD), in local time. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Text with its digits in the screen's language (a code like BSH-C00042 is not passed here). */
export function localDigits(text: string, lang: Language = currentLanguage()): string {
  return digitsFor(text, lang);
}

/** Dates are stored ISO (YYYY-MM-DD) and always shown DD/MM/YYYY, in the screen's digits (inputs too: both are read back). */
export function formatDate(iso: string | null | undefined, lang: Language = currentLanguage()): string {
  return dateIn(iso, lang);
}

/** A timestamp shown in the office's local time: DD/MM/YYYY HH:MM. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return localDigits(`${pad(at.getDate())}/${pad(at.getMonth() + 1)}/${at.getFullYear()} ${pad(at.getHours())}:${pad(at.getMinutes())}`);
}

/** Bengali digits (০–৯) as ASCII, so what is typed in either digit set reads the same. */
export function latinDigits(text: string): string {
  return sharedLatinDigits(text);
}

const typedDate = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;

/** Parses what a user typed as DD/MM/YYYY (also D/M/YYYY, with - or ., in either digit set) into ISO, or null. */
export function parseDate(text: string): string | null {
  const m = typedDate.exec(latinDigits(text));
  if (!m) return null;
  const iso = `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().startsWith(iso) ? iso : null;
}

/** Why a typed date was not taken: not written as a date at all, or a date that does not exist (31/02/2014). */
export function dateProblem(text: string): 'errors.date' | 'errors.dateNotExist' {
  return typedDate.test(latinDigits(text)) ? 'errors.dateNotExist' : 'errors.date';
}

/** 12345 → "12,345" / "১২,৩৪৫" (lakh grouping past a lakh). */
export function formatNumber(n: number, lang: Language = currentLanguage()): string {
  return numberIn(n, lang);
}

/** Paise as rupees: ₹1,23,456.00 / ₹১,২৩,৪৫৬.০০. */
export function formatMoney(paise: number, lang: Language = currentLanguage()): string {
  return formatRupees(paise, lang);
}

/** A percentage as a whole number: "55%" / "৫৫%". */
export function formatPercent(percent: number | null | undefined, lang: Language = currentLanguage()): string {
  if (percent === null || percent === undefined || Number.isNaN(percent)) return '';
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** A month's name alone: "Sep" / "সেপ্টে.". */
export function formatMonthName(month: string, style: 'short' | 'long' = 'short', lang: Language = currentLanguage()): string {
  return monthNameIn(month, style, lang);
}

/** A YYYY-MM month as read: "Nov 2026" / "নভে. ২০২৬", or "November 2026" / "নভেম্বর ২০২৬". */
export function formatMonth(
  month: string | null | undefined,
  style: 'short' | 'long' = 'short',
  lang: Language = currentLanguage(),
): string {
  return monthIn(month, style, lang);
}

const sizeUnits = [
  [1024 ** 3, 'GB'],
  [1024 ** 2, 'MB'],
  [1024, 'kB'],
] as const;

/** A file size: "12.4 MB" / "১২.৪ MB". The unit stays the one printed on pen drives and in Windows, in both languages. */
export function formatBytes(bytes: number, lang: Language = currentLanguage()): string {
  const [size, unit] = sizeUnits.find(([step]) => bytes >= step) ?? [1, 'B'];
  return `${numberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / size)} ${unit}`;
}
