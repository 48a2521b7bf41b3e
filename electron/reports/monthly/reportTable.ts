import { translate } from '../../api/messages';
import { localDigits, type ReportLanguage } from '../pdf/localNumbers';
import { formatRupees } from '../../shared/money';
import { withheldFigures } from '../../shared/monthlyReport';
import type { MonthlyFigures } from './figures';
import type { PrintedCount, SuppressedTable } from './suppression';

/**
 * One cell of the monthly report as both the PDF and the workbook print it: words, a count (or the
 * "< 5" / "×" that stands for it), or money. The workbook keeps counts and money as numbers.
 */
export type ReportCell = { text: string } | { count: PrintedCount } | { paise: number };

/**
 * A table of a section: the sub-heading above it, its header row, its rows and total rows (bold),
 * and the notes printed under it. Built once per section (sectionTables.ts); pdfSections.ts and
 * workbook.ts only draw it, so the two files cannot disagree about a figure.
 */
export interface ReportTable {
  kind: 'table';
  heading?: string;
  /** 'figures': a label and one value; 'grid': a label column and count columns; 'notes': case, children, note. */
  shape: 'figures' | 'grid' | 'notes';
  columns: string[];
  rows: ReportCell[][];
  totals: ReportCell[][];
  footnotes: string[];
}

/** A paragraph of free text (the next month's plan, "no case escalated"), with its sub-heading. */
export interface ReportParagraph {
  kind: 'paragraph';
  heading?: string;
  text: string;
}

export type ReportBlock = ReportTable | ReportParagraph;

export const text = (value: string): ReportCell => ({ text: value });
export const count = (value: PrintedCount): ReportCell => ({ count: value });
export const money = (paise: number): ReportCell => ({ paise });

/**
 * A figure that a village table's suppression may have withheld (suppression.ts, `withheld`): the
 * same key is the same figure wherever it is printed, so it prints "×" in every section or in none.
 */
export const shownFigure = (f: MonthlyFigures) => {
  const withheld = withheldFigures(f);
  return (key: string, value: number): ReportCell => count(withheld.has(key) ? 'hidden' : value);
};

const anyHidden = (rows: ReportCell[][]) => rows.some((r) => r.some((c) => 'count' in c && c.count === 'hidden'));

/** A cell as printed in `language`: Bengali digits in Bengali, "< 5" for 1–4, "×" for a hidden count. */
export function cellText(cell: ReportCell, language: ReportLanguage): string {
  if ('text' in cell) return cell.text;
  if ('paise' in cell) return formatRupees(cell.paise, language);
  if (cell.count === 'lt5') return localDigits('< 5', language);
  if (cell.count === 'hidden') return '×';
  return localDigits(String(cell.count), language);
}

/** The words and table shapes every section is built from, in one report language. */
export function tableWords(language: ReportLanguage) {
  const t = (key: string, values: Record<string, string | number> = {}) => {
    const local = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? localDigits(String(v), language) : v]),
    );
    return translate(language, `monthlyReport.${key}`, local);
  };
  const word = (key: string) => translate(language, key);
  const n = (value: number) => localDigits(String(value), language);

  /** What, how many: one row per figure. */
  const figures = (rows: [string, ReportCell | number][], heading?: string, totals: [string, ReportCell | number][] = []): ReportTable => {
    const row = ([label, value]: [string, ReportCell | number]): ReportCell[] => [
      text(label),
      typeof value === 'number' ? count(value) : value,
    ];
    return {
      kind: 'table',
      ...(heading === undefined ? {} : { heading }),
      shape: 'figures',
      columns: [t('words.figure'), t('words.count')],
      rows: rows.map(row),
      totals: totals.map(row),
      footnotes: anyHidden([...rows, ...totals].map(row)) ? [t('pdf.totalsHidden')] : [],
    };
  };

  const grid = (
    columns: string[],
    rows: (string | number | ReportCell)[][],
    totals: (string | number | ReportCell)[][],
    heading?: string,
  ): ReportTable => {
    const cells = (r: (string | number | ReportCell)[]) =>
      r.map((v) => (typeof v === 'number' ? count(v) : typeof v === 'string' ? text(v) : v));
    return {
      kind: 'table',
      ...(heading === undefined ? {} : { heading }),
      shape: 'grid',
      columns,
      rows: rows.map(cells),
      totals: totals.map(cells),
      footnotes: anyHidden([...rows, ...totals].map(cells)) ? [t('pdf.totalsHidden')] : [],
    };
  };

  /** A village table as suppression printed it, with the key to "< 5" and "×" (and to hidden totals, when any is). */
  const villageTable = (columns: string[], table: SuppressedTable, heading: string): ReportTable => {
    const totalsHidden =
      table.columnTotals.some((c) => typeof c !== 'number') ||
      typeof table.total !== 'number' ||
      table.rows.some((r) => r.total === 'hidden');
    return {
      kind: 'table',
      heading,
      shape: 'grid',
      columns: [t('words.village'), ...columns, t('words.total')],
      rows: table.rows.map((r) => [text(r.village === '' ? t('words.noVillage') : r.village), ...r.cells.map(count), count(r.total)]),
      totals: [[text(t('words.total')), ...table.columnTotals.map(count), count(table.total)]],
      footnotes: [t('pdf.lt5'), ...(totalsHidden ? [t('pdf.totalsHidden')] : [])],
    };
  };

  const paragraph = (value: string, heading?: string): ReportParagraph => ({
    kind: 'paragraph',
    ...(heading === undefined ? {} : { heading }),
    text: value,
  });

  return { t, word, n, figures, grid, villageTable, paragraph };
}

export type TableWords = ReturnType<typeof tableWords>;
