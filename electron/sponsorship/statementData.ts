import type { Sqlite } from '../db/connection';
import type { paymentModes, sponsorshipPurposes, sponsorshipStatuses } from '../db/schema';
import type { ReportLanguage } from '../reports/pdf';
import { monthOf } from '../shared/periods';
import type { StatementFunding } from './statementText';

type Mode = (typeof paymentModes)[number];

export interface StatementPayment {
  postingId: number;
  date: string;
  /** The receipt's number; for a cancellation, the number of the receipt it cancels. */
  receiptNo: string;
  mode: Mode | null;
  reference: string | null;
  /** Negative for a cancelled receipt, so the column adds up to what the ledger holds. */
  amountPaise: number;
  cancellation: boolean;
}

export interface StatementMonth {
  month: string;
  payments: { amountPaise: number; mode: Mode | null; funding: StatementFunding }[];
  attendance: { presentHalves: number; daysOpen: number } | null;
}

export interface StatementChild {
  sponsoredChildId: number;
  childCode: string;
  /** Only when the family consented to the child's story being shared; otherwise the code stands alone. */
  name: string | null;
  sponsorships: {
    purpose: (typeof sponsorshipPurposes)[number];
    monthlyPaise: number;
    startMonth: string;
    status: (typeof sponsorshipStatuses)[number];
  }[];
  months: StatementMonth[];
  totalPaise: number;
  progressNote: string | null;
}

export interface SponsorStatementData {
  sponsor: { id: number; code: string; name: string; address: string | null };
  from: string;
  to: string;
  /** What the sponsor owed (positive) or had paid ahead (negative) before the period. */
  openingBalancePaise: number;
  /** Contributions that fell due in the period: every other movement of the sponsor's account. */
  duesPaise: number;
  totalReceivedPaise: number;
  closingBalancePaise: number;
  payments: StatementPayment[];
  children: StatementChild[];
  officeNote: string | null;
}

function receivableBalance(sqlite: Sqlite, sponsorId: number, through: string, inclusive: boolean): number {
  const row = sqlite
    .prepare(
      `SELECT coalesce(sum(l.amount_paise), 0) AS balance
       FROM posting_lines l JOIN postings p ON p.id = l.posting_id
       WHERE l.account_code = 'sponsor_receivable' AND l.sponsor_id = ? AND p.value_date ${inclusive ? '<=' : '<'} ?`,
    )
    .get(sponsorId, through) as { balance: number };
  return row.balance;
}

/** The sponsor's receipts in the period and the cancellations (reversals) of receipts dated in it, in date order. */
function payments(sqlite: Sqlite, sponsorId: number, from: string, to: string): StatementPayment[] {
  // What a payment moved is read off the sponsor's own account, so in-kind gifts and cancellations count exactly as posted.
  const amount = `-(SELECT coalesce(sum(amount_paise), 0) FROM posting_lines
       WHERE posting_id = p.id AND account_code = 'sponsor_receivable' AND sponsor_id = @sponsorId)`;
  const rows = sqlite
    .prepare(
      `SELECT p.id, p.value_date AS date, p.receipt_no AS receiptNo, p.mode, p.reference, 0 AS cancellation, ${amount} AS amountPaise
       FROM postings p
       WHERE p.kind = 'receipt' AND p.sponsor_id = @sponsorId AND p.value_date BETWEEN @from AND @to
       UNION ALL
       SELECT p.id, p.value_date, o.receipt_no, o.mode, o.reference, 1, ${amount}
       FROM postings p JOIN postings o ON o.id = p.reverses_id
       WHERE p.kind = 'reversal' AND o.kind = 'receipt' AND o.sponsor_id = @sponsorId AND p.value_date BETWEEN @from AND @to
       ORDER BY 2, 1`,
    )
    .all({ sponsorId, from, to }) as (Omit<StatementPayment, 'cancellation' | 'postingId'> & { id: number; cancellation: number })[];
  return rows.map((r) => ({ ...r, postingId: r.id, receiptNo: r.receiptNo, cancellation: r.cancellation === 1 }));
}

interface SponsorshipRow {
  sponsoredChildId: number;
  childId: number;
  childCode: string;
  nameEn: string | null;
  nameBn: string | null;
  storyConsent: number;
  progressNote: string | null;
  purpose: StatementChild['sponsorships'][number]['purpose'];
  monthlyPaise: number;
  startMonth: string;
  status: StatementChild['sponsorships'][number]['status'];
}

/** The children this sponsor supported at some time in the period: started by its end, not ended before it began. */
function sponsoredChildrenOf(sqlite: Sqlite, sponsorId: number, from: string, to: string): SponsorshipRow[] {
  return sqlite
    .prepare(
      `SELECT sc.id AS sponsoredChildId, c.id AS childId, c.child_code AS childCode, c.name_en AS nameEn, c.name_bn AS nameBn,
              sc.story_consent AS storyConsent, sc.progress_note AS progressNote,
              s.purpose, s.monthly_paise AS monthlyPaise, s.start_month AS startMonth, s.status
       FROM sponsorships s
       JOIN sponsored_children sc ON sc.id = s.sponsored_child_id
       JOIN children c ON c.id = sc.child_id
       WHERE s.sponsor_id = ? AND s.start_month <= ?
         AND NOT (s.status = 'ended' AND coalesce(s.status_changed_at, '9999') < ?)
       ORDER BY c.child_code, s.start_month, s.id`,
    )
    .all(sponsorId, monthOf(to), from) as SponsorshipRow[];
}

