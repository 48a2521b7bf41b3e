/**
 * Small-cell suppression for the tables the monthly report breaks down by village (issue 16; JJ Act
 * s.74: a village with one or two children in a row of a table can name them).
 *
 * The rule:
 * - What is hidden: a count of 1–4 prints "< 5", in a cell and in a total (a village's, a column's, the
 *   grand total). 0 and 5 and more print exact, unless hiding them is needed (below).
 * - Why more is hidden: a reader can solve the table. They know every number the report prints, in
 *   this table and in any other section (section 2's status totals, section 1's cases closed, active and
 *   opened, the outcomes, the marriages averted, the children flagged: `KnownSum`, passed in as `known`),
 *   that "< 5" is 1, 2, 3 or 4, and that the totals are the sums of the cells. Wherever that would give
 *   a "< 5" a single possible value, more prints "×": first cells beside it, then its village's total,
 *   the column totals, the grand total, and last the figure printed elsewhere (`withheld`: it then prints
 *   "×" in every section, with the note that totals are hidden to protect the children). Done when
 *   every "< 5" could be at least two values.
 * - What "×" means: a cell "×" is 0 or 5 and more (it would be "< 5" otherwise), and hidden so that no
 *   "< 5" can be worked out; a total "×" may be anything.
 * - The check (suppressionSolver.ts) is an exhaustive search of the tables a reader could fill in, split
 *   into independent parts (cells tied by no printed sum), with a step budget (`searchBudget` per "< 5",
 *   `checkBudget` per table) so a large month still prints. A "< 5" the budget cannot settle is UNSAFE:
 *   it counts as given away, never as safe, and the suppression hides more (the villages' totals first,
 *   which splits the search into one small part per column, then the other totals, then the figures
 *   printed elsewhere) until every "< 5" is settled; a table still not settled prints every total "×".
 */

import { checkTable, small, type CellMark, type KnownSum, type TableMarks, type VillageCounts } from './suppressionSolver';

export { revealedCells, type KnownSum, type TableMarks, type VillageCounts } from './suppressionSolver';

export type PrintedCount = number | 'lt5' | 'hidden';

export interface SuppressedTable {
  rows: { village: string; cells: PrintedCount[]; total: PrintedCount }[];
  /** Per column, over every village: exact unless it could give a "< 5" away. */
  columnTotals: PrintedCount[];
  total: PrintedCount;
  /** The figures printed elsewhere (`KnownSum.key`) that must print "×" there: absent in a version closed before. */
  withheld?: string[];
}

/** What a printed table shows in place of each count (for the tests, and a reader's check of a stored version). */
export function marksOf(table: SuppressedTable): TableMarks {
  const mark = (c: PrintedCount): CellMark => (typeof c === 'number' ? null : c);
  return {
    cells: table.rows.map((r) => r.cells.map(mark)),
    rowTotals: table.rows.map((r) => mark(r.total)),
    columnTotals: table.columnTotals.map(mark),
    total: mark(table.total),
  };
}

/** Hides ("×") the first total printed `as` that may give `first` away, nearest it first; false when none is left. Pinned totals are printed elsewhere: hiding them hides nothing. */
function hideTotal(marks: TableMarks, first: { row: number; col: number }, as: CellMark, pinned: (col: number) => boolean): boolean {
  if (first.row >= 0 && marks.rowTotals[first.row] === as) {
    marks.rowTotals[first.row] = 'hidden';
    return true;
  }
  const open = (m: CellMark, c: number) => m === as && !pinned(c);
  const column =
    first.col >= 0 && open(marks.columnTotals[first.col] ?? null, first.col)
      ? first.col
      : marks.columnTotals.findIndex((m, c) => open(m, c));
  if (column >= 0) {
    marks.columnTotals[column] = 'hidden';
    return true;
  }
  const row = marks.rowTotals.findIndex((m) => m === as);
  if (row >= 0) {
    marks.rowTotals[row] = 'hidden';
    return true;
  }
  if (marks.total === as && !pinned(-1)) {
    marks.total = 'hidden';
    return true;
  }
  return false;
}

/**
 * The table as printed, and which figures printed elsewhere (`known`) must print "×" there. A figure
 * elsewhere is what a reader knows too: the check solves the table with it, and it is hidden only
 * when hiding this table's cells and totals cannot keep every "< 5" from being worked out.
 */
