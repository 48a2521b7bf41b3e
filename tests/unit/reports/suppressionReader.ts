/**
 * A reader who knows every figure the report prints, written for the tests apart from the
 * suppression's own check (electron/reports/monthly/suppressionSolver.ts), so that the two can
 * disagree. It takes a village table as printed and the sums of its columns printed elsewhere, and
 * for each "< 5" (a cell, or a village's, a column's or the grand total) looks for a table that fits
 * everything printed and gives it another value than the true one. The search is complete: when it
 * finds none, the "< 5" is worked out. A search that runs past its steps is reported as such
 * (`unsettled`): a test then fails, it never passes on a search it could not finish.
 *
 * What the reader assumes: a cell "< 5" is 1–4; a cell "×" is 0 or 5 and more (it would be "< 5"
 * otherwise), up to `cap` (searching fewer values finds fewer answers: a pass stays a pass); a total
 * printed exact is the sum of its cells, a total "< 5" is 1–4, a total "×" says nothing.
 */

export type Printed = number | 'lt5' | 'hidden';

export interface PrintedTable {
  rows: { cells: Printed[]; total: Printed }[];
  columnTotals: Printed[];
  total: Printed;
}

/** A figure printed elsewhere: the sum of these columns' cells (over every village) lies in [min, max]. */
export interface PrintedSum {
  columns: number[];
  min: number;
  max: number;
}

interface Sum {
  vars: number[];
  /** The cells printed exact. */
  base: number;
  lo: number;
  hi: number;
  /** The total this sum is, when it is printed "< 5": [row, col] with -1 for a total. */
  lt5At?: [number, number];
}

export interface ReaderFinding {
  /** Each "< 5" with a single value that fits: [row, col], col -1 for a village's total, row -1 for a column's, [-1, -1] the grand total. */
  workedOut: [number, number][];
  /** "< 5"s whose search ran out of steps. */
  unsettled: [number, number][];
  /** Whether the true table fits what is printed (it always should: a check of the checker). */
  truthFits: boolean;
}

