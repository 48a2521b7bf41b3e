/**
 * Small-cell suppression for the tables the monthly report breaks down by village (JJ Act s.74: a
 * village with one or two children in a row of a table can name them). A count of 1–4 is printed
 * "< 5", and so is a village's total, a column's total or the grand total of 1–4. Where the totals
 * printed exact would let a reader work a "< 5" back, more is hidden ("×"): first neighbouring
 * cells, then the village's total, then column totals, then the grand total, until every "< 5"
 * could be at least two values. A table of one village, or a column of a few children, ends with
 * its totals hidden too: the report then says that totals are hidden to protect the children.
 *
 * What a reader is assumed to know: the printed numbers and totals, that "< 5" is 1, 2, 3 or 4, that
 * a cell "×" is never 1–4 (it would have been "< 5") while a total "×" may be anything, and that the
 * totals are the sums of the cells. The check below solves the table as that reader would,
 * exhaustively, for the cells and the totals.
 */

export type PrintedCount = number | 'lt5' | 'hidden';

export interface VillageCounts {
  village: string;
  cells: number[];
}

export interface SuppressedTable {
  rows: { village: string; cells: PrintedCount[]; total: PrintedCount }[];
  /** Per column, over every village: exact unless it could give a "< 5" away. */
  columnTotals: PrintedCount[];
  total: PrintedCount;
}

type CellMark = 'lt5' | 'hidden' | null;

/** What is printed in place of each count: the cells, the villages' totals, the columns' totals and the grand total. */
export interface TableMarks {
  cells: CellMark[][];
  rowTotals: CellMark[];
  columnTotals: CellMark[];
  total: CellMark;
}

const small = (n: number) => n >= 1 && n <= 4;
/** Whether a total can be `value` as printed: exact, "< 5", or "×" (a total hidden may be any number). */
const totalFits = (mark: CellMark, value: number, exact: number) =>
  mark === 'lt5' ? small(value) : mark === 'hidden' ? true : value === exact;

/** Where an unknown sits: a cell (row, col), a village's total (row, -1), a column's total (-1, col), the grand total (-1, -1). */
interface Unknown {
  row: number;
  col: number;
  kind: 'lt5' | 'hidden';
}

/**
 * The values each unknown can take in the tables a reader could fill in, stopping once every "< 5"
 * has two. A cell is searched up to what the printed totals bound it by (its column's total, a
 * "< 5" total, the grand total); with no bound printed, a little past the true grand total, which
 * is as far as a second answer needs.
 */
function possibleValues(rows: VillageCounts[], marks: TableMarks, columns: number) {
  const unknowns: Unknown[] = [];
  const colTotal = Array.from({ length: columns }, (_, c) => rows.reduce((s, r) => s + (r.cells[c] ?? 0), 0));
  const grand = colTotal.reduce((s, v) => s + v, 0);
  const colShown = Array.from({ length: columns }, (_, c) =>
    rows.reduce((s, r, ri) => (marks.cells[ri]?.[c] ? s : s + (r.cells[c] ?? 0)), 0),
  );
  const colKnown = (c: number) => (marks.columnTotals[c] ?? null) === null;
  let unresolved = false;

  // Per row: the assignments of its unknown cells (and its total, when not printed exact) that fit the row.
  const rowOptions: { cols: number[]; ids: number[]; tuples: number[][] }[] = [];
  rows.forEach((r, ri) => {
    const cols: number[] = [];
    const ids: number[] = [];
    r.cells.forEach((_, c) => {
      const mark = marks.cells[ri]?.[c] ?? null;
      if (mark) {
        cols.push(c);
        ids.push(unknowns.push({ row: ri, col: c, kind: mark }) - 1);
      }
    });
    const rowTotal = r.cells.reduce((s, v) => s + v, 0);
    const shownSum = r.cells.reduce((s, v, c) => (marks.cells[ri]?.[c] ? s : s + v), 0);
    const totalKind = marks.rowTotals[ri] ?? null;
    if (totalKind) ids.push(unknowns.push({ row: ri, col: -1, kind: totalKind }) - 1);
    const cap = (c: number) => {
      if (colKnown(c)) return (colTotal[c] ?? 0) - (colShown[c] ?? 0);
      if (marks.columnTotals[c] === 'lt5' || marks.total === 'lt5') return 4;
      return marks.total === null ? grand : grand + 5;
    };
    const domain = (c: number, kind: 'lt5' | 'hidden') => {
      const top = cap(c);
      if (kind === 'lt5') return [1, 2, 3, 4].filter((v) => v <= top);
      const out = [0];
      for (let v = 5; v <= top; v++) out.push(v);
      return out;
    };
    const tuples: number[][] = [];
    const walk = (i: number, acc: number[], sum: number) => {
      if (tuples.length > 50_000) {
        unresolved = true;
        return;
      }
      if (i === cols.length) {
        const total = shownSum + sum;
        if (totalFits(totalKind, total, rowTotal)) tuples.push(totalKind ? [...acc, total] : [...acc]);
        return;
      }
      const col = cols[i] ?? 0;
      for (const v of domain(col, unknowns[ids[i] ?? 0]?.kind ?? 'hidden')) {
        if (totalKind === null && shownSum + sum + v > rowTotal) break;
        if (totalKind === 'lt5' && shownSum + sum + v > 4) break;
        walk(i + 1, [...acc, v], sum + v);
      }
    };
    walk(0, [], 0);
    rowOptions.push({ cols, ids, tuples });
  });

  // The columns' and the grand total's unknowns are settled once every row is filled in.
  const colIds = Array.from({ length: columns }, (_, c) => {
    const kind = marks.columnTotals[c] ?? null;
    return kind ? unknowns.push({ row: -1, col: c, kind }) - 1 : -1;
  });
  const grandId = marks.total ? unknowns.push({ row: -1, col: -1, kind: marks.total }) - 1 : -1;

  const seen = unknowns.map(() => new Set<number>());
  const colSum = colShown.slice();
  const rowsWithUnknowns = rowOptions.filter((o) => o.ids.length > 0);
  const assignment: number[] = unknowns.map(() => 0);
  let steps = 0;
  const allAmbiguous = () => seen.every((s, i) => s.size >= 2 || unknowns[i]?.kind === 'hidden');
  const search = (k: number): boolean => {
    if (++steps > 500_000) {
      unresolved = true;
      return true;
    }
    if (k === rowsWithUnknowns.length) {
      let sum = 0;
      for (let c = 0; c < columns; c++) {
        const v = colSum[c] ?? 0;
        if (!totalFits(marks.columnTotals[c] ?? null, v, colTotal[c] ?? 0)) return false;
        const id = colIds[c] ?? -1;
        if (id >= 0) assignment[id] = v;
        sum += v;
      }
      if (!totalFits(marks.total, sum, grand)) return false;
      if (grandId >= 0) assignment[grandId] = sum;
      assignment.forEach((v, i) => seen[i]?.add(v));
      return allAmbiguous();
    }
    const option = rowsWithUnknowns[k];
    if (!option) return false;
    for (const tuple of option.tuples) {
      let ok = true;
      option.cols.forEach((c, i) => {
        colSum[c] = (colSum[c] ?? 0) + (tuple[i] ?? 0);
        const mark = marks.columnTotals[c] ?? null;
        if ((mark === null && (colSum[c] ?? 0) > (colTotal[c] ?? 0)) || (mark === 'lt5' && (colSum[c] ?? 0) > 4)) ok = false;
      });
      option.ids.forEach((id, i) => (assignment[id] = tuple[i] ?? 0));
      const done = ok && search(k + 1);
      option.cols.forEach((c, i) => (colSum[c] = (colSum[c] ?? 0) - (tuple[i] ?? 0)));
      if (done) return true;
    }
    return false;
  };
  search(0);
  return { unknowns, seen, unresolved };
}

