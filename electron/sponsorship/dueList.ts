import type Database from 'better-sqlite3';
import { sponsoredChildrenAbsent, type AbsentChild } from './absentChildren';
import { arrearsBySponsor, type ArrearsSettings, type ArrearsState } from './arrears';
import { statusInForce, type StatusChange } from './dues';
import type { Funding } from './ledger';
import type { AccountCode } from '../shared/fcra';
import { monthOf } from '../shared/periods';

export interface SponsorInArrears {
  sponsorId: number;
  code: string;
  name: string;
  arrearsPaise: number;
  monthsMissed: number;
  oldestUnpaidMonth: string;
  state: ArrearsState;
}

export interface FamilyDue {
  sponsoredChildId: number;
  childId: number;
  childCode: string;
  name: string;
  guardianName: string;
  payoutMethod: 'bank' | 'cash';
  dueMonth: string;
  amountPaise: number;
  /** due: this month, not yet paid; overdue: a past month not paid; paid: a disbursement stands for the month. */
  state: 'due' | 'paid' | 'overdue';
  /** Suggested: the sponsor's money while a sponsorship is active and its sponsor not lapsing, else the pooled fund. */
  funding: Funding;
  sponsorshipId: number | null;
  /** Whose money pays it: the sponsor's name, or null for the pooled fund. */
  sponsorName: string | null;
  /**
   * The account the sponsor's money went into (their latest receipt standing), where "Paid from" starts;
   * null for the pooled fund or a sponsor who has paid nothing yet.
   */
  moneyIn: AccountCode | null;
  paidPostingId: number | null;
  voucherNo: string | null;
}

export interface DueList {
  month: string;
  sponsorsInArrears: SponsorInArrears[];
  families: FamilyDue[];
  absentChildren: AbsentChild[];
}

const stateOrder = { end: 0, lapse: 1, past_due: 2 } as const;
const familyOrder = { overdue: 0, due: 1, paid: 2 } as const;

/**
 * Who owes and who is owed for `month`: sponsors past due (by the office's thresholds, as of today)
 * and every supported family with whether its support for the month was paid. Dues must be raised first.
 */