export function suppressVillageTable(rows: VillageCounts[], columns: number, known: KnownSum[] = []): SuppressedTable {
  const colTotal = Array.from({ length: columns }, (_, c) => rows.reduce((s, r) => s + (r.cells[c] ?? 0), 0));
  const rowTotal = rows.map((r) => r.cells.reduce((s, v) => s + v, 0));
  const grand = colTotal.reduce((s, v) => s + v, 0);
  const withheld: string[] = [];
  const printed = () => known.filter((k) => !withheld.includes(k.key));
  const allColumns = (k: KnownSum) => k.columns.length === columns && colTotal.every((_, c) => k.columns.includes(c));
  // A total printed exact elsewhere is printed exact here too: "< 5" or "×" beside it would hide nothing.
  const pinned = (col: number) =>
    printed().some((k) => k.min === k.max && (col < 0 ? allColumns(k) : k.columns.length === 1 && k.columns[0] === col));
  const marks: TableMarks = {
    cells: rows.map((r) => r.cells.map((v): CellMark => (small(v) ? 'lt5' : null))),
    rowTotals: rowTotal.map((v): CellMark => (small(v) ? 'lt5' : null)),
    columnTotals: colTotal.map((v, c): CellMark => (small(v) && !pinned(c) ? 'lt5' : null)),
    total: small(grand) && !pinned(-1) ? 'lt5' : null,
  };
  /** Hides a figure printed elsewhere that touches `col` (any, for a total of a village or the grand total); a total it pinned is now this table's to mark. */
  const withhold = (col: number): boolean => {
    const open = printed();
    const pick =
      open.find((k) => col >= 0 && k.columns.includes(col) && k.min === k.max) ??
      open.find((k) => col >= 0 && k.columns.includes(col)) ??
      open[0];
    if (!pick) return false;
    withheld.push(pick.key);
    colTotal.forEach((v, c) => {
      if (!pinned(c) && marks.columnTotals[c] === null && small(v)) marks.columnTotals[c] = 'lt5';
    });
    if (!pinned(-1) && marks.total === null && small(grand)) marks.total = 'lt5';
    return true;
  };
  const hideAllTotals = () => {
    marks.rowTotals = marks.rowTotals.map(() => 'hidden');
    marks.columnTotals = marks.columnTotals.map((m, c) => (pinned(c) ? m : 'hidden'));
    if (!pinned(-1)) marks.total = 'hidden';
  };

  const guard = rows.length * columns + rows.length + columns + known.length + 4;
  let safe = false;
  for (let round = 0; round < guard && !safe; round++) {
    const check = checkTable(rows, marks, columns, printed());
    const first = check.revealed[0];
    if (!first) {
      safe = true;
      break;
    }
    // Too big to settle: the villages' totals go first (the check then splits into one search per
    // column), then the other totals this table prints, then the figures printed elsewhere.
    if (check.unresolved) {
      if (marks.rowTotals.some((m) => m !== 'hidden')) marks.rowTotals = marks.rowTotals.map(() => 'hidden');
      else if (marks.columnTotals.some((m, c) => m !== 'hidden' && !pinned(c)) || (marks.total !== 'hidden' && !pinned(-1)))
        hideAllTotals();
      else if (!withhold(first.col)) break;
      continue;
    }
    // A cell beside it, shown: in its row first, then in its column (for a total, any cell of its row or column).
    const candidates: { row: number; col: number; value: number; sameRow: boolean }[] = [];
    rows.forEach((r, ri) =>
      r.cells.forEach((v, c) => {
        // A zero in a column of zeros is known whatever is printed.
        if (marks.cells[ri]?.[c] || colTotal[c] === 0) return;
        const sameRow = ri === first.row;
        const sameColumn = c === first.col || (first.col === -1 && marks.cells[first.row]?.[c] === 'lt5');
        if (sameRow || sameColumn) candidates.push({ row: ri, col: c, value: v, sameRow });
      }),
    );
    // A shown count of 5 or more is hidden before a zero: hiding zeros tells a reader little.
    candidates.sort((a, b) => Number(a.value === 0) - Number(b.value === 0) || Number(b.sameRow) - Number(a.sameRow) || a.value - b.value);
    const pick = candidates[0];
    if (pick) {
      const row = marks.cells[pick.row];
      if (row) row[pick.col] = 'hidden';
      continue;
    }
    // Every cell beside it is hidden and a total still gives it away: its village's total, then its
    // column's, then any village's or column's still exact, then the grand total; then, the same way,
    // the totals printed "< 5" (a "< 5" total says something: four "< 5" cells under a "< 5" total are
    // 1 each); last, a figure printed elsewhere that tells its column's total.
    if (!hideTotal(marks, first, null, pinned) && !hideTotal(marks, first, 'lt5', pinned) && !withhold(first.col)) break;
  }
  // Still not settled: every total hidden, here and elsewhere. Then no printed sum ties the cells and
  // each "< 5" may be any of 1–4.
  if (!safe) {
    for (const k of known) if (!withheld.includes(k.key)) withheld.push(k.key);
    hideAllTotals();
  }
  return {
    rows: rows.map((r, ri) => ({
      village: r.village,
      cells: r.cells.map((v, c) => marks.cells[ri]?.[c] ?? v),
      total: marks.rowTotals[ri] ?? rowTotal[ri] ?? 0,
    })),
    columnTotals: colTotal.map((v, c) => marks.columnTotals[c] ?? v),
    total: marks.total ?? grand,
    ...(known.length ? { withheld: [...new Set(withheld)] } : {}),
  };
}
