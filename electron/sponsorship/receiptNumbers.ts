import { sql } from 'drizzle-orm';
import { counters, office } from '../db/schema';
import type { WriteScope } from '../api/types';
import { financialYearOf } from '../shared/periods';

/**
 * Advances a named counter inside the caller's transaction: a call that fails after this rolls the
 * counter back with everything else, so the sequence never skips a number or repeats one.
 */
function advance(w: WriteScope, name: string): number {
  return w.db
    .insert(counters)
    .values({ name, value: 1 })
    .onConflictDoUpdate({ target: counters.name, set: { value: sql`${counters.value} + 1` } })
    .returning({ value: counters.value })
    .get().value;
}

const fiveDigits = (n: number) => String(n).padStart(5, '0');

/** BSH/2026-27/00001: per financial year (April–March) of the date the money was received. */
export function nextReceiptNumber(w: WriteScope, valueDate: string): string {
  const officeCode = w.db.select({ code: office.officeCode }).from(office).get()?.code ?? 'SUR';
  const year = financialYearOf(valueDate);
  return `${officeCode}/${year}/${fiveDigits(advance(w, `receipt:${year}`))}`;
}

/** PV/2026-27/00001: payment vouchers (money out to families and expenses), per financial year of the payment date. */
export function nextVoucherNumber(w: WriteScope, valueDate: string): string {
  const year = financialYearOf(valueDate);
  return `PV/${year}/${fiveDigits(advance(w, `voucher:${year}`))}`;
}

/** SP-0001: the code printed on a sponsor's receipts and statements. */
export function nextSponsorCode(w: WriteScope): string {
  return `SP-${String(advance(w, 'sponsor')).padStart(4, '0')}`;
}
