import { sql } from 'drizzle-orm';
import { counters, office } from '../db/schema';
import type { WriteScope } from '../api/types';

/** Case numbers run per calendar year: office code, year, sequence (BSH/2026/0007), never reused. */
export function nextCaseNumber(w: WriteScope, year: number): string {
  const officeCode = w.db.select({ code: office.officeCode }).from(office).get()?.code ?? 'SUR';
  const next = w.db
    .insert(counters)
    .values({ name: `case:${year}`, value: 1 })
    .onConflictDoUpdate({ target: counters.name, set: { value: sql`${counters.value} + 1` } })
    .returning()
    .get();
  return `${officeCode}/${year}/${String(next.value).padStart(4, '0')}`;
}
