import type { CellValue } from '../marks';

/**
 * One sheet as rows of cells, 0-based, holes allowed: SheetJS's dense sheets have this shape, so
 * its rows are used as they are, and the CSV reader makes the same. Only cells with a value exist,
 * so 10,000 formatted but empty rows after the data cost nothing here.
 */
export interface GridCell {
  /** SheetJS cell type: 'e' is an error (#N/A), 'z' a stub. */
  t?: string;
  v?: unknown;
}

export type GridRow = readonly (GridCell | undefined)[];

/** A merged range, 0-based and inclusive, as SheetJS gives `!merges`. */
export interface MergedRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export interface Grid {
  name: string;
  /** Merged ranges (none for CSV): a block merged over day columns is a closure, not a mark. */
  merges?: readonly MergedRange[];
  /** Hidden in the workbook (often last month's copy): read only when no visible sheet is a register. */
  hidden?: boolean;
  rows: readonly (GridRow | undefined)[];
}

/** The value of a cell as the parser reads it; errors and stubs read as blank. */
export function valueAt(row: GridRow | undefined, column: number): CellValue {
  const cell = row?.[column];
  if (!cell || cell.t === 'e' || cell.t === 'z') return undefined;
  const v = cell.v;
  if (typeof v === 'string') return v === '' ? undefined : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  return undefined;
}

/** The values of a row from column 0 to its last cell. */
export function rowValues(row: GridRow | undefined): CellValue[] {
  if (!row) return [];
  const values: CellValue[] = new Array<CellValue>(row.length);
  for (let c = 0; c < row.length; c++) values[c] = valueAt(row, c);
  return values;
}

/** Whether a row has any value at all. */
export function rowHasValue(row: GridRow | undefined): boolean {
  if (!row) return false;
  for (let c = 0; c < row.length; c++) if (valueAt(row, c) !== undefined) return true;
  return false;
}
