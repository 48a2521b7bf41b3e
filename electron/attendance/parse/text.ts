import type { CellValue } from '../marks';

/** Text helpers shared by the header, title and month readers. Bengali registers write digits ০-৯. */

const bengaliZero = 0x09e6;
const bengaliNine = 0x09ef;

/** Bengali digits turned into 0-9 (other characters unchanged). */
export function asciiDigits(text: string): string {
  let hasBengali = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= bengaliZero && code <= bengaliNine) {
      hasBengali = true;
      break;
    }
  }
  if (!hasBengali) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= bengaliZero && code <= bengaliNine ? String.fromCharCode(48 + code - bengaliZero) : ch;
  }
  return out;
}

/**
 * Text for matching words: NFC (so য় typed either way is one spelling), lower case, ASCII digits,
 * punctuation turned into spaces, whitespace collapsed.
 */
export function wordsOf(text: string): string {
  return asciiDigits(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[.,:;'’"`()[\]{}_/\\|*#\-–—]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A cell as the user sees it, for titles, names and messages. */
export function displayText(value: CellValue): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value.trim().replace(/\s+/g, ' ');
  if (value instanceof Date) {
    const day = dayOfDate(value);
    return `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`;
  }
  return String(value);
}

/**
 * The calendar day a date cell means. Readers give a date cell as a UTC instant that can sit a few
 * hours off midnight when the writer used a local time zone (IST +5:30), so round to the nearest day.
 */
export function dayOfDate(value: Date): Date {
  const dayMs = 86_400_000;
  return new Date(Math.round(value.getTime() / dayMs) * dayMs);
}

/** A number written in a cell, half days allowed ("12.5", "১২.৫", "12½"), else null. */
export function numberOf(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = asciiDigits(value).trim().replace(/½$/, '.5');
  if (!/^\d{0,4}(\.\d+)?$/.test(text) || text === '' || text === '.') return null;
  return Number(text);
}

/** A1-style address of a 0-based row and column. */
export function cellAddress(row: number, column: number): string {
  let letters = '';
  let c = column + 1;
  while (c > 0) {
    const rest = (c - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row + 1}`;
}
