import type { Content, TableCell } from 'pdfmake/interfaces';
import { translate } from '../../api/messages';
import { localDigits, reportTableLayout, type ReportLanguage } from '../pdf';
import type { PrintedCount, SuppressedTable } from './suppression';

/** The words and number formats of one report language, and the table shapes every section uses. */
export function printer(language: ReportLanguage) {
  const t = (key: string, values: Record<string, string | number> = {}) => {
    const local = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? localDigits(String(v), language) : v]),
    );
    return translate(language, `monthlyReport.${key}`, local);
  };
  const n = (value: number) => localDigits(String(value), language);
  const cell = (value: PrintedCount) => (value === 'lt5' ? localDigits('< 5', language) : value === 'hidden' ? '×' : n(value));

  /** A two-column table of figures: what, how many. Rows never split across pages. */
  const figureTable = (rows: [string, string | number][], valueWidth: number | '*' = 90): Content => ({
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', valueWidth],
      body: [
        [
          { text: t('words.figure'), style: 'tableHeader' },
          { text: t('words.count'), style: 'tableHeader', alignment: 'right' },
        ],
        ...rows.map(([label, value]): TableCell[] => [label, { text: typeof value === 'number' ? n(value) : value, alignment: 'right' }]),
      ],
    },
    layout: reportTableLayout,
    margin: [0, 0, 0, 8],
  });

  /** A table with a label column and number columns, the header repeated on each page. */
  const grid = (
    header: string[],
    rows: (string | number)[][],
    options: { totalRow?: boolean; firstWidth?: number | string } = {},
  ): Content => ({
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [options.firstWidth ?? '*', ...header.slice(1).map(() => 'auto' as const)],
      body: [
        header.map((h, i): TableCell => ({ text: h, style: 'tableHeader', alignment: i === 0 ? 'left' : 'right' })),
        ...rows.map((r, ri): TableCell[] =>
          r.map((v, i) => ({
            text: typeof v === 'number' ? n(v) : v,
            alignment: i === 0 ? 'left' : 'right',
            bold: options.totalRow === true && ri === rows.length - 1,
          })),
        ),
      ],
    },
    layout: reportTableLayout,
    margin: [0, 0, 0, 8],
  });

  /** A village table as suppression printed it, with its exact column totals and the key to "< 5" and "×". */
  const villageGrid = (columns: string[], table: SuppressedTable): Content => [
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', ...columns.map(() => 'auto' as const), 'auto'],
        body: [
          [t('words.village'), ...columns, t('words.total')].map((h, i): TableCell => ({
            text: h,
            style: 'tableHeader',
            alignment: i === 0 ? 'left' : 'right',
          })),
          ...table.rows.map((r): TableCell[] => [
            r.village === '' ? t('words.noVillage') : r.village,
            ...r.cells.map((c): TableCell => ({ text: cell(c), alignment: 'right' })),
            { text: cell(r.total), alignment: 'right' },
          ]),
          [
            { text: t('words.total'), bold: true },
            ...table.columnTotals.map((c): TableCell => ({ text: n(c), alignment: 'right', bold: true })),
            { text: n(table.total), alignment: 'right', bold: true },
          ],
        ],
      },
      layout: reportTableLayout,
    },
    { text: t('pdf.lt5'), fontSize: 8, color: '#52606d', margin: [0, 2, 0, 8] },
  ];

  const subheading = (text: string): Content => ({ text, bold: true, fontSize: 10.5, margin: [0, 4, 0, 3] });
  return { t, n, cell, figureTable, grid, villageGrid, subheading };
}

export type Printer = ReturnType<typeof printer>;
