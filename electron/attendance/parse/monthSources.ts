import type { ParseOverrides } from '../types';
import type { SheetLayout } from './layout';
import { monthKey, monthOfName, monthOfText, monthOfTitles, onlyYearIn } from './month';

/**
 * The register's month, from wherever the school wrote it: the title rows, the header rows (a month
 * banner merged over the day columns), the day headers' dates, the sheet names, the file name, in
 * that order. When two of these name different months the file says so: a register imported under
 * the wrong month hides both months' children.
 */
export interface FileMonth {
  month: string | null;
  /** The text the month was taken from and another text naming a different month. */
  disagreement: { month: string; text: string; other: string; otherText: string } | null;
}

interface Found {
  month: string;
  text: string;
}

function fullMonthsIn(texts: readonly string[]): Found[] {
  const found: Found[] = [];
  for (const text of texts) {
    const m = monthOfText(text);
    if (m && 'month' in m) found.push({ month: m.month, text });
  }
  return found;
}

export function monthOfFile(fileName: string, layouts: SheetLayout[], overrides: ParseOverrides): FileMonth {
  const titles = layouts.flatMap((l) => l.titles);
  const headers = layouts.flatMap((l) => l.headerLines);
  const baseName = fileName.replace(/^.*[\\/]/, '');
  const sources: Found[] = [];
  const fromTitles = monthOfTitles(titles);
  if (fromTitles) sources.push({ month: fromTitles, text: fullMonthsIn(titles)[0]?.text ?? titles.join(' ') });
  const fromHeaders = monthOfTitles(headers);
  if (fromHeaders) sources.push({ month: fromHeaders, text: fullMonthsIn(headers)[0]?.text ?? headers.join(' ') });
  for (const layout of layouts) {
    const dated = layout.dayMonth;
    const year = dated?.year ?? onlyYearIn([...titles, ...headers, fileName]);
    if (dated && year !== null) {
      sources.push({ month: monthKey(year, dated.month), text: `${layout.grid.name}: ${String(dated.month).padStart(2, '0')}/${year}` });
      break;
    }
  }
  for (const layout of layouts) {
    const fromSheet = monthOfName(layout.grid.name);
    if (fromSheet) sources.push({ month: fromSheet, text: layout.grid.name });
  }
  const fromFile = monthOfName(baseName);
  if (fromFile) sources.push({ month: fromFile, text: baseName });

  if (overrides.month) return { month: overrides.month, disagreement: null };
  const chosen = sources[0];
  if (!chosen) return { month: null, disagreement: null };
  const other = sources.find((s) => s.month !== chosen.month);
  return {
    month: chosen.month,
    disagreement: other ? { month: chosen.month, text: chosen.text, other: other.month, otherText: other.text } : null,
  };
}
