import { afterEach, describe, expect, it } from 'vitest';
import { nextReceiptNumber } from '../../../electron/sponsorship/receiptNumbers';
// A small deterministic generator, so a failing run can be replayed.
import { random } from '../../fixtures/attendance';
import { cashItem } from './cashPayment';
import { failure, sponsorshipOffice, type SponsorshipOffice } from './fixture';

let office: SponsorshipOffice | undefined;
afterEach(() => office?.t.cleanup());

async function setUp() {
  office = await sponsorshipOffice();
  return office;
}

describe('the ledger', () => {
  it('keeps every posting balanced through many random receipts, payments, transfers, expenses and reversals', async () => {
    const { t, coordinator, family, sponsor, sponsorship } = await setUp();
    const indian = await sponsor('Anjali Ghosh', { wants80g: true, taxIdType: 'pan', taxId: 'ABCDE1234F' });
    const foreign = await sponsor('Maria Keller', { citizenship: 'foreign', passportCountry: 'Germany' });
    const families = [];
    for (let i = 0; i < 6; i += 1) families.push(await family());
    for (const [i, f] of families.entries()) await sponsorship(i % 2 ? foreign.id : indian.id, f.sponsoredChildId);
    const next = random(20261124);
    const amount = () => 1 + Math.floor(next() * 500_000);
    const written: number[] = [];
    const months = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
    const cashHeld = () =>
      (
        t.host.database.sqlite
          .prepare(`SELECT coalesce(sum(amount_paise), 0) AS s FROM posting_lines WHERE account_code = 'office_cash'`)
          .get() as {
          s: number;
        }
      ).s;
    for (let i = 0; i < 140; i += 1) {
      const pick = next();
      if (pick < 0.3) {
        const isForeign = next() < 0.5;
        const r = await t.ok(
          'ledger.receive',
          isForeign
            ? {
                sponsorId: foreign.id,
                valueDate: '2026-11-20',
                amountPaise: amount(),
                mode: 'bank_transfer',
                reference: `SWIFT${i}`,
                account: 'fcra_receipt',
              }
            : { sponsorId: indian.id, valueDate: '2026-11-20', amountPaise: amount(), mode: 'cash', account: 'office_cash' },
          coordinator,
        );
        written.push(r.postingId);
      } else if (pick < 0.55) {
        const f = families[Math.floor(next() * families.length)];
        const month = months[Math.floor(next() * months.length)];
        if (!f || !month) continue;
        const outcome = await t.raw(
          'ledger.disburse',
          {
            month,
            valueDate: '2026-11-21',
            items: [
              {
                sponsoredChildId: f.sponsoredChildId,
                amountPaise: amount(),
                account: 'fcra_utilisation',
                mode: 'cash',
                recipientMark: 'thumbprint',
              },
            ],
          },
          coordinator,
        );
        // Paying a family twice for a month is refused; that refusal is part of what is exercised.
        if (outcome.ok) written.push(...(outcome.result as { postings: { id: number }[] }).postings.map((p) => p.id));
      } else if (pick < 0.7) {
        const amountPaise = amount();
        const cashBefore = cashHeld();
        const outcome = await t.raw(
          'ledger.transfer',
          { from: 'office_cash', to: 'local_bank', amountPaise, valueDate: '2026-11-22' },
          coordinator,
        );
        // Depositing more cash than the office holds is refused, and only then.
        if (outcome.ok) written.push((outcome.result as { postingId: number }).postingId);
        else expect([outcome.error.key, cashBefore < amountPaise]).toEqual(['errors.sponsorship.cashBelowZero', true]);
        expect(cashHeld()).toBeGreaterThanOrEqual(outcome.ok ? 0 : Math.min(0, cashBefore));
      } else if (pick < 0.8) {
        const r = await t.ok(
          'ledger.expense',
          {
            account: 'local_bank',
            amountPaise: amount(),
            valueDate: '2026-11-22',
            mode: 'cheque',
            reference: `CHQ${i}`,
            description: 'Stationery',
          },
          coordinator,
        );
        written.push(r.postingId);
      } else if (written.length) {
        const target = written[Math.floor(next() * written.length)];
        const outcome = await t.raw('ledger.reverse', { postingId: target, reason: 'Entered by mistake' }, coordinator);
        if (outcome.ok) written.push((outcome.result as { postingId: number }).postingId);
      }
    }
    const sqlite = t.host.database.sqlite;
    const total = sqlite.prepare('SELECT sum(amount_paise) AS s, count(*) AS n FROM posting_lines').get() as { s: number; n: number };
    expect(total.n).toBeGreaterThan(200);
    expect(total.s).toBe(0);
    const unbalanced = sqlite
      .prepare(
        'SELECT p.id FROM postings p JOIN posting_lines l ON l.posting_id = p.id GROUP BY p.id HAVING sum(l.amount_paise) <> 0 OR count(*) < 2',
      )
      .all();
    expect(unbalanced).toEqual([]);
    const tb = await t.ok('ledger.trialBalance', {}, coordinator);
    expect(tb.totalDebitPaise).toBe(tb.totalCreditPaise);
    expect(tb.totalDebitPaise).toBeGreaterThan(0);
  });

  it('restores every account balance exactly with a reversal, and refuses to reverse twice or to reverse a reversal', async () => {
    const { t, coordinator, family, sponsor, sponsorship } = await setUp();
    const s = await sponsor('Anjali Ghosh');
    const f = await family();
    await sponsorship(s.id, f.sponsoredChildId);
    await t.ok(
      'ledger.receive',
      { sponsorId: s.id, valueDate: '2026-11-02', amountPaise: 200_000, mode: 'cash', account: 'office_cash' },
      coordinator,
    );
    const before = await t.ok('ledger.trialBalance', {}, coordinator);
    const wrong = await t.ok(
      'ledger.receive',
      { sponsorId: s.id, valueDate: '2026-11-10', amountPaise: 1_000_000, mode: 'upi', reference: 'UPI-4471', account: 'local_bank' },
      coordinator,
    );
    const paid = await t.ok(
      'ledger.disburse',
      {
        month: '2026-11',
        valueDate: '2026-11-12',
        items: [cashItem(f.sponsoredChildId, 'signature')],
      },
      coordinator,
    );
    const during = await t.ok('ledger.trialBalance', {}, coordinator);
    expect(during).not.toEqual(before);
    const reversal = await t.ok('ledger.reverse', { postingId: wrong.postingId, reason: 'Amount typed with an extra zero' }, coordinator);
    expect(reversal.reverses).toBe(wrong.receiptNo);
    const paidId = paid.postings[0]?.id ?? 0;
    await t.ok('ledger.reverse', { postingId: paidId, reason: 'Paid to the wrong family' }, coordinator);
    expect(await t.ok('ledger.trialBalance', {}, coordinator)).toEqual(before);

    expect(await failure(t, 'ledger.reverse', { postingId: wrong.postingId, reason: 'again' }, coordinator)).toMatchObject({
      key: 'errors.sponsorship.alreadyReversed',
      message: `${wrong.receiptNo} has already been reversed`,
    });
    expect(await failure(t, 'ledger.reverse', { postingId: reversal.postingId, reason: 'undo' }, coordinator)).toMatchObject({
      key: 'errors.sponsorship.reverseReversal',
    });
    expect(await failure(t, 'ledger.reverse', { postingId: paidId, reason: ' ' }, coordinator)).toMatchObject({
      key: 'sponsorship.reverse.reasonRequired',
      field: 'reason',
    });
    // The reversal took no receipt number of its own: the next receipt continues the sequence.
    const next = await t.ok(
      'ledger.receive',
      { sponsorId: s.id, valueDate: '2026-11-20', amountPaise: 5_000, mode: 'cash', account: 'office_cash' },
      coordinator,
    );
    expect(next.receiptNo).toBe('BSH/2026-27/00003');
  });

  it('is refused by the database itself when rows are updated, deleted, unbalanced or added to a written posting', async () => {
    const { t, coordinator, sponsor } = await setUp();
    const s = await sponsor('Anjali Ghosh');
    const r = await t.ok(
      'ledger.receive',
      { sponsorId: s.id, valueDate: '2026-11-02', amountPaise: 100_000, mode: 'cash', account: 'office_cash' },
      coordinator,
    );
    const sqlite = t.host.database.sqlite;
    expect(() => sqlite.prepare('UPDATE posting_lines SET amount_paise = 1').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare("UPDATE postings SET reference = 'x'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM postings').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM posting_lines').run()).toThrow(/append-only/);
    expect(() =>
      sqlite.transaction(() => {
        sqlite.prepare("INSERT INTO posting_lines (posting_id, account_code, amount_paise) VALUES (999, 'local_bank', 100)").run();
        sqlite.prepare("INSERT INTO posting_lines (posting_id, account_code, amount_paise) VALUES (999, 'pooled_fund', -99)").run();
        sqlite
          .prepare(
            "INSERT INTO postings (id, kind, value_date, financial_year, created_at) VALUES (999, 'transfer', '2026-11-02', '2026-27', 'now')",
          )
          .run();
      })(),
    ).toThrow(/sum to zero/);
    expect(() =>
      sqlite.prepare("INSERT INTO posting_lines (posting_id, account_code, amount_paise) VALUES (?, 'local_bank', 100)").run(r.postingId),
    ).toThrow(/append-only/);
    const lines = sqlite.prepare('SELECT account_code AS account, amount_paise AS paise FROM posting_lines ORDER BY id').all();
    expect(lines).toEqual([
      { account: 'office_cash', paise: 100_000 },
      { account: 'sponsor_receivable', paise: -100_000 },
    ]);
  });
});

describe('receipt and voucher numbers', () => {
  it('run without gaps or repeats across refused receipts and a batch that fails half way, and restart on 1 April', async () => {
    const { t, coordinator, family, sponsor, sponsorship, advanceDays } = await setUp();
    const s = await sponsor('Anjali Ghosh');
    const foreign = await sponsor('Maria Keller', { citizenship: 'foreign', passportCountry: 'Germany' });
    const fams: Awaited<ReturnType<typeof family>>[] = [];
    for (let i = 0; i < 5; i += 1) fams.push(await family());
    await sponsorship(s.id, fams[0]?.sponsoredChildId ?? 0);
    const receive = (valueDate: string) =>
      t.ok('ledger.receive', { sponsorId: s.id, valueDate, amountPaise: 150_000, mode: 'cash', account: 'office_cash' }, coordinator);
    expect((await receive('2026-11-01')).receiptNo).toBe('BSH/2026-27/00001');
    await failure(
      t,
      'ledger.receive',
      { sponsorId: foreign.id, valueDate: '2026-11-02', amountPaise: 5_000, mode: 'cash', account: 'office_cash' },
      coordinator,
    );
    await failure(
      t,
      'ledger.receive',
      { sponsorId: s.id, valueDate: '2026-11-02', amountPaise: 0, mode: 'cash', account: 'office_cash' },
      coordinator,
    );
    expect((await receive('2026-11-02')).receiptNo).toBe('BSH/2026-27/00002');

    // A failure after numbers were taken inside the transaction rolls them back with everything else.
    const sqlite = t.host.database.sqlite;
    expect(() =>
      sqlite.transaction(() => {
        const scope = { db: t.host.database.db, sqlite, audit: () => undefined };
        nextReceiptNumber(scope, '2026-11-03');
        nextReceiptNumber(scope, '2026-11-03');
        throw new Error('power cut');
      })(),
    ).toThrow('power cut');
    expect((await receive('2026-11-03')).receiptNo).toBe('BSH/2026-27/00003');

    const line = (i: number) => ({
      sponsoredChildId: fams[i]?.sponsoredChildId ?? 0,
      amountPaise: 150_000,
      account: 'office_cash' as const,
      mode: 'cash' as const,
      recipientMark: 'signature' as const,
    });
    const postingsBefore = sqlite.prepare('SELECT count(*) AS n FROM postings').get();
    const error = await failure(
      t,
      'ledger.disburse',
      {
        month: '2026-11',
        valueDate: '2026-11-20',
        items: [line(0), line(1), line(2), { ...line(3), mode: 'bank_transfer' as const, account: 'local_bank' as const }, line(4)],
      },
      coordinator,
    );
    expect(error).toMatchObject({ key: 'errors.sponsorship.lineReference', where: { field: 'items.3.reference', row: 4 } });
    expect(error.message).toContain('Line 4');
    expect(sqlite.prepare('SELECT count(*) AS n FROM postings').get()).toEqual(postingsBefore);
    const paid = await t.ok('ledger.disburse', { month: '2026-11', valueDate: '2026-11-20', items: [line(0), line(1)] }, coordinator);
    expect(paid.postings.map((p) => p.voucherNo)).toEqual(['PV/2026-27/00001', 'PV/2026-27/00002']);

    await advanceDays(129); // 2027-04-02
    expect((await receive('2027-03-31')).receiptNo).toBe('BSH/2026-27/00004');
    expect((await receive('2027-04-01')).receiptNo).toBe('BSH/2027-28/00001');
    expect((await receive('2027-04-02')).receiptNo).toBe('BSH/2027-28/00002');
    const numbers = (
      sqlite.prepare('SELECT receipt_no AS n FROM postings WHERE receipt_no IS NOT NULL ORDER BY id').all() as { n: string }[]
    ).map((r) => r.n);
    expect(numbers).toEqual([
      'BSH/2026-27/00001',
      'BSH/2026-27/00002',
      'BSH/2026-27/00003',
      'BSH/2026-27/00004',
      'BSH/2027-28/00001',
      'BSH/2027-28/00002',
    ]);
  });
});