function familyMonths(sqlite: Sqlite, sponsorId: number, row: SponsorshipRow, fromMonth: string, toMonth: string) {
  // A reversed disbursement never reached the family (it was a mistake, corrected); its replacement, if any, is listed instead.
  const paid = sqlite
    .prepare(
      `SELECT p.for_month AS month, p.mode, p.funding, s.sponsor_id AS fundingSponsorId,
              (SELECT sum(amount_paise) FROM posting_lines WHERE posting_id = p.id AND account_code = 'support_to_families') AS amountPaise
       FROM postings p LEFT JOIN sponsorships s ON s.id = p.sponsorship_id
       WHERE p.kind = 'disbursement' AND p.sponsored_child_id = ? AND p.for_month BETWEEN ? AND ?
         AND NOT EXISTS (SELECT 1 FROM postings r WHERE r.reverses_id = p.id)
       ORDER BY p.for_month, p.id`,
    )
    .all(row.sponsoredChildId, fromMonth, toMonth) as {
    month: string;
    mode: Mode | null;
    funding: 'sponsor' | 'pooled' | null;
    fundingSponsorId: number | null;
    amountPaise: number;
  }[];
  const marks = sqlite
    .prepare(
      `SELECT month, days_present_halves AS presentHalves, days_open AS daysOpen
       FROM attendance_months WHERE child_id = ? AND month BETWEEN ? AND ?`,
    )
    .all(row.childId, fromMonth, toMonth) as { month: string; presentHalves: number; daysOpen: number }[];
  const months = new Map<string, StatementMonth>();
  const monthEntry = (month: string) => {
    let entry = months.get(month);
    if (!entry) {
      entry = { month, payments: [], attendance: null };
      months.set(month, entry);
    }
    return entry;
  };
  for (const p of paid) {
    const funding: StatementFunding = p.funding === 'pooled' ? 'pooled' : p.fundingSponsorId === sponsorId ? 'yours' : 'other_sponsor';
    monthEntry(p.month).payments.push({ amountPaise: p.amountPaise, mode: p.mode, funding });
  }
  for (const m of marks) if (m.daysOpen > 0) monthEntry(m.month).attendance = { presentHalves: m.presentHalves, daysOpen: m.daysOpen };
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/**
 * Everything a sponsor's statement prints, read from the ledger: opening balance + dues − received =
 * closing balance holds by construction, because dues are the sponsor account's other movements.
 */
export function sponsorStatementData(
  sqlite: Sqlite,
  input: { sponsorId: number; from: string; to: string; language: ReportLanguage; progressNote?: string | null },
): SponsorStatementData | null {
  const sponsor = sqlite.prepare('SELECT id, code, name, address FROM sponsors WHERE id = ?').get(input.sponsorId) as
    SponsorStatementData['sponsor'] | undefined;
  if (!sponsor) return null;
  const openingBalancePaise = receivableBalance(sqlite, sponsor.id, input.from, false);
  const closingBalancePaise = receivableBalance(sqlite, sponsor.id, input.to, true);
  const paid = payments(sqlite, sponsor.id, input.from, input.to);
  const totalReceivedPaise = paid.reduce((sum, p) => sum + p.amountPaise, 0);
  const fromMonth = monthOf(input.from);
  const toMonth = monthOf(input.to);

  const children = new Map<number, StatementChild>();
  for (const row of sponsoredChildrenOf(sqlite, sponsor.id, input.from, input.to)) {
    let child = children.get(row.sponsoredChildId);
    if (!child) {
      const name = input.language === 'bn' ? (row.nameBn ?? row.nameEn) : (row.nameEn ?? row.nameBn);
      const months = familyMonths(sqlite, sponsor.id, row, fromMonth, toMonth);
      child = {
        sponsoredChildId: row.sponsoredChildId,
        childCode: row.childCode,
        name: row.storyConsent === 1 ? name : null,
        sponsorships: [],
        months,
        totalPaise: months.reduce((sum, m) => sum + m.payments.reduce((s, p) => s + p.amountPaise, 0), 0),
        progressNote: row.progressNote,
      };
      children.set(row.sponsoredChildId, child);
    }
    child.sponsorships.push({ purpose: row.purpose, monthlyPaise: row.monthlyPaise, startMonth: row.startMonth, status: row.status });
  }

  return {
    sponsor,
    from: input.from,
    to: input.to,
    openingBalancePaise,
    duesPaise: closingBalancePaise - openingBalancePaise + totalReceivedPaise,
    totalReceivedPaise,
    closingBalancePaise,
    payments: paid,
    children: [...children.values()],
    officeNote: input.progressNote?.trim() ? input.progressNote.trim() : null,
  };
}