export function dueList(sqlite: Database.Database, month: string, today: string, settings: ArrearsSettings): DueList {
  const sponsorRows = sqlite.prepare('SELECT id, code, name FROM sponsors').all() as { id: number; code: string; name: string }[];
  const arrears = arrearsBySponsor(sqlite, today, settings);
  const sponsorsInArrears: SponsorInArrears[] = [];
  for (const s of sponsorRows) {
    const a = arrears.get(s.id);
    if (!a?.state || !a.oldestUnpaidMonth) continue;
    sponsorsInArrears.push({
      sponsorId: s.id,
      code: s.code,
      name: s.name,
      arrearsPaise: a.arrearsPaise,
      monthsMissed: a.monthsMissed,
      oldestUnpaidMonth: a.oldestUnpaidMonth,
      state: a.state,
    });
  }
  sponsorsInArrears.sort(
    (a, b) => stateOrder[a.state] - stateOrder[b.state] || b.monthsMissed - a.monthsMissed || a.name.localeCompare(b.name),
  );

  const paid = new Map(
    (
      sqlite
        .prepare(
          `SELECT p.sponsored_child_id AS childId, p.id, p.voucher_no AS voucherNo FROM postings p
           WHERE p.kind = 'disbursement' AND p.for_month = ? AND NOT EXISTS (SELECT 1 FROM postings r WHERE r.reverses_id = p.id)`,
        )
        .all(month) as { childId: number; id: number; voucherNo: string }[]
    ).map((p) => [p.childId, p]),
  );
  const families = sqlite
    .prepare(
      `SELECT sc.id AS sponsoredChildId, c.id AS childId, c.child_code AS childCode, coalesce(c.name_en, c.name_bn, '') AS name,
         sc.guardian_name AS guardianName, sc.payout_method AS payoutMethod, sc.monthly_support_paise AS amountPaise,
         sc.status, (SELECT min(s.start_month) FROM sponsorships s WHERE s.sponsored_child_id = sc.id) AS supportFrom
       FROM sponsored_children sc JOIN children c ON c.id = sc.child_id`,
    )
    .all() as (Pick<FamilyDue, 'sponsoredChildId' | 'childId' | 'childCode' | 'name' | 'guardianName' | 'payoutMethod' | 'amountPaise'> & {
    status: string;
    supportFrom: string | null;
  })[];

  const ships = sqlite
    .prepare('SELECT id, sponsor_id AS sponsorId, sponsored_child_id AS childId, status FROM sponsorships ORDER BY id')
    .all() as { id: number; sponsorId: number; childId: number; status: string }[];
  const changes = new Map<number, StatusChange[]>();
  for (const c of sqlite
    .prepare('SELECT sponsorship_id AS sponsorshipId, status, from_month AS fromMonth FROM sponsorship_status_changes ORDER BY id')
    .all() as (StatusChange & { sponsorshipId: number })[]) {
    changes.set(c.sponsorshipId, [...(changes.get(c.sponsorshipId) ?? []), c]);
  }
  const current = monthOf(today);
  const sponsoringFor = new Map<number, number>();
  for (const s of ships) {
    // This month follows the status as it is now (a sponsor lapsed today is not counted on); past months as they were.
    const status = month >= current ? s.status : statusInForce(changes.get(s.id) ?? [], month);
    if (sponsoringFor.has(s.childId) || status !== 'active') continue;
    // A sponsor whom the coordinator is told to treat as lapsed should not be counted on for the month.
    const state = arrears.get(s.sponsorId)?.state;
    if (state === 'lapse' || state === 'end') continue;
    sponsoringFor.set(s.childId, s.id);
  }

  const sponsorOf = new Map(ships.map((s) => [s.id, s.sponsorId]));
  const nameOf = new Map(sponsorRows.map((s) => [s.id, s.name]));
  // Ordered oldest first, so each sponsor ends on the account of their latest receipt that stands.
  const moneyIn = new Map(
    (
      sqlite
        .prepare(
          `SELECT p.sponsor_id AS sponsorId, l.account_code AS account FROM postings p
           JOIN posting_lines l ON l.posting_id = p.id AND l.amount_paise > 0
           WHERE p.kind = 'receipt' AND NOT EXISTS (SELECT 1 FROM postings r WHERE r.reverses_id = p.id)
           ORDER BY p.value_date, p.id`,
        )
        .all() as { sponsorId: number; account: AccountCode }[]
    ).map((r) => [r.sponsorId, r.account]),
  );
  const rows: FamilyDue[] = [];
  for (const f of families) {
    const payment = paid.get(f.sponsoredChildId);
    // Support never stops by itself: every supported family from its first sponsorship's month, and any paid.
    if (!payment && (f.status !== 'supported' || !f.supportFrom || f.supportFrom > month)) continue;
    const sponsorshipId = sponsoringFor.get(f.sponsoredChildId) ?? null;
    const sponsorId = sponsorshipId === null ? undefined : sponsorOf.get(sponsorshipId);
    rows.push({
      sponsoredChildId: f.sponsoredChildId,
      childId: f.childId,
      childCode: f.childCode,
      name: f.name,
      guardianName: f.guardianName,
      payoutMethod: f.payoutMethod,
      dueMonth: month,
      amountPaise: f.amountPaise,
      state: payment ? 'paid' : month < current ? 'overdue' : 'due',
      funding: sponsorshipId ? 'sponsor' : 'pooled',
      sponsorshipId,
      sponsorName: sponsorId === undefined ? null : (nameOf.get(sponsorId) ?? null),
      moneyIn: sponsorId === undefined ? null : (moneyIn.get(sponsorId) ?? null),
      paidPostingId: payment?.id ?? null,
      voucherNo: payment?.voucherNo ?? null,
    });
  }
  rows.sort((a, b) => familyOrder[a.state] - familyOrder[b.state] || a.name.localeCompare(b.name));
  return { month, sponsorsInArrears, families: rows, absentChildren: sponsoredChildrenAbsent(sqlite) };
}
