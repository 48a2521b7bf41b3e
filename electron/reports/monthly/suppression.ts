/**
 * Small-cell suppression for the tables the monthly report breaks down by village (JJ Act s.74: a
 * village with one or two children in a row of a table can name them). A count of 1–4 is printed
 * "< 5"; where the row and column totals (kept as they are: the report's figures add up) would let
 * a reader work it back, more cells are hidden ("×") until every "< 5" could be at least two values.
 *
 * What a reader is assumed to know: the printed numbers and totals, that "< 5" is 1, 2, 3 or 4, and
 * that "×" is never 1–4 (it would have been "< 5"). The check below solves the table as that reader
 * would, exhaustively, and hides the smallest neighbouring cell while any "< 5" has a single answer.
 */

export type PrintedCount = number | 'lt5' | 'hidden';

export interface VillageCounts {
  village: string;
  cells: number[];
}

export interface SuppressedTable {
  rows: { village: string; cells: PrintedCount[]; total: PrintedCount }[];
  /** Per column, over every village: never hidden. */
  columnTotals: number[];
  total: number;
}

const small = (n: number) => n >= 1 && n <= 4;

interface Unknown {
  row: number;
  /** The column, or -1 for the row's total. */
  col: number;
  kind: 'lt5' | 'hidden';
  value: number;
}

/** The values each unknown can take in some solution a reader could find, stopping once all have two. */
type CellMark = 'lt5' | 'hidden' | null;

