import type Database from 'better-sqlite3';
import { daysBetween, firstDayOf } from '../shared/periods';

export interface ArrearsSettings {
  /** An unpaid month is past due this many days after its first day. */
  arrearsPastDueDays: number;
  /** This many past-due months: the due list suggests the sponsorship has lapsed. */
  arrearsLapsedMonths: number;
  /** This many past-due months: the due list suggests ending it. */
  arrearsEndedMonths: number;
}

export type ArrearsState = 'past_due' | 'lapse' | 'end';

export interface MonthCharge {
  month: string;
  paise: number;
}

export interface Arrears {
  /** What the sponsor owes overall (dues − payments); negative when they paid ahead. */
  balancePaise: number;
  /** The unpaid part of the months that are past due. */
  arrearsPaise: number;
  monthsMissed: number;
  oldestUnpaidMonth: string | null;
  state: ArrearsState | null;
}

/**
 * A sponsor's arrears on `today`: payments settle the oldest dues first; a month still (partly) unpaid
 * `arrearsPastDueDays` after its first day is missed; the count of missed months gives the state.
 * Shown to the coordinator, never acted on by itself.
 */
export function sponsorArrears(charges: readonly MonthCharge[], paidPaise: number, today: string, settings: ArrearsSettings): Arrears {
  const ordered = [...charges].filter((c) => c.paise > 0).sort((a, b) => a.month.localeCompare(b.month));
  let remaining = paidPaise;
  let arrearsPaise = 0;
  let monthsMissed = 0;
  let oldestUnpaidMonth: string | null = null;
  let balancePaise = -paidPaise;
  for (const c of ordered) {
    balancePaise += c.paise;
    const covered = Math.max(0, Math.min(remaining, c.paise));
    remaining -= covered;
    const unpaid = c.paise - covered;
    if (unpaid === 0 || daysBetween(firstDayOf(c.month), today) < settings.arrearsPastDueDays) continue;
    arrearsPaise += unpaid;
    monthsMissed += 1;
    oldestUnpaidMonth ??= c.month;
  }
  const state: ArrearsState | null =
    monthsMissed === 0
      ? null
      : monthsMissed >= settings.arrearsEndedMonths
        ? 'end'
        : monthsMissed >= settings.arrearsLapsedMonths
          ? 'lapse'
          : 'past_due';
  return { balancePaise, arrearsPaise, monthsMissed, oldestUnpaidMonth, state };
}

/**
 * Every sponsor's arrears (or one sponsor's), from the sponsor-receivable lines: lines of postings for
 * a month (dues and their reversals) are charges, the others (receipts and their reversals) payments.
 */
export function arrearsBySponsor(
  sqlite: Database.Database,
  today: string,
  settings: ArrearsSettings,
  sponsorId: number | null = null,
): Map<number, Arrears> {
  const rows = sqlite
    .prepare(
      `SELECT l.sponsor_id AS sponsorId, p.for_month AS month, sum(l.amount_paise) AS paise
       FROM posting_lines l JOIN postings p ON p.id = l.posting_id
       WHERE l.account_code = 'sponsor_receivable' AND l.sponsor_id IS NOT NULL AND (@v IS NULL OR l.sponsor_id = @v)
       GROUP BY l.sponsor_id, p.for_month`,
    )
    .all({ v: sponsorId }) as { sponsorId: number; month: string | null; paise: number }[];
  const bySponsor = new Map<number, { charges: MonthCharge[]; paid: number }>();
  for (const r of rows) {
    const entry = bySponsor.get(r.sponsorId) ?? { charges: [], paid: 0 };
    if (r.month === null) entry.paid -= r.paise;
    else entry.charges.push({ month: r.month, paise: r.paise });
    bySponsor.set(r.sponsorId, entry);
  }
  const out = new Map<number, Arrears>();
  for (const [id, e] of bySponsor) out.set(id, sponsorArrears(e.charges, e.paid, today, settings));
  return out;
}

/** The sponsors past due today and what they owe of the past-due months together: the due list's arrears, summed. */
export function arrearsTotals(
  sqlite: Database.Database,
  today: string,
  settings: ArrearsSettings,
): { sponsors: number; arrearsPaise: number } {
  let sponsors = 0;
  let arrearsPaise = 0;
  for (const a of arrearsBySponsor(sqlite, today, settings).values()) {
    if (!a.state) continue;
    sponsors += 1;
    arrearsPaise += a.arrearsPaise;
  }
  return { sponsors, arrearsPaise };
}
