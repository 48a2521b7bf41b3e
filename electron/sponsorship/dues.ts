import type Database from 'better-sqlite3';
import type { sponsorshipStatuses } from '../db/schema';
import { debitCredit, writePosting, type LedgerWrite } from './ledger';
import { addMonths, firstDayOf, monthOf } from '../shared/periods';

export type SponsorshipStatus = (typeof sponsorshipStatuses)[number];

export interface StatusChange {
  status: SponsorshipStatus;
  /** The first month whose dues follow this status. */
  fromMonth: string;
}

/**
 * The status governing a month: the latest change (in the order they were made) that applies from
 * that month or earlier. A sponsorship's creation is its first change, from its start month.
 */
export function statusInForce(changes: readonly StatusChange[], month: string): SponsorshipStatus | null {
  let status: SponsorshipStatus | null = null;
  for (const c of changes) if (c.fromMonth <= month) status = c.status;
  return status;
}

/**
 * The months a sponsor owes dues for, from `from` to `upTo`: only months the sponsorship is active in,
 * from its start, and not past the month the child turns 18 (its planned end).
 */
export function owedMonths(args: {
  startMonth: string;
  plannedEnd: string | null;
  changes: readonly StatusChange[];
  from: string;
  upTo: string;
}): string[] {
  const first = args.from > args.startMonth ? args.from : args.startMonth;
  const endMonth = args.plannedEnd ? monthOf(args.plannedEnd) : null;
  const last = endMonth && endMonth < args.upTo ? endMonth : args.upTo;
  const months: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) if (statusInForce(args.changes, m) === 'active') months.push(m);
  return months;
}

interface SponsorshipToRaise {
  id: number;
  sponsorId: number;
  sponsoredChildId: number;
  monthlyPaise: number;
  startMonth: string;
  plannedEnd: string | null;
  duesThrough: string | null;
}

/** True when some sponsorship has months not yet settled up to `upTo`: lets reads skip opening a write. */
export function duesPending(sqlite: Database.Database, upTo: string): boolean {
  return (
    sqlite
      .prepare('SELECT 1 FROM sponsorships WHERE start_month <= @v AND (dues_through IS NULL OR dues_through < @v) LIMIT 1')
      .get({ v: upTo }) !== undefined
  );
}

/**
 * Raises each sponsorship's monthly dues (Dr sponsor receivable / Cr pooled fund) up to `upTo`, once:
 * `dues_through` remembers how far each has been settled and a unique index on (sponsorship, month)
 * backs it, so calling this again, from any screen, raises nothing twice. Returns how many were raised.
 */
export function raiseDues(w: LedgerWrite, args: { upTo: string; createdBy: number | null; createdAt: string }): number {
  const sqlite = w.sqlite;
  const pending = sqlite
    .prepare(
      `SELECT id, sponsor_id AS sponsorId, sponsored_child_id AS sponsoredChildId, monthly_paise AS monthlyPaise,
         start_month AS startMonth, planned_end AS plannedEnd, dues_through AS duesThrough
       FROM sponsorships WHERE start_month <= @v AND (dues_through IS NULL OR dues_through < @v)`,
    )
    .all({ v: args.upTo }) as SponsorshipToRaise[];
  if (pending.length === 0) return 0;
  const changes = new Map<number, StatusChange[]>();
  const allChanges = sqlite
    .prepare('SELECT sponsorship_id AS sponsorshipId, status, from_month AS fromMonth FROM sponsorship_status_changes ORDER BY id')
    .all() as (StatusChange & { sponsorshipId: number })[];
  for (const c of allChanges) {
    const list = changes.get(c.sponsorshipId) ?? [];
    list.push(c);
    changes.set(c.sponsorshipId, list);
  }
  const exists = sqlite.prepare("SELECT 1 FROM postings WHERE kind = 'dues' AND sponsorship_id = ? AND for_month = ?");
  const settle = sqlite.prepare('UPDATE sponsorships SET dues_through = ? WHERE id = ?');
  let raised = 0;
  for (const s of pending) {
    const months = owedMonths({
      startMonth: s.startMonth,
      plannedEnd: s.plannedEnd,
      changes: changes.get(s.id) ?? [],
      from: s.duesThrough ? addMonths(s.duesThrough, 1) : s.startMonth,
      upTo: args.upTo,
    });
    for (const month of months) {
      if (exists.get(s.id, month)) continue;
      const tags = { sponsorId: s.sponsorId, sponsorshipId: s.id, sponsoredChildId: s.sponsoredChildId };
      writePosting(w, {
        kind: 'dues',
        valueDate: firstDayOf(month),
        forMonth: month,
        ...tags,
        createdBy: args.createdBy,
        createdAt: args.createdAt,
        lines: debitCredit(s.monthlyPaise, { account: 'sponsor_receivable', ...tags }, { account: 'pooled_fund', ...tags }),
      });
      raised += 1;
    }
    settle.run(args.upTo, s.id);
  }
  if (raised > 0) {
    w.audit({
      action: 'ledger.raiseDues',
      entity: 'postings',
      summary: `${raised} monthly dues raised up to ${args.upTo}`,
      facts: { count: raised, month: args.upTo },
    });
  }
  return raised;
}