function possibleValues(rows: VillageCounts[], marks: CellMark[][], totalMarks: CellMark[], columns: number) {
  const unknowns: Unknown[] = [];
  const columnTotals = Array.from({ length: columns }, (_, c) => rows.reduce((s, r) => s + (r.cells[c] ?? 0), 0));
  // Per row: the feasible assignments of its unknown cells (and its total, when hidden).
  const rowOptions: { cols: number[]; ids: number[]; tuples: number[][] }[] = [];
  let unresolved = false;
  rows.forEach((r, ri) => {
    const cols: number[] = [];
    const ids: number[] = [];
    r.cells.forEach((v, c) => {
      const mark = marks[ri]?.[c] ?? null;
      if (mark) {
        cols.push(c);
        ids.push(unknowns.push({ row: ri, col: c, kind: mark, value: v }) - 1);
      }
    });
    const rowTotal = r.cells.reduce((s, v) => s + v, 0);
    const shownSum = r.cells.reduce((s, v, c) => (marks[ri]?.[c] ? s : s + v), 0);
    const totalKind = totalMarks[ri] ?? null;
    const totalHidden = totalKind !== null;
    if (totalKind) ids.push(unknowns.push({ row: ri, col: -1, kind: totalKind, value: rowTotal }) - 1);
    const totalFits = (total: number) =>
      totalKind === 'lt5' ? small(total) : totalKind === 'hidden' ? total === 0 || total >= 5 : total === rowTotal;
    const domain = (c: number, kind: 'lt5' | 'hidden') => {
      const cap = columnTotals[c] ?? 0;
      if (kind === 'lt5') return [1, 2, 3, 4].filter((v) => v <= cap);
      const out = [0];
      for (let v = 5; v <= cap; v++) out.push(v);
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
        if (totalFits(total)) tuples.push(totalHidden ? [...acc, total] : [...acc]);
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
  const seen = unknowns.map(() => new Set<number>());
  const residual = columnTotals.map((t, c) => t - rows.reduce((s, r, ri) => (marks[ri]?.[c] ? s : s + (r.cells[c] ?? 0)), 0));
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
      if (residual.some((r) => r !== 0)) return false;
      assignment.forEach((v, i) => seen[i]?.add(v));
      return allAmbiguous();
    }
    const option = rowsWithUnknowns[k];
    if (!option) return false;
    for (const tuple of option.tuples) {
      let fits = true;
      option.cols.forEach((c, i) => {
        residual[c] = (residual[c] ?? 0) - (tuple[i] ?? 0);
        if ((residual[c] ?? 0) < 0) fits = false;
      });
      option.ids.forEach((id, i) => (assignment[id] = tuple[i] ?? 0));
      if (fits && search(k + 1)) {
        option.cols.forEach((c, i) => (residual[c] = (residual[c] ?? 0) + (tuple[i] ?? 0)));
        return true;
      }
      option.cols.forEach((c, i) => (residual[c] = (residual[c] ?? 0) + (tuple[i] ?? 0)));
    }
    return false;
  };
  search(0);
  return { unknowns, seen, unresolved };
}

/** The "< 5" cells a reader could still work out from the table as printed (for the tests and the loop below). */
export function revealedCells(
  rows: VillageCounts[],
  marks: CellMark[][],
  totalMarks: CellMark[],
  columns: number,
): { row: number; col: number }[] {
  const { unknowns, seen, unresolved } = possibleValues(rows, marks, totalMarks, columns);
  // Too many ways to fill the table to list them all: no single answer for any cell.
  if (unresolved) return [];
  return unknowns.filter((u, i) => u.kind === 'lt5' && (seen[i]?.size ?? 0) < 2).map((u) => ({ row: u.row, col: u.col }));
}

export function suppressVillageTable(rows: VillageCounts[], columns: number): SuppressedTable {
  const marks = rows.map((r) => r.cells.map((v): CellMark => (small(v) ? 'lt5' : null)));
  const totalMarks = rows.map((r): CellMark => (small(r.cells.reduce((s, v) => s + v, 0)) ? 'lt5' : null));
  const columnTotals = Array.from({ length: columns }, (_, c) => rows.reduce((s, r) => s + (r.cells[c] ?? 0), 0));
  for (let guard = 0; guard < rows.length * columns + 1; guard++) {
    const revealed = revealedCells(rows, marks, totalMarks, columns);
    const first = revealed[0];
    if (!first) break;
    // Hide the smallest shown cell beside it: in its row first, then in its column (a total's row: any cell of it).
    const candidates: { row: number; col: number; value: number; sameRow: boolean }[] = [];
    rows.forEach((r, ri) =>
      r.cells.forEach((v, c) => {
        // A zero in a column of zeros is known whatever is printed.
        if (marks[ri]?.[c] || columnTotals[c] === 0) return;
        const sameRow = ri === first.row;
        const sameColumn = c === first.col || (first.col === -1 && marks[first.row]?.[c] === 'lt5');
        if (sameRow || sameColumn) candidates.push({ row: ri, col: c, value: v, sameRow });
      }),
    );
    // A shown count of 5 or more is hidden before a zero: hiding zeros tells a reader little.
    candidates.sort((a, b) => Number(a.value === 0) - Number(b.value === 0) || Number(b.sameRow) - Number(a.sameRow) || a.value - b.value);
    const pick = candidates[0];
    if (pick) {
      const row = marks[pick.row];
      if (row) row[pick.col] = 'hidden';
      continue;
    }
    // Every cell beside it is hidden and a village's total still gives it away (a column with one
    // village in it): the village's own total is hidden, then its neighbours'. The column totals stay.
    const ownRow = totalMarks[first.row] === null ? first.row : -1;
    const totalToHide = ownRow >= 0 ? ownRow : rows.findIndex((_, ri) => totalMarks[ri] === null && marks[ri]?.[first.col] === 'hidden');
    const fallback = totalToHide >= 0 ? totalToHide : rows.findIndex((_, ri) => totalMarks[ri] === null);
    if (fallback < 0) break;
    totalMarks[fallback] = 'hidden';
  }
  return {
    rows: rows.map((r, ri) => ({
      village: r.village,
      cells: r.cells.map((v, c) => marks[ri]?.[c] ?? v),
      total: totalMarks[ri] ?? r.cells.reduce((s, v) => s + v, 0),
    })),
    columnTotals,
    total: columnTotals.reduce((s, v) => s + v, 0),
  };
}