/** The "< 5" a reader could still work out from the table as printed: cells, villages' totals (col -1), columns' totals (row -1). */
export function revealedCells(rows: VillageCounts[], marks: TableMarks, columns: number): { row: number; col: number }[] {
  const { unknowns, seen, unresolved } = possibleValues(rows, marks, columns);
  // Too many ways to fill the table to list them all: no single answer for any of them.
  if (unresolved) return [];
  return unknowns.filter((u, i) => u.kind === 'lt5' && (seen[i]?.size ?? 0) < 2).map((u) => ({ row: u.row, col: u.col }));
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

/** Hides ("×") the first total printed `as` that may give `first` away, nearest it first; false when none is left. */
function hideTotal(marks: TableMarks, first: { row: number; col: number }, as: CellMark): boolean {
  if (first.row >= 0 && marks.rowTotals[first.row] === as) {
    marks.rowTotals[first.row] = 'hidden';
    return true;
  }
  const column = first.col >= 0 && marks.columnTotals[first.col] === as ? first.col : marks.columnTotals.findIndex((m) => m === as);
  if (column >= 0) {
    marks.columnTotals[column] = 'hidden';
    return true;
  }
  const row = marks.rowTotals.findIndex((m) => m === as);
  if (row >= 0) {
    marks.rowTotals[row] = 'hidden';
    return true;
  }
  if (marks.total === as) {
    marks.total = 'hidden';
    return true;
  }
  return false;
}

export function suppressVillageTable(rows: VillageCounts[], columns: number): SuppressedTable {
  const colTotal = Array.from({ length: columns }, (_, c) => rows.reduce((s, r) => s + (r.cells[c] ?? 0), 0));
  const rowTotal = rows.map((r) => r.cells.reduce((s, v) => s + v, 0));
  const grand = colTotal.reduce((s, v) => s + v, 0);
  const marks: TableMarks = {
    cells: rows.map((r) => r.cells.map((v): CellMark => (small(v) ? 'lt5' : null))),
    rowTotals: rowTotal.map((v): CellMark => (small(v) ? 'lt5' : null)),
    columnTotals: colTotal.map((v): CellMark => (small(v) ? 'lt5' : null)),
    total: small(grand) ? 'lt5' : null,
  };
  const guard = rows.length * columns + rows.length + columns + 2;
  for (let round = 0; round < guard; round++) {
    const first = revealedCells(rows, marks, columns)[0];
    if (!first) break;
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
    // the totals printed "< 5" (a "< 5" total says something: four "< 5" cells under a "< 5" total are 1 each).
    if (!hideTotal(marks, first, null) && !hideTotal(marks, first, 'lt5')) break;
  }
  return {
    rows: rows.map((r, ri) => ({
      village: r.village,
      cells: r.cells.map((v, c) => marks.cells[ri]?.[c] ?? v),
      total: marks.rowTotals[ri] ?? rowTotal[ri] ?? 0,
    })),
    columnTotals: colTotal.map((v, c) => marks.columnTotals[c] ?? v),
    total: marks.total ?? grand,
  };
}
