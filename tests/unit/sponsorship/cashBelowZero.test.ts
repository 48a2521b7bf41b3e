import { afterEach, describe, expect, it } from 'vitest';
import { translate } from '../../../electron/api/messages';
import { failure, sponsorshipOffice, type SponsorshipOffice } from './fixture';

let office: SponsorshipOffice | undefined;
afterEach(() => office?.t.cleanup());

const cashLine = (sponsoredChildId: number, amountPaise = 150_000) => ({
  sponsoredChildId,
  amountPaise,
  account: 'office_cash' as const,
  mode: 'cash' as const,
  recipientMark: 'thumbprint' as const,
});

async function setUp() {
  office = await sponsorshipOffice();
  const { sponsor, family, sponsorship } = office;
  const s = await sponsor('Anjali Ghosh');
  const a = await family({ name: 'Rina Khatun' });
  const b = await family({ name: 'Salma Khatun' });
  await sponsorship(s.id, a.sponsoredChildId);
  await sponsorship(s.id, b.sponsoredChildId);
  return { ...office, s, a, b };
}

const cashBalance = (o: SponsorshipOffice) =>
  (
    o.t.host.database.sqlite
      .prepare(`SELECT coalesce(sum(amount_paise), 0) AS s FROM posting_lines WHERE account_code = 'office_cash'`)
      .get() as {
      s: number;
    }
  ).s;
const disbursements = (o: SponsorshipOffice) =>
  (o.t.host.database.sqlite.prepare(`SELECT count(*) AS n FROM postings WHERE kind = 'disbursement'`).get() as { n: number }).n;

describe('office cash never goes below zero', () => {
  it('refuses a payment beyond the cash held, naming the balance and the day in both languages, and writes nothing', async () => {
    const o = await setUp();
    const { t, coordinator, s, a } = o;
    await o.receiveCash(s.id, 100_000, '2026-11-02');
    const refused = await failure(
      t,
      'ledger.disburse',
      { month: '2026-11', valueDate: '2026-11-20', items: [cashLine(a.sponsoredChildId)] },
      coordinator,
    );
    expect(refused).toMatchObject({
      code: 'refused',
      key: 'errors.sponsorship.cashBelowZero',
      values: { balancePaise: 100_000, dateOn: '2026-11-20', amountPaise: 150_000, shortPaise: 50_000 },
      field: 'items',
    });
    expect(refused.message).toBe(
      'Office cash holds ₹1,000.00 on 20/11/2026: paying ₹1,500.00 from it would leave it ₹500.00 short. Record the cash received first, or pay from the bank account',
    );
    const bengali = translate('bn', refused.key, refused.values);
    // Said from the raw values in the reader's digits, not the English figures.
    expect(bengali).toContain('অফিসের নগদে আছে ₹১,০০০.০০');
    expect(bengali).toContain('₹৫০০.০০ কম পড়বে');
    expect(bengali).toContain('২০/১১/২০২৬');
    expect(disbursements(o)).toBe(0);
    expect(cashBalance(o)).toBe(100_000);

    // Exactly what is held may be paid: the box is then empty, not negative.
    await t.ok(
      'ledger.disburse',
      { month: '2026-11', valueDate: '2026-11-20', items: [cashLine(a.sponsoredChildId, 100_000)] },
      coordinator,
    );
    expect(cashBalance(o)).toBe(0);
  });

  it('weighs a batch as a whole: two families that each fit the cash but not together are refused, all or nothing', async () => {
    const o = await setUp();
    const { t, coordinator, s, a, b } = o;
    await o.receiveCash(s.id, 200_000, '2026-11-02');
    const batch = { month: '2026-11', valueDate: '2026-11-20', items: [cashLine(a.sponsoredChildId), cashLine(b.sponsoredChildId)] };
    expect(await failure(t, 'ledger.disburse', batch, coordinator)).toMatchObject({
      key: 'errors.sponsorship.cashBelowZero',
      values: { balancePaise: 200_000, amountPaise: 300_000, shortPaise: 100_000 },
    });
    expect(disbursements(o)).toBe(0);
    // The same batch with one family paid from the bank goes through; the bank may be overdrawn.
    const paid = await t.ok(
      'ledger.disburse',
      { ...batch, items: [cashLine(a.sponsoredChildId), { ...cashLine(b.sponsoredChildId), account: 'local_bank' as const }] },
      coordinator,
    );
    expect(paid.postings).toHaveLength(2);
    const tb = await t.ok('ledger.trialBalance', {}, coordinator);
    expect(tb.accounts.find((x) => x.code === 'office_cash')?.balancePaise).toBe(50_000);
    expect(tb.accounts.find((x) => x.code === 'local_bank')?.balancePaise).toBe(-150_000);
  });

  it('does not let cash received later pay for an earlier day, nor a back-dated payment undercut a later one', async () => {
    const o = await setUp();
    const { t, coordinator, s, a, b } = o;
    await o.receiveCash(s.id, 150_000, '2026-11-10');
    expect(
      await failure(
        t,
        'ledger.disburse',
        { month: '2026-11', valueDate: '2026-11-05', items: [cashLine(a.sponsoredChildId)] },
        coordinator,
      ),
    ).toMatchObject({ key: 'errors.sponsorship.cashBelowZero', values: { balancePaise: 0, dateOn: '2026-11-05' } });
    await t.ok('ledger.disburse', { month: '2026-11', valueDate: '2026-11-20', items: [cashLine(a.sponsoredChildId)] }, coordinator);
    // On 15/11 the box held ₹1,500.00, but that money left on 20/11: a payment dated 15/11 would leave 20/11 below zero.
    expect(
      await failure(
        t,
        'ledger.disburse',
        { month: '2026-11', valueDate: '2026-11-15', items: [cashLine(b.sponsoredChildId, 50_000)] },
        coordinator,
      ),
    ).toMatchObject({ key: 'errors.sponsorship.cashBelowZero', values: { balancePaise: 0, dateOn: '2026-11-20', amountPaise: 50_000 } });
    expect(cashBalance(o)).toBe(0);
  });

  it('refuses an expense or a deposit to the bank of more cash than the office holds', async () => {
    const o = await setUp();
    const { t, coordinator, s } = o;
    await o.receiveCash(s.id, 30_000, '2026-11-02');
    expect(
      await failure(
        t,
        'ledger.expense',
        { account: 'office_cash', amountPaise: 50_000, valueDate: '2026-11-03', mode: 'cash', description: 'Stationery' },
        coordinator,
      ),
    ).toMatchObject({ key: 'errors.sponsorship.cashBelowZero', field: 'account', values: { balancePaise: 30_000, shortPaise: 20_000 } });
    expect(
      await failure(
        t,
        'ledger.transfer',
        { from: 'office_cash', to: 'local_bank', amountPaise: 30_001, valueDate: '2026-11-03' },
        coordinator,
      ),
    ).toMatchObject({ key: 'errors.sponsorship.cashBelowZero', field: 'from', values: { shortPaise: 1 } });
    await t.ok('ledger.transfer', { from: 'office_cash', to: 'local_bank', amountPaise: 30_000, valueDate: '2026-11-03' }, coordinator);
    expect(cashBalance(o)).toBe(0);
  });
});
