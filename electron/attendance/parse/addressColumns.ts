import type { CellValue } from '../marks';
import { guardianRelationOf, headerRoleOf } from './headerWords';

/** The columns of a register that say where a child lives and whom to ask for: guardian, village or para, Gram Panchayat, phone. */

export interface SheetAddressColumns {
  guardian: number | null;
  guardianRelation: string | null;
  village: number | null;
  gp: number | null;
  phone: number | null;
}

export const noAddress: SheetAddressColumns = { guardian: null, guardianRelation: null, village: null, gp: null, phone: null };

/**
 * The address columns of a header row (and the second header row, for two-row headers), never one
 * of the columns already taken. Of several guardian columns, "Guardian" is taken over "Father" or
 * "Mother"; otherwise the first written.
 */
export function addressColumnsOf(rows: (readonly CellValue[])[], taken: Set<number>): SheetAddressColumns {
  const found: Partial<Record<'guardian' | 'village' | 'gp' | 'phone', number[]>> = {};
  for (const values of rows) {
    for (let c = 0; c < values.length; c++) {
      const value = values[c];
      if (typeof value !== 'string' || taken.has(c)) continue;
      const role = headerRoleOf(value);
      if (role === 'guardian' || role === 'village' || role === 'gp' || role === 'phone') found[role] = [...(found[role] ?? []), c];
    }
  }
  const header = (c: number) => rows.map((r) => r[c]).find((v): v is string => typeof v === 'string') ?? '';
  const guardians = found.guardian ?? [];
  const guardian = guardians.find((c) => guardianRelationOf(header(c)) === null) ?? guardians[0] ?? null;
  return {
    guardian,
    guardianRelation: guardian === null ? null : guardianRelationOf(header(guardian)),
    village: found.village?.[0] ?? null,
    gp: found.gp?.[0] ?? null,
    phone: found.phone?.[0] ?? null,
  };
}
