/**
 * Five years of the sponsorship programme written straight into the database with prepared statements
 * in one transaction, the way the ledger writer does it: each posting's lines, then the row that seals them.
 */
import { performance } from 'node:perf_hooks';
import type { Host } from '../../electron/host/host';
import { nameKeyOf } from '../../electron/register/nameKey';
import { financialYearOf } from '../../electron/shared/periods';
import { random } from './benchKit';
import { girlNames, surnames, villages } from './names';

const childCount = 1_000;
const sponsorCount = 600;
const firstMonth = '2021-11';
/** 2021-11 … 2026-10: the bench's today is 24/11/2026, so November's dues are raised by the first due list. */
export const monthCount = 60;
export const benchToday = new Date('2026-11-24T09:00:00Z');

function monthAt(index: number): string {
  const [y, m] = firstMonth.split('-').map(Number) as [number, number];
  const n = y * 12 + (m - 1) + index;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

export interface Seeded {
  postings: number;
  lines: number;
  ms: number;
}

/** Writes the programme straight into the database, the way the ledger writer would: lines, then the sealing posting row. */
export function seedSponsorship(host: Host): Seeded {
  const { sqlite } = host.database;
  const rnd = random(6);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const started = performance.now();
  const at = benchToday.toISOString();
  const insertChild = sqlite.prepare(
    `INSERT INTO children (child_code, name_en, name_key, sex, birth_basis, date_of_birth, guardian_name, guardian_relation, village, created_at, updated_at)
     VALUES (?, ?, ?, 'female', 'dob', ?, ?, 'mother', ?, ?, ?)`,
  );
  const insertFamily = sqlite.prepare(
    `INSERT INTO sponsored_children (child_id, guardian_name, guardian_relation, payout_method, account_number, ifsc, priority, monthly_support_paise, status, created_at, updated_at)
     VALUES (?, ?, 'mother', ?, ?, ?, 3, ?, 'supported', ?, ?)`,
  );
  const insertSponsor = sqlite.prepare(
    `INSERT INTO sponsors (code, kind, name, citizenship, passport_country, wants_80g, tax_id_type, tax_id, created_at, updated_at)
     VALUES (?, 'individual', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSponsorship = sqlite.prepare(
    `INSERT INTO sponsorships (sponsor_id, sponsored_child_id, purpose, monthly_paise, start_month, planned_end, status, status_changed_at, dues_through, created_at)
     VALUES (?, ?, 'living', ?, ?, ?, 'active', ?, ?, ?)`,
  );
  const insertChange = sqlite.prepare(
    "INSERT INTO sponsorship_status_changes (sponsorship_id, status, from_month, changed_on) VALUES (?, 'active', ?, '2021-11-01')",
  );
  const insertLine = sqlite.prepare(
    'INSERT INTO posting_lines (posting_id, account_code, amount_paise, sponsor_id, sponsorship_id, sponsored_child_id, funding) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertPosting = sqlite.prepare(
    `INSERT INTO postings (id, kind, value_date, for_month, receipt_no, voucher_no, financial_year, sponsor_id, sponsorship_id, sponsored_child_id,
       mode, reference, funding, eligible_80g, recipient_name, recipient_mark, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  const setCounter = sqlite.prepare(
    'INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value',
  );
  let postingId = 0;
  let lines = 0;
  const receiptCounters = new Map<string, number>();
  const voucherCounters = new Map<string, number>();
  const nextNumber = (counters: Map<string, number>, year: string) => {
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    return String(n).padStart(5, '0');
  };
  const post = (
    kind: string,
    valueDate: string,
    forMonth: string | null,
    numbers: { receiptNo?: string; voucherNo?: string },
    tags: { sponsorId: number | null; sponsorshipId: number | null; childId: number | null; funding: string | null },
    extra: {
      mode: string | null;
      reference: string | null;
      eligible80g: number | null;
      recipientName: string | null;
      recipientMark: string | null;
    },
    debit: string,
    credit: string,
    paise: number,
  ) => {
    postingId += 1;
    insertLine.run(postingId, debit, paise, tags.sponsorId, tags.sponsorshipId, tags.childId, tags.funding);
    insertLine.run(postingId, credit, -paise, tags.sponsorId, tags.sponsorshipId, tags.childId, tags.funding);
    lines += 2;
    insertPosting.run(
      postingId,
      kind,
      valueDate,
      forMonth,
      numbers.receiptNo ?? null,
      numbers.voucherNo ?? null,
      financialYearOf(valueDate),
      tags.sponsorId,
      tags.sponsorshipId,
      tags.childId,
      extra.mode,
      extra.reference,
      tags.funding,
      extra.eligible80g,
      extra.recipientName,
      extra.recipientMark,
      at,
    );
  };
  const none = { mode: null, reference: null, eligible80g: null, recipientName: null, recipientMark: null };

  sqlite.transaction(() => {
    const sponsors: { id: number; foreign: boolean; stops: boolean; ships: { id: number; childId: number; monthly: number }[] }[] = [];
    for (let s = 1; s <= sponsorCount; s++) {
      const foreign = s % 10 === 0;
      const id = Number(
        insertSponsor.run(
          `SP-${String(s).padStart(4, '0')}`,
          `${pick(girlNames)[0]} ${pick(surnames)[0]}`,
          foreign ? 'foreign' : 'indian',
          foreign ? 'Germany' : null,
          foreign ? 0 : 1,
          foreign ? null : 'pan',
          foreign ? null : `ABCDE${String(s).padStart(4, '0')}F`,
          at,
          at,
        ).lastInsertRowid,
      );
      // One sponsor in twenty stopped paying three months ago: the due list has sponsors in every state.
      sponsors.push({ id, foreign, stops: s % 20 === 0, ships: [] });
    }
    setCounter.run('sponsor', sponsorCount);
    const families: { id: number; guardian: string; bank: boolean; support: number; sponsor: (typeof sponsors)[number]; shipId: number }[] =
      [];
    for (let c = 1; c <= childCount; c++) {
      const name = `${pick(girlNames)[0]} ${pick(surnames)[0]}`;
      const guardian = `${pick(girlNames)[0]} ${pick(surnames)[0]}`;
      const dob = `${2010 + (c % 10)}-${String(1 + (c % 12)).padStart(2, '0')}-15`;
      const childId = Number(
        insertChild.run(`BNC-S${String(c).padStart(5, '0')}`, name, nameKeyOf(name, null), dob, guardian, pick(villages), at, at)
          .lastInsertRowid,
      );
      const bank = c % 3 !== 0;
      const support = 150_000;
      const familyId = Number(
        insertFamily.run(
          childId,
          guardian,
          bank ? 'bank' : 'cash',
          bank ? `3000${String(c).padStart(8, '0')}` : null,
          bank ? 'SBIN0001234' : null,
          support,
          at,
          at,
        ).lastInsertRowid,
      );
      const sponsor = sponsors[(c - 1) % sponsorCount] as (typeof sponsors)[number];
      const monthly = 100_000 + 50_000 * (c % 3);
      const plannedEnd = `${2010 + (c % 10) + 18}-${String(1 + (c % 12)).padStart(2, '0')}-15`;
      const shipId = Number(
        insertSponsorship.run(sponsor.id, familyId, monthly, firstMonth, plannedEnd, at, monthAt(monthCount - 1), at).lastInsertRowid,
      );
      insertChange.run(shipId, firstMonth);
      sponsor.ships.push({ id: shipId, childId: familyId, monthly });
      families.push({ id: familyId, guardian, bank, support, sponsor, shipId });
    }

    for (let m = 0; m < monthCount; m++) {
      const month = monthAt(m);
      for (const s of sponsors) {
        for (const ship of s.ships) {
          const tags = { sponsorId: s.id, sponsorshipId: ship.id, childId: ship.childId, funding: null };
          post('dues', `${month}-01`, month, {}, tags, none, 'sponsor_receivable', 'pooled_fund', ship.monthly);
        }
      }
      for (const s of sponsors) {
        if (s.stops && m >= monthCount - 3) continue;
        const paise = s.ships.reduce((sum, ship) => sum + ship.monthly, 0);
        const valueDate = `${month}-${String(5 + (s.id % 20)).padStart(2, '0')}`;
        const year = financialYearOf(valueDate);
        post(
          'receipt',
          valueDate,
          null,
          { receiptNo: `BNC/${year}/${nextNumber(receiptCounters, year)}` },
          { sponsorId: s.id, sponsorshipId: null, childId: null, funding: null },
          { ...none, mode: s.foreign ? 'bank_transfer' : 'upi', reference: `REF${postingId}`, eligible80g: s.foreign ? 0 : 1 },
          s.foreign ? 'fcra_receipt' : 'local_bank',
          'sponsor_receivable',
          paise,
        );
      }
      // The month's transfers between the office's own accounts, on the 26th, tagged to nobody.
      const transfer = (debit: string, credit: string, paise: number) =>
        post(
          'transfer',
          `${month}-26`,
          null,
          {},
          { sponsorId: null, sponsorshipId: null, childId: null, funding: null },
          none,
          debit,
          credit,
          paise,
        );
      const fcraNeed = families.filter((f) => f.sponsor.foreign).reduce((sum, f) => sum + f.support, 0);
      transfer('fcra_utilisation', 'fcra_receipt', fcraNeed);
      // Cash drawn from the bank for the families paid in cash, with a month's margin: office cash never
      // pays out what it does not hold, so the bench's batch of cash payments finds it there.
      const cashNeed = families.filter((f) => !f.bank && !f.sponsor.foreign).reduce((sum, f) => sum + f.support, 0);
      transfer('office_cash', 'local_bank', 2 * cashNeed);
      const payDate = `${month}-28`;
      for (const f of families) {
        const year = financialYearOf(payDate);
        const account = f.sponsor.foreign ? 'fcra_utilisation' : f.bank ? 'local_bank' : 'office_cash';
        post(
          'disbursement',
          payDate,
          month,
          { voucherNo: `PV/${year}/${nextNumber(voucherCounters, year)}` },
          { sponsorId: f.sponsor.id, sponsorshipId: f.shipId, childId: f.id, funding: 'sponsor' },
          f.bank || f.sponsor.foreign
            ? { ...none, mode: 'bank_transfer', reference: `NEFT${postingId}` }
            : { ...none, mode: 'cash', recipientName: f.guardian, recipientMark: 'thumbprint' },
          'support_to_families',
          account,
          f.support,
        );
      }
    }
    for (const [year, n] of receiptCounters) setCounter.run(`receipt:${year}`, n);
    for (const [year, n] of voucherCounters) setCounter.run(`voucher:${year}`, n);
  })();
  const ms = performance.now() - started;
  // As on an office PC after a day's work: the big write folded from the WAL into the database file.
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return { postings: postingId, lines, ms };
}
