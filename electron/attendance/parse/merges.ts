import { valueAt, type Grid } from './grid';
import { displayText } from './text';

/**
 * Blocks merged over the day columns below the header: "Puja vacation" merged across the days of the
 * vacation, "Sunday" merged down a column, or "Absent" merged across a fortnight of one child's row.
 * Which of these is a closure is decided with the marks (rows.ts); here only where they are.
 */
export interface DayBlock {
  /** 0-based rows, inclusive. */
  top: number;
  bottom: number;
  /** Indexes into the sheet's day columns (0-based, inclusive). */
  first: number;
  last: number;
  text: string;
  /** 0-based row and column of the cell holding the text. */
  row: number;
  column: number;
}

/** The merged blocks over day columns that reach the data rows, with their text (empty blocks are left out). */
export function dayBlocksOf(grid: Grid, dataStart: number, dayColumns: readonly number[]): DayBlock[] {
  const blocks: DayBlock[] = [];
  if (!grid.merges || grid.merges.length === 0 || dayColumns.length === 0) return blocks;
  for (const merge of grid.merges) {
    if (merge.e.r < dataStart) continue;
    let first = -1;
    let last = -1;
    dayColumns.forEach((column, i) => {
      if (column >= merge.s.c && column <= merge.e.c) {
        if (first < 0) first = i;
        last = i;
      }
    });
    if (first < 0) continue;
    const text = displayText(valueAt(grid.rows[merge.s.r], merge.s.c));
    if (text === '') continue;
    blocks.push({ top: Math.max(merge.s.r, dataStart), bottom: merge.e.r, first, last, text, row: merge.s.r, column: merge.s.c });
  }
  return blocks;
}

/** Cells (row × day index) inside the blocks: not read as marks one by one. */
export function blockCells(blocks: readonly DayBlock[]): Set<number> {
  const cells = new Set<number>();
  for (const block of blocks) {
    for (let r = block.top; r <= block.bottom; r++) for (let i = block.first; i <= block.last; i++) cells.add(r * 64 + i);
  }
  return cells;
}

export function blockCellKey(row: number, dayIndex: number): number {
  return row * 64 + dayIndex;
}
