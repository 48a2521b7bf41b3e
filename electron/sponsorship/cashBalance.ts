import type Database from 'better-sqlite3';
import { UserError } from '../api/errors';
import type { AccountCode } from '../shared/fcra';

/**
 * Accounts that hold physical money: what is not in the box cannot be paid out of it, so the ledger
 * refuses a payment that would take one below zero. A bank account may be overdrawn (the screen warns).
 */
export const cashAccounts: readonly AccountCode[] = ['office_cash'];

export function isCashAccount(account: AccountCode): boolean {
  return cashAccounts.includes(account);
}

/**
 * The least an account holds on `valueDate` or any later day it moved: a payment dated `valueDate` is
 * taken out of every later balance too, so money received after that date cannot have paid for it.
 * Returns that balance and the day it stands (the value date when nothing later is lower).
 */
export function lowestBalanceFrom(
  sqlite: Database.Database,
  account: AccountCode,
  valueDate: string,
): { balancePaise: number; on: string } {
  const days = sqlite
    .prepare(
      `SELECT p.value_date AS day, sum(l.amount_paise) AS net FROM posting_lines l JOIN postings p ON p.id = l.posting_id
       WHERE l.account_code = ? GROUP BY p.value_date ORDER BY p.value_date`,
    )
    .all(account) as { day: string; net: number }[];
  let running = 0;
  let lowest: { balancePaise: number; on: string } | null = null;
  for (const d of days) {
    if (d.day > valueDate) {
      lowest ??= { balancePaise: running, on: valueDate };
      running += d.net;
      if (running < lowest.balancePaise) lowest = { balancePaise: running, on: d.day };
    } else {
      running += d.net;
    }
  }
  return lowest ?? { balancePaise: running, on: valueDate };
}

/**
 * Refuses money out of a cash account beyond what it holds, naming the account, its balance and the day.
 * `outgoing` is what the payment (or a whole batch) takes from each account; `field` is where the
 * screen shows it. Runs inside the write transaction, so two PCs paying at once cannot both pass.
 */
export function refuseCashBelowZero(
  sqlite: Database.Database,
  valueDate: string,
  outgoing: ReadonlyMap<AccountCode, number>,
  field: string,
): void {
  for (const [account, amountPaise] of outgoing) {
    if (!isCashAccount(account) || amountPaise <= 0) continue;
    const { balancePaise, on } = lowestBalanceFrom(sqlite, account, valueDate);
    if (balancePaise - amountPaise >= 0) continue;
    throw new UserError(
      'refused',
      'errors.sponsorship.cashBelowZero',
      // Raw, for each reader's language to say (shared/sentenceValues.ts): ₹1,000.00 / ₹১,০০০.০০.
      { balancePaise, amountPaise, shortPaise: amountPaise - balancePaise, dateOn: on },
      { field },
      409,
    );
  }
}