export function readTable(
  truth: number[][],
  printed: PrintedTable,
  elsewhere: PrintedSum[] = [],
  { cap = 60, steps = 200_000 }: { cap?: number; steps?: number } = {},
): ReaderFinding {
  const columns = printed.columnTotals.length;
  const vars: { row: number; col: number; kind: 'lt5' | 'hidden' }[] = [];
  const idAt = truth.map((r) => r.map(() => -1));
  printed.rows.forEach((r, row) =>
    r.cells.forEach((c, col) => {
      if (typeof c === 'number') {
        if (c !== truth[row]?.[col]) throw new Error(`cell ${row},${col} printed ${c}, is ${truth[row]?.[col]}`);
        return;
      }
      (idAt[row] as number[])[col] = vars.push({ row, col, kind: c }) - 1;
    }),
  );
  const sums: Sum[] = [];
  const add = (cells: [number, number][], mark: Printed | [number, number], at: [number, number]) => {
    if (mark === 'hidden') return;
    const s: Sum = { vars: [], base: 0, lo: 0, hi: 0 };
    for (const [row, col] of cells) {
      const id = idAt[row]?.[col] ?? -1;
      if (id >= 0) s.vars.push(id);
      else s.base += truth[row]?.[col] ?? 0;
    }
    if (mark === 'lt5') Object.assign(s, { lo: 1, hi: 4, lt5At: at });
    else if (typeof mark === 'number') Object.assign(s, { lo: mark, hi: mark });
    else Object.assign(s, { lo: mark[0], hi: mark[1] });
    sums.push(s);
  };
  const allColumns = Array.from({ length: columns }, (_, c) => c);
  const cellsOf = (cols: number[]) => truth.flatMap((_, row) => cols.map((col): [number, number] => [row, col]));
  printed.rows.forEach((r, row) =>
    add(
      allColumns.map((col): [number, number] => [row, col]),
      r.total,
      [row, -1],
    ),
  );
  printed.columnTotals.forEach((m, col) => add(cellsOf([col]), m, [-1, col]));
  add(cellsOf(allColumns), printed.total, [-1, -1]);
  for (const e of elsewhere) add(cellsOf(e.columns), [e.min, e.max], [-1, -1]);

  const value = vars.map((v) => truth[v.row]?.[v.col] ?? 0);
  const sumsOf = vars.map(() => [] as number[]);
  sums.forEach((s, si) => s.vars.forEach((v) => sumsOf[v]?.push(si)));
  const top = vars.map((v, i) =>
    v.kind === 'lt5' ? 4 : Math.min(cap, ...(sumsOf[i] ?? []).map((si) => (sums[si]?.hi ?? Infinity) - (sums[si]?.base ?? 0))),
  );
  const bottom = vars.map((v) => (v.kind === 'lt5' ? 1 : 0));
  const allowed = (i: number, x: number) => (vars[i]?.kind === 'lt5' ? x >= 1 && x <= 4 : x === 0 || x >= 5);
  const sumValue = (s: Sum, of: number[]) => s.vars.reduce((a, v) => a + (of[v] ?? 0), s.base);
  const truthFits = sums.every((s) => sumValue(s, value) >= s.lo && sumValue(s, value) <= s.hi);

  // The unknowns a "< 5" is tied to, through the printed sums.
  const partOf = (start: number[]): number[] => {
    const seen = new Set(start);
    const queue = [...start];
    while (queue.length) {
      const v = queue.shift() as number;
      for (const si of sumsOf[v] ?? [])
        for (const w of sums[si]?.vars ?? [])
          if (!seen.has(w)) {
            seen.add(w);
            queue.push(w);
          }
    }
    return [...seen];
  };

  /** A table fitting every printed sum with `fixed` and `differs` (a sum other than its truth); null when none, 'out' when out of steps. */
  const find = (order: number[], fixed: Map<number, number[]>, differs: Sum | null): number[] | null | 'out' => {
    const at = vars.map(() => Number.NaN);
    const involved = new Set(order.flatMap((v) => sumsOf[v] ?? []));
    const current = sums.map((s) => s.base);
    const restMin = sums.map(() => 0);
    const restMax = sums.map(() => 0);
    for (const si of involved)
      for (const v of sums[si]?.vars ?? []) {
        restMin[si] = (restMin[si] ?? 0) + (bottom[v] ?? 0);
        restMax[si] = (restMax[si] ?? 0) + (top[v] ?? 0);
      }
    let left = steps;
    const range = (i: number): [number, number] => {
      let lo = bottom[i] ?? 0;
      let hi = top[i] ?? 0;
      for (const si of sumsOf[i] ?? []) {
        const s = sums[si] as Sum;
        hi = Math.min(hi, s.hi - (current[si] ?? 0) - ((restMin[si] ?? 0) - (bottom[i] ?? 0)));
        lo = Math.max(lo, s.lo - (current[si] ?? 0) - ((restMax[si] ?? 0) - (top[i] ?? 0)));
      }
      return [lo, hi];
    };
    const place = (i: number, x: number, sign: 1 | -1) => {
      for (const si of sumsOf[i] ?? []) {
        current[si] = (current[si] ?? 0) + sign * x;
        restMin[si] = (restMin[si] ?? 0) - sign * (bottom[i] ?? 0);
        restMax[si] = (restMax[si] ?? 0) - sign * (top[i] ?? 0);
      }
    };
    const walk = (k: number): boolean | 'out' => {
      if (--left < 0) return 'out';
      if (k === order.length) return differs === null || sumValue(differs, at) !== sumValue(differs, value);
      const i = order[k] as number;
      const [lo, hi] = range(i);
      const truthAt = value[i] ?? 0;
      const options = fixed.get(i) ?? Array.from({ length: Math.max(0, hi - lo + 1) }, (_, d) => lo + d);
      // Nearest the truth first.
      const sorted = options
        .filter((x) => x >= lo && x <= hi && allowed(i, x))
        .sort((a, b) => Math.abs(a - truthAt) - Math.abs(b - truthAt));
      for (const x of sorted) {
        at[i] = x;
        place(i, x, 1);
        const r = walk(k + 1);
        place(i, x, -1);
        if (r) return r;
      }
      at[i] = Number.NaN;
      return false;
    };
    const r = walk(0);
    if (r === 'out') return 'out';
    return r ? at.slice() : null;
  };

  const workedOut: [number, number][] = [];
  const unsettled: [number, number][] = [];
  const seen = vars.map((_, i) => new Set([value[i] ?? 0]));
  const note = (found: number[], part: number[]) => part.forEach((v) => seen[v]?.add(found[v] ?? 0));
  vars.forEach((v, i) => {
    if (v.kind !== 'lt5' || (seen[i]?.size ?? 0) >= 2) return;
    const part = partOf([i]);
    const order = [i, ...part.filter((w) => w !== i)];
    const others = [1, 2, 3, 4].filter((x) => x !== value[i]);
    const found = find(order, new Map([[i, others]]), null);
    if (found === 'out') unsettled.push([v.row, v.col]);
    else if (found === null) workedOut.push([v.row, v.col]);
    else note(found, part);
  });
  for (const s of sums) {
    if (!s.lt5At) continue;
    const part = partOf(s.vars);
    const found = s.vars.length === 0 ? null : find([...s.vars, ...part.filter((w) => !s.vars.includes(w))], new Map(), s);
    if (found === 'out') unsettled.push(s.lt5At);
    else if (found === null) workedOut.push(s.lt5At);
  }
  return { workedOut, unsettled, truthFits };
}
