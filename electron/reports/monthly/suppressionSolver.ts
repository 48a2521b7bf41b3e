/**
 * The reader's check of a village table (suppression.ts): solves the table as printed, with what the
 * rest of the report says about its columns, the way a reader who knows every printed number would,
 * and names each "< 5" that has a single possible value.
 *
 * The unknowns are the cells printed "< 5" (1–4) or "×" (0, or 5 and more). Every printed total is
 * a constraint on a sum of cells: a village's, a column's or the grand total (exact: that value;
 * "< 5": 1–4; "×": none), and each figure printed elsewhere that is a sum of some columns' totals
 * (`KnownSum`: between min and max). A "< 5" is safe once two tables fitting all of it give it two
 * values: the true table is one; for each "< 5" not yet seen with a second value the search looks
 * for a table where it differs, and every table found adds its values to what was seen.
 *
 * Bounded: each search has a step budget. A "< 5" the budget could not settle is not safe (the
 * check says so, `unresolved`), and the suppression hides more until the check can settle every one.
 * The search is split into independent parts first (cells tied by no printed total), so a table
 * whose villages' totals are hidden is one small search per column.
 */

export type CellMark = 'lt5' | 'hidden' | null;

/** What is printed in place of each count: the cells, the villages' totals, the columns' totals and the grand total. */
export interface TableMarks {
  cells: CellMark[][];
  rowTotals: CellMark[];
  columnTotals: CellMark[];
  total: CellMark;
}

export interface VillageCounts {
  village: string;
  cells: number[];
}

/**
 * A figure printed elsewhere in the report that tells a reader about a sum of this table's column
 * totals: it lies between `min` and `max` (equal for a figure that is that sum). `key` names the
 * figure wherever it is printed; a figure the suppression hides is printed "×" everywhere.
 */
export interface KnownSum {
  key: string;
  columns: number[];
  min: number;
  max: number;
}

const small = (n: number) => n >= 1 && n <= 4;

interface Constraint {
  vars: number[];
  /** The shown cells' sum. */
  base: number;
  lo: number;
  hi: number;
}

/** What must have a second value: a cell (by its unknown's index) or a total printed "< 5" (by its constraint). */
type Target = { row: number; col: number } & ({ variable: number } | { constraint: number; truth: number });

const searchBudget = 20_000;
const checkBudget = 1_000_000;

export interface TableCheck {
  revealed: { row: number; col: number }[];
  /** Whether a search ran out of steps: what it could not settle is counted as revealed. */
  unresolved: boolean;
}

