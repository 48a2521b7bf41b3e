import { createHash } from 'node:crypto';
import { monthOfWord } from './month';
import { wordsOf } from './text';

/** Words of a header, title or sheet name that stay the same from month to month: no month names, years, dates or counts. */
export function stableWords(text: string): string {
  return wordsOf(text)
    .split(' ')
    .filter((t) => t !== '' && !/\d/.test(t) && monthOfWord(t) === null)
    .join(' ');
}

/**
 * A key for the shape of a school's file: its sheet names, title words and header texts with the
 * month taken out. Next month's file from the same school gives the same key, so the school and the
 * column mapping the user chose once can be remembered for it.
 */
export function layoutKeyOf(sheets: readonly { name: string; titles: readonly string[]; headerTexts: readonly string[] }[]): string {
  const shape = sheets.map((s) => [
    // Class sheets keep their numbers ("Class 3"): only month words and years are dropped.
    wordsOf(s.name)
      .split(' ')
      .filter((t) => monthOfWord(t) === null && !/^\d{4}$/.test(t))
      .join(' '),
    s.titles.map(stableWords).filter((t) => t !== ''),
    s.headerTexts,
  ]);
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex').slice(0, 16);
}
