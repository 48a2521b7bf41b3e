import { describe, expect, it } from 'vitest';
import {
  marksOf,
  revealedCells,
  suppressVillageTable,
  type TableMarks,
  type VillageCounts,
} from '../../../electron/reports/monthly/suppression';

/** Every table of up to 3 villages × 2 columns with counts 0–9: no "< 5" can be worked out from what is printed. */
function exhaustiveTables(): VillageCounts[][] {
  const values = [0, 1, 2, 5, 7];
  const out: VillageCounts[][] = [];
  for (const a of values)
    for (const b of values)
      for (const c of values)
        for (const d of values)
          for (const e of [0, 3, 6])
            for (const f of [0, 4, 9])
              out.push([
                { village: 'A', cells: [a, b] },
                { village: 'B', cells: [c, d] },
                { village: 'C', cells: [e, f] },
              ]);
  return out;
}

const exactTotals = (cells: ('lt5' | 'hidden' | null)[][], columns: number): TableMarks => ({
  cells,
  rowTotals: cells.map(() => null),
  columnTotals: Array.from({ length: columns }, () => null),
  total: null,
});

describe('"< 5" in the tables broken down by village', () => {
  it('prints 1–4 as "< 5", keeps 0 and 5 or more, and keeps the totals exact where they give nothing away', () => {
    const table = suppressVillageTable(
      [
        { village: 'Uttar Bagundi', cells: [12, 7] },
        { village: 'Khejurtala', cells: [9, 6] },
        { village: 'Dakshin Bagundi', cells: [8, 10] },
      ],
      2,
    );
    expect(table.rows.map((r) => r.cells)).toEqual([
      [12, 7],
      [9, 6],
      [8, 10],
    ]);
    expect(table.columnTotals).toEqual([29, 23]);
    expect(table.total).toBe(52);
  });

  it('hides a second cell where a single "< 5" in a row could be worked back from the row total', () => {
    const rows = [
      { village: 'Uttar Bagundi', cells: [3, 12, 9] },
      { village: 'Khejurtala', cells: [8, 6, 2] },
      { village: 'Dakshin Bagundi', cells: [7, 11, 14] },
    ];
    const table = suppressVillageTable(rows, 3);
    expect(table.rows[0]?.cells[0]).toBe('lt5');
    expect(table.rows[1]?.cells[2]).toBe('lt5');
    expect(table.rows.flatMap((r) => r.cells).filter((c) => c === 'hidden').length).toBeGreaterThanOrEqual(2);
    // Big enough columns: the totals stay exact, and yet neither "< 5" has a single answer.
    expect(table.rows.map((r) => r.total)).toEqual([24, 16, 32]);
    expect(table.columnTotals).toEqual([18, 29, 25]);
    expect(revealedCells(rows, marksOf(table), 3)).toEqual([]);
  });

  it('a table of one village hides its totals: the column totals would be the village’s own counts', () => {
    const rows = [{ village: 'Hingalganj', cells: [3, 0, 7] }];
    const table = suppressVillageTable(rows, 3);
    // The 3 is "< 5" wherever it is printed: in its cell and as its column's total.
    expect(table.rows[0]?.cells[0]).toBe('lt5');
    expect(table.columnTotals[0]).toBe('lt5');
    // Printing 7 and 10 (or 0 and 7 beside a total of 10) would give the 3 away.
    expect([table.rows[0]?.total, table.total].concat(table.columnTotals.slice(2)).some((c) => c === 'hidden')).toBe(true);
    expect(revealedCells(rows, marksOf(table), 3)).toEqual([]);
    // What it was before: the column totals printed exact gave the "< 5" away at once.
    expect(revealedCells(rows, { ...marksOf(table), columnTotals: [null, null, null], total: null }, 3)).toContainEqual({ row: 0, col: 0 });
  });

  it('a column of a few children has its total hidden when it and its "< 5" give each other away', () => {
    // Girls: 1 in Khejurtala, 5 in Uttar Bagundi: 6 girls, the "< 5" and a "×" can only be 1 + 5.
    const rows = [
      { village: 'Khejurtala', cells: [1, 9] },
      { village: 'Uttar Bagundi', cells: [5, 8] },
      { village: 'Dakshin Bagundi', cells: [0, 12] },
    ];
    expect(
      revealedCells(
        rows,
        exactTotals(
          [
            ['lt5', null],
            ['hidden', null],
            [null, null],
          ],
          2,
        ),
        2,
      ),
    ).toContainEqual({ row: 0, col: 0 });
    const table = suppressVillageTable(rows, 2);
    expect(table.rows[0]?.cells[0]).toBe('lt5');
    expect(table.columnTotals[0]).toBe('hidden');
    expect(revealedCells(rows, marksOf(table), 2)).toEqual([]);
  });

  it('a village with fewer than 5 children altogether has its total printed "< 5" too', () => {
    const table = suppressVillageTable(
      [
        { village: 'Hingalganj', cells: [1, 0] },
        { village: 'Uttar Bagundi', cells: [9, 8] },
        { village: 'Khejurtala', cells: [6, 12] },
      ],
      2,
    );
    expect(table.rows[0]?.total).toBe('lt5');
    expect(table.rows[0]?.cells[0]).toBe('lt5');
  });

  it('the check itself catches a table that gives a "< 5" away (so the tests above can fail)', () => {
    // Only the primary "< 5": the row total 15 − 12 gives 3.
    const rows = [
      { village: 'A', cells: [3, 12] },
      { village: 'B', cells: [8, 6] },
    ];
    expect(
      revealedCells(
        rows,
        exactTotals(
          [
            ['lt5', null],
            [null, null],
          ],
          2,
        ),
        2,
      ),
    ).toEqual([{ row: 0, col: 0 }]);
    // Two "< 5" with a sum of 2 (1 + 1): each must be 1, and so must be the row's "< 5" total be 2.
    const ones = [
      { village: 'A', cells: [1, 1] },
      { village: 'B', cells: [8, 6] },
    ];
    expect(
      revealedCells(
        ones,
        {
          ...exactTotals(
            [
              ['lt5', 'lt5'],
              [null, null],
            ],
            2,
          ),
          rowTotals: ['lt5', null],
        },
        2,
      ),
    ).toHaveLength(3);
    // A column total of "< 5" worked out from the grand total and the other column.
    expect(
      revealedCells(
        rows,
        {
          cells: [
            ['lt5', null],
            [null, null],
          ],
          rowTotals: [null, null],
          columnTotals: ['lt5', null],
          total: null,
        },
        2,
      ),
    ).toContainEqual({ row: -1, col: 0 });
  });

  it('no table of a full sweep of small ones gives any "< 5" away, and every exact total is the true one', () => {
    for (const rows of exhaustiveTables()) {
      const table = suppressVillageTable(rows, 2);
      const revealed = revealedCells(rows, marksOf(table), 2);
      expect({ rows: JSON.stringify(rows), printed: JSON.stringify(table), revealed }).toEqual({
        rows: JSON.stringify(rows),
        printed: JSON.stringify(table),
        revealed: [],
      });
      const sum = rows.reduce((s, r) => s + (r.cells[0] ?? 0) + (r.cells[1] ?? 0), 0);
      if (typeof table.total === 'number') expect(table.total).toBe(sum);
      else if (table.total === 'lt5') expect(sum >= 1 && sum <= 4).toBe(true);
    }
  });
});