export function checkTable(rows: VillageCounts[], marks: TableMarks, columns: number, known: KnownSum[] = []): TableCheck {
  const colTotal = Array.from({ length: columns }, (_, c) => rows.reduce((s, r) => s + (r.cells[c] ?? 0), 0));
  const grand = colTotal.reduce((s, v) => s + v, 0);
  const vars: { row: number; col: number; kind: 'lt5' | 'hidden'; truth: number }[] = [];
  const varAt = rows.map(() => Array.from({ length: columns }, () => -1));
  rows.forEach((r, ri) =>
    r.cells.forEach((v, c) => {
      const kind = marks.cells[ri]?.[c] ?? null;
      if (kind) (varAt[ri] as number[])[c] = vars.push({ row: ri, col: c, kind, truth: v }) - 1;
    }),
  );

  const constraints: Constraint[] = [];
  const targets: Target[] = [];
  const sumOf = (
    cells: { row: number; col: number }[],
    mark: CellMark | 'known',
    lo: number,
    hi: number,
    at: { row: number; col: number },
  ) => {
    const ids: number[] = [];
    let base = 0;
    let truth = 0;
    for (const { row, col } of cells) {
      const id = varAt[row]?.[col] ?? -1;
      const v = rows[row]?.cells[col] ?? 0;
      truth += v;
      if (id >= 0) ids.push(id);
      else base += v;
    }
    if (mark === 'hidden') return;
    const bounds = mark === 'lt5' ? { lo: 1, hi: 4 } : { lo, hi };
    const index = constraints.push({ vars: ids, base, ...bounds }) - 1;
    if (mark === 'lt5') targets.push({ ...at, constraint: index, truth });
  };
  const cellsOfColumns = (cols: number[]) => rows.flatMap((_, row) => cols.map((col) => ({ row, col })));
  const all = Array.from({ length: columns }, (_, c) => c);

  rows.forEach((r, row) => {
    const total = r.cells.reduce((s, v) => s + v, 0);
    sumOf(
      all.map((col) => ({ row, col })),
      marks.rowTotals[row] ?? null,
      total,
      total,
      { row, col: -1 },
    );
  });
  // A column is pinned when its total is printed exact, here or elsewhere: a sum of pinned columns says nothing more.
  const byMark = all.map((c) => (marks.columnTotals[c] ?? null) === null);
  const exactAlone = (k: KnownSum) => k.columns.length === 1 && k.min === k.max;
  const pinned = all.map((c) => byMark[c] || known.some((k) => exactAlone(k) && k.columns[0] === c));
  all.forEach((c) => sumOf(cellsOfColumns([c]), marks.columnTotals[c] ?? null, colTotal[c] ?? 0, colTotal[c] ?? 0, { row: -1, col: c }));
  if (!all.every((c) => pinned[c]) || marks.total === 'lt5') sumOf(cellsOfColumns(all), marks.total, grand, grand, { row: -1, col: -1 });
  for (const k of known) {
    const redundant = k.columns.every((c) => (exactAlone(k) ? byMark[c] : pinned[c]));
    if (!redundant) sumOf(cellsOfColumns(k.columns), 'known', k.min, k.max, { row: -1, col: -1 });
  }
  vars.forEach((v, i) => {
    if (v.kind === 'lt5') targets.push({ row: v.row, col: v.col, variable: i });
  });

  // With no printed total above it, a "×" is searched up to a little past the true grand total: as far as a second answer needs.
  const cap = vars.map((_, i) =>
    constraints.reduce((top, k) => (k.vars.includes(i) && Number.isFinite(k.hi) ? Math.min(top, k.hi - k.base) : top), grand + 5),
  );
  const domainMin = (i: number) => (vars[i]?.kind === 'lt5' ? 1 : 0);
  const domainMax = (i: number) => (vars[i]?.kind === 'lt5' ? 4 : Math.max(0, cap[i] ?? 0));

  // Independent parts: unknowns tied by a printed total.
  const parent = vars.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (const k of constraints) for (const v of k.vars.slice(1)) parent[find(v)] = find(k.vars[0] ?? v);
  const byVar = vars.map(() => [] as number[]);
  constraints.forEach((k, ki) => k.vars.forEach((v) => byVar[v]?.push(ki)));

  const seen = vars.map((v) => new Set([v.truth]));
  const seenSum = constraints.map(() => new Set<number>());
  targets.forEach((t) => 'constraint' in t && seenSum[t.constraint]?.add(t.truth));
  let stepsLeft = checkBudget;
  let unresolved = false;

  /** Looks for a table, in the part of `first`, where `target` differs from the truth; records what it finds. */
  const searchFor = (target: Target) => {
    const first = 'variable' in target ? target.variable : (constraints[target.constraint]?.vars[0] ?? -1);
    if (first < 0) return;
    const part = find(first);
    const inPart = vars.map((_, i) => i).filter((i) => find(i) === part);
    const lead = 'variable' in target ? [target.variable] : (constraints[target.constraint]?.vars ?? []);
    const order = [...lead, ...inPart.filter((i) => !lead.includes(i))];
    const partConstraints = [...new Set(inPart.flatMap((i) => byVar[i] ?? []))];
    const sum = constraints.map((k) => k.base);
    const remMin = constraints.map(() => 0);
    const remMax = constraints.map(() => 0);
    for (const ki of partConstraints)
      for (const v of constraints[ki]?.vars ?? []) {
        remMin[ki] = (remMin[ki] ?? 0) + domainMin(v);
        remMax[ki] = (remMax[ki] ?? 0) + domainMax(v);
      }
    const value = vars.map((v) => v.truth);
    let steps = 0;
    const sumTarget = 'constraint' in target ? target : null;
    const candidates = (i: number): number[] => {
      let lo = domainMin(i);
      let hi = domainMax(i);
      for (const ki of byVar[i] ?? []) {
        const k = constraints[ki];
        if (!k) continue;
        const others = (sum[ki] ?? 0) + (remMin[ki] ?? 0) - domainMin(i);
        const othersMax = (sum[ki] ?? 0) + (remMax[ki] ?? 0) - domainMax(i);
        hi = Math.min(hi, k.hi - others);
        lo = Math.max(lo, k.lo - othersMax);
      }
      const truth = vars[i]?.truth ?? 0;
      const out: number[] = [];
      // Nearest the truth first: a second table is most often the true one with a few counts moved.
      const span = Math.max(hi - truth, truth - lo);
      for (let d = 0; d <= span; d++)
        for (const v of d === 0 ? [truth] : [truth - d, truth + d])
          if (v >= lo && v <= hi && (vars[i]?.kind === 'lt5' || v === 0 || v >= 5)) out.push(v);
      return 'variable' in target && target.variable === i ? out.filter((v) => v !== truth) : out;
    };
    const walk = (k: number): boolean => {
      if (++steps > searchBudget || --stepsLeft < 0) return false;
      if (sumTarget && k === (constraints[sumTarget.constraint]?.vars.length ?? 0) && sum[sumTarget.constraint] === sumTarget.truth)
        return false;
      if (k === order.length) return true;
      const i = order[k] ?? 0;
      for (const v of candidates(i)) {
        value[i] = v;
        for (const ki of byVar[i] ?? []) {
          sum[ki] = (sum[ki] ?? 0) + v;
          remMin[ki] = (remMin[ki] ?? 0) - domainMin(i);
          remMax[ki] = (remMax[ki] ?? 0) - domainMax(i);
        }
        const found = walk(k + 1);
        for (const ki of byVar[i] ?? []) {
          sum[ki] = (sum[ki] ?? 0) - v;
          remMin[ki] = (remMin[ki] ?? 0) + domainMin(i);
          remMax[ki] = (remMax[ki] ?? 0) + domainMax(i);
        }
        if (found) {
          value[i] = v;
          return true;
        }
        if (steps > searchBudget || stepsLeft < 0) return false;
      }
      return false;
    };
    if (walk(0)) {
      for (const i of inPart) seen[i]?.add(value[i] ?? 0);
      for (const ki of partConstraints)
        seenSum[ki]?.add((constraints[ki]?.vars ?? []).reduce((s, v) => s + (value[v] ?? 0), constraints[ki]?.base ?? 0));
    } else if (steps > searchBudget || stepsLeft < 0) unresolved = true;
  };

  const settled = (t: Target) => ('variable' in t ? (seen[t.variable]?.size ?? 0) : (seenSum[t.constraint]?.size ?? 0)) >= 2;
  for (const t of targets) if (!settled(t) && stepsLeft > 0) searchFor(t);
  if (stepsLeft <= 0 && targets.some((t) => !settled(t))) unresolved = true;
  return { revealed: targets.filter((t) => !settled(t)).map((t) => ({ row: t.row, col: t.col })), unresolved };
}

/** The "< 5" a reader could work out (or the check could not settle): cells, villages' totals (col -1), columns' totals (row -1). */
export function revealedCells(
  rows: VillageCounts[],
  marks: TableMarks,
  columns: number,
  known: KnownSum[] = [],
): { row: number; col: number }[] {
  return checkTable(rows, marks, columns, known).revealed;
}

export { small };
