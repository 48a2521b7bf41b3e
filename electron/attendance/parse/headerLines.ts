import type { CellValue } from '../marks';
import { cellAddress, displayText } from './text';

/** The header rows as text: for the month written over the days, and for a refusal to say where it looked. */

/** Columns named in a refusal: enough to recognise the row. */
const columnsNamed = 12;

export function columnsSeen(values: readonly CellValue[]): string[] {
  const seen: string[] = [];
  for (let c = 0; c < values.length && seen.length < columnsNamed; c++) {
    const text = displayText(values[c]);
    if (text !== '') seen.push(`${cellAddress(0, c).replace(/\d+$/, '')}: ${text.slice(0, 40)}`);
  }
  return seen;
}

/** The row that looks most like a header: the most cells with text among the first rows. */
export function likeliestHeader(values: CellValue[][]): { row: number; columns: string[] } | null {
  let best = -1;
  let most = 0;
  values.forEach((row, r) => {
    const texts = row.filter((v) => typeof v === 'string' && v.trim() !== '').length;
    if (texts > most) {
      most = texts;
      best = r;
    }
  });
  return best < 0 ? null : { row: best, columns: columnsSeen(values[best] ?? []) };
}

export function linesOf(values: CellValue[][], from: number, to: number): string[] {
  const lines: string[] = [];
  for (let r = Math.max(0, from); r <= to; r++) {
    for (const value of values[r] ?? []) {
      const text = displayText(value);
      if (text !== '' && lines[lines.length - 1] !== text) lines.push(text);
    }
  }
  return lines;
}
