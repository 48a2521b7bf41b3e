import type { GridRow } from './grid';
import { valueAt } from './grid';
import type { SheetAddressColumns } from './addressColumns';
import type { SheetProblems } from './problems';
import { asciiDigits, cellAddress, displayText } from './text';

/** Where one child lives and whom to ask for, as the register's row says. */
export interface RowAddress {
  guardianName: string | null;
  guardianRelation: string | null;
  village: string | null;
  gramPanchayat: string | null;
  phone: string | null;
}

/** What registers write for "nothing here". */
const nothing = new Set(['-', '--', '—', 'na', 'n/a', 'nil', 'none', 'not known', 'নেই', 'জানা নেই']);

/** The most the register's form keeps of a name or a village. */
const maxText = 200;

function textOf(row: GridRow | undefined, column: number | null): string | null {
  if (column === null) return null;
  const text = displayText(valueAt(row, column)).normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '' || nothing.has(text.toLowerCase())) return null;
  return text.slice(0, maxText);
}

/**
 * A phone number as the child's form accepts it: 10 digits (a mobile), 11 (a landline with its STD
 * code, or a mobile written with 0), or +91 and 10. Spaces, dashes and dots inside are dropped;
 * of two numbers in one cell ("98300 12345 / 90070 12345") the first is taken.
 */
export function phoneOf(text: string): string | null {
  const compact = asciiDigits(text).replace(/[\s\-.()]/g, '');
  const found = /(?:^|[^0-9+])(\+91[0-9]{10}|[0-9]{10,11})(?![0-9])/.exec(` ${compact}`);
  return found?.[1] ?? null;
}

/** The address cells of a child's row; a phone cell that holds no phone number is reported at its cell. */
export function addressOfRow(row: GridRow | undefined, r: number, columns: SheetAddressColumns, problems: SheetProblems): RowAddress {
  const phoneText = textOf(row, columns.phone);
  const phone = phoneText === null ? null : phoneOf(phoneText);
  if (phoneText !== null && phone === null && columns.phone !== null) {
    const cell = cellAddress(r, columns.phone);
    problems.add('phoneUnreadable', { cell, value: phoneText }, cell, r + 1);
  }
  const guardianName = textOf(row, columns.guardian);
  return {
    guardianName,
    guardianRelation: guardianName === null ? null : columns.guardianRelation,
    village: textOf(row, columns.village),
    gramPanchayat: textOf(row, columns.gp),
    phone,
  };
}
