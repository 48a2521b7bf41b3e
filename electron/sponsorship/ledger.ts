import type Database from 'better-sqlite3';
import type { WriteScope } from '../api/types';
import type { fundings, paymentModes, postingKinds, recipientMarks } from '../db/schema';
import type { AccountCode } from '../shared/fcra';
import { financialYearOf } from '../shared/periods';

/** A write transaction plus the raw connection it runs on, for the ledger's prepared statements. */
export interface LedgerWrite extends WriteScope {
  sqlite: Database.Database;
}

export type PostingKind = (typeof postingKinds)[number];
export type Funding = (typeof fundings)[number];

export interface PostingLine {
  account: AccountCode;
  /** Debit > 0, credit < 0. */
  amountPaise: number;
  sponsorId?: number | null;
  sponsorshipId?: number | null;
  sponsoredChildId?: number | null;
  funding?: Funding | null;
}

export interface NewPosting {
  kind: PostingKind;
  valueDate: string;
  forMonth?: string | null;
  receiptNo?: string | null;
  voucherNo?: string | null;
  sponsorId?: number | null;
  sponsorshipId?: number | null;
  sponsoredChildId?: number | null;
  mode?: (typeof paymentModes)[number] | null;
  reference?: string | null;
  funding?: Funding | null;
  eligible80g?: boolean | null;
  recipientName?: string | null;
  recipientMark?: (typeof recipientMarks)[number] | null;
  inKindDescription?: string | null;
  attachment?: string | null;
  reversesId?: number | null;
  reason?: string | null;
  createdBy: number | null;
  createdAt: string;
  lines: PostingLine[];
}

interface Statements {
  nextId: Database.Statement<[], { next: number }>;
  line: Database.Statement<unknown[]>;
  posting: Database.Statement<unknown[]>;
}

// One set of prepared statements per connection: a batch of 1,000 disbursements reuses them.
const prepared = new WeakMap<Database.Database, Statements>();

function statements(sqlite: Database.Database): Statements {
  let s = prepared.get(sqlite);
  if (!s) {
    s = {
      // Lines are written before their posting row, so a line left by a failed raw insert could carry
      // the next free id; starting past both keeps such a stray line out of every new posting.
      nextId: sqlite.prepare(
        'SELECT max(coalesce((SELECT max(id) FROM postings), 0), coalesce((SELECT max(posting_id) FROM posting_lines), 0)) + 1 AS next',
      ),
      line: sqlite.prepare(
        `INSERT INTO posting_lines (posting_id, account_code, amount_paise, sponsor_id, sponsorship_id, sponsored_child_id, funding)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      posting: sqlite.prepare(
        `INSERT INTO postings (id, kind, value_date, for_month, receipt_no, voucher_no, financial_year, sponsor_id, sponsorship_id,
           sponsored_child_id, mode, reference, funding, eligible_80g, recipient_name, recipient_mark, in_kind_description, attachment,
           reverses_id, reason, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
    prepared.set(sqlite, s);
  }
  return s;
}

/** A programming error, not a user's: the database would refuse it anyway (postings_balanced trigger). */
export function assertBalanced(lines: readonly PostingLine[]): void {
  if (lines.length < 2) throw new Error('a posting needs at least two lines');
  let sum = 0;
  for (const l of lines) {
    if (!Number.isSafeInteger(l.amountPaise) || l.amountPaise === 0) throw new Error(`not a posting amount: ${l.amountPaise}`);
    sum += l.amountPaise;
  }
  if (sum !== 0) throw new Error(`posting does not balance: ${sum}`);
}

/** Debit one account and credit another with the same amount. */
export function debitCredit(
  amountPaise: number,
  debit: Omit<PostingLine, 'amountPaise'>,
  credit: Omit<PostingLine, 'amountPaise'>,
): PostingLine[] {
  return [
    { ...debit, amountPaise },
    { ...credit, amountPaise: -amountPaise },
  ];
}

/** A reversal's lines: the original's, each negated, on the same accounts and for the same sponsor, sponsorship and child. */
export function reversalLines(original: readonly PostingLine[]): PostingLine[] {
  return original.map((l) => ({ ...l, amountPaise: -l.amountPaise }));
}

const bool = (v: boolean | null | undefined) => (v === null || v === undefined ? null : v ? 1 : 0);

/** Writes one posting inside the caller's transaction: its lines first, then the row that seals them. */
export function writePosting(w: LedgerWrite, p: NewPosting): number {
  assertBalanced(p.lines);
  const s = statements(w.sqlite);
  const id = s.nextId.get()?.next ?? 1;
  for (const l of p.lines) {
    s.line.run(id, l.account, l.amountPaise, l.sponsorId ?? null, l.sponsorshipId ?? null, l.sponsoredChildId ?? null, l.funding ?? null);
  }
  s.posting.run(
    id,
    p.kind,
    p.valueDate,
    p.forMonth ?? null,
    p.receiptNo ?? null,
    p.voucherNo ?? null,
    financialYearOf(p.valueDate),
    p.sponsorId ?? null,
    p.sponsorshipId ?? null,
    p.sponsoredChildId ?? null,
    p.mode ?? null,
    p.reference ?? null,
    p.funding ?? null,
    bool(p.eligible80g),
    p.recipientName ?? null,
    p.recipientMark ?? null,
    p.inKindDescription ?? null,
    p.attachment ?? null,
    p.reversesId ?? null,
    p.reason ?? null,
    p.createdBy,
    p.createdAt,
  );
  return id;
}

export interface TrialBalanceRow {
  code: AccountCode;
  name: string;
  type: 'asset' | 'fund' | 'expense';
  fcra: boolean;
  debitPaise: number;
  creditPaise: number;
  /** Debit − credit: positive is a debit balance. */
  balancePaise: number;
}

export interface TrialBalance {
  asOf: string | null;
  accounts: TrialBalanceRow[];
  totalDebitPaise: number;
  totalCreditPaise: number;
}

/**
 * Each account's balance over the postings dated up to `asOf`, shown in the debit or the credit column
 * as a trial balance does; the two totals agree because every posting balances.
 */
export function trialBalance(sqlite: Database.Database, asOf: string | null): TrialBalance {
  const accounts = sqlite.prepare('SELECT code, name, type, fcra FROM ledger_accounts ORDER BY sort_order').all() as {
    code: AccountCode;
    name: string;
    type: TrialBalanceRow['type'];
    fcra: number;
  }[];
  const sums = sqlite
    .prepare(
      `SELECT l.account_code AS code, sum(l.amount_paise) AS balance
       FROM posting_lines l JOIN postings p ON p.id = l.posting_id
       WHERE @v IS NULL OR p.value_date <= @v
       GROUP BY l.account_code`,
    )
    .all({ v: asOf }) as { code: AccountCode; balance: number }[];
  const byCode = new Map(sums.map((s) => [s.code, s.balance]));
  const rows = accounts.map((a): TrialBalanceRow => {
    const balancePaise = byCode.get(a.code) ?? 0;
    return {
      code: a.code,
      name: a.name,
      type: a.type,
      fcra: a.fcra === 1,
      debitPaise: Math.max(balancePaise, 0),
      creditPaise: Math.max(-balancePaise, 0),
      balancePaise,
    };
  });
  return {
    asOf,
    accounts: rows,
    totalDebitPaise: rows.reduce((s, r) => s + r.debitPaise, 0),
    totalCreditPaise: rows.reduce((s, r) => s + r.creditPaise, 0),
  };
}
