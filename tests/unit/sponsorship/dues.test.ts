import { afterEach, describe, expect, it } from 'vitest';
import { cashItem } from './cashPayment';
import { failure, sponsorshipOffice, type SponsorshipOffice } from './fixture';

let office: SponsorshipOffice | undefined;
afterEach(() => office?.t.cleanup());

async function setUp() {
  office = await sponsorshipOffice();
  return office;
}

describe('dues and the due list', () => {
  it('show a sponsor who stops paying as past due, then lapsing, then to be ended, month by month', async () => {
    const { t, coordinator, family, sponsor, sponsorship, advanceDays } = await setUp();
    const s = await sponsor('Anjali Ghosh');
    const payer = await sponsor('Bikash Roy');
    const f = await family({ name: 'Rina Khatun' });
    const g = await family({ name: 'Salma Khatun' });
    await sponsorship(s.id, f.sponsoredChildId, 100_000, '2026-11');
    await sponsorship(payer.id, g.sponsoredChildId, 100_000, '2026-11');
    const pays = (valueDate: string) =>
      t.ok('ledger.receive', { sponsorId: payer.id, valueDate, amountPaise: 100_000, mode: 'cash', account: 'office_cash' }, coordinator);
    const arrears = async () => (await t.ok('sponsorships.due', {}, coordinator)).sponsorsInArrears;

    // 24/11/2026: November fell due 23 days ago.
    await pays('2026-11-24');
    expect(await arrears()).toEqual([]);
    await advanceDays(7); // 01/12/2026
    expect(await arrears()).toEqual([
      {
        sponsorId: s.id,
        code: 'SP-0001',
        name: 'Anjali Ghosh',
        arrearsPaise: 100_000,
        monthsMissed: 1,
        oldestUnpaidMonth: '2026-11',
        state: 'past_due',
      },
    ]);
    await pays('2026-12-01');
    await advanceDays(31); // 01/01/2027
    expect(await arrears()).toMatchObject([{ sponsorId: s.id, monthsMissed: 2, arrearsPaise: 200_000, state: 'lapse' }]);
    await pays('2027-01-01');
    await advanceDays(31); // 01/02/2027
    expect(await arrears()).toMatchObject([
      { sponsorId: s.id, monthsMissed: 3, arrearsPaise: 300_000, state: 'end', oldestUnpaidMonth: '2026-11' },
    ]);
    const list = await t.ok('sponsors.list', {}, coordinator);
    expect(list.map((r) => [r.name, r.arrearsState, r.balancePaise])).toEqual([
      ['Anjali Ghosh', 'end', 400_000],
      ['Bikash Roy', null, 100_000],
    ]);
    // Paying two months settles the oldest two: one missed month is left.
    await t.ok(
      'ledger.receive',
      { sponsorId: s.id, valueDate: '2027-02-01', amountPaise: 200_000, mode: 'upi', reference: 'UPI-1', account: 'local_bank' },
      coordinator,
    );
    expect(await arrears()).toMatchObject([{ sponsorId: s.id, monthsMissed: 1, oldestUnpaidMonth: '2027-01', state: 'past_due' }]);
    // Dues were raised once per month however often the list was read.
    const dues = t.host.database.sqlite
      .prepare("SELECT for_month AS m, count(*) AS n FROM postings WHERE kind = 'dues' GROUP BY sponsorship_id, for_month")
      .all() as { n: number }[];
    expect(dues).toHaveLength(8);
    expect(dues.every((d) => d.n === 1)).toBe(true);
  });

  it('follows the thresholds after the coordinator changes them', async () => {
    const { t, coordinator, family, sponsor, sponsorship, advanceDays } = await setUp();
    const s = await sponsor('Anjali Ghosh');
    const f = await family();
    await sponsorship(s.id, f.sponsoredChildId, 100_000, '2026-11');
    const state = async () => (await t.ok('sponsorships.due', {}, coordinator)).sponsorsInArrears[0]?.state ?? null;
    expect(await failure(t, 'sponsorship.settings.update', { arrearsLapsedMonths: 4 }, coordinator)).toMatchObject({
      key: 'errors.sponsorship.arrearsOrder',
    });
    expect(await failure(t, 'sponsorship.settings.update', { arrearsPastDueDays: 0 }, coordinator)).toMatchObject({
      key: 'errors.sponsorship.pastDueDays',
    });
    const changed = await t.ok(
      'sponsorship.settings.update',
      { arrearsPastDueDays: 20, arrearsLapsedMonths: 3, arrearsEndedMonths: 4 },
      coordinator,
    );
    expect(changed.values).toEqual({ arrearsPastDueDays: 20, arrearsLapsedMonths: 3, arrearsEndedMonths: 4 });
    expect(await state()).toBe('past_due'); // 24/11: November is 23 days old, past 20
    await advanceDays(7); // 01/12
    expect(await state()).toBe('past_due');
    await advanceDays(20); // 21/12: December is 20 days old
    expect(await state()).toBe('past_due');
    await advanceDays(11); // 01/01/2027: January not yet 20 days old
    expect(await state()).toBe('past_due');
    await advanceDays(20); // 21/01
    expect(await state()).toBe('lapse');
    await advanceDays(31); // 21/02
    expect(await state()).toBe('end');
  });

  it('keeps supporting a family from the pooled fund once its sponsor lapsed, and raises no dues while lapsed', async () => {
    const { t, coordinator, family, sponsor, sponsorship, advanceDays } = await setUp();
    const s = await sponsor('Anjali Ghosh');
    const f = await family({ name: 'Rina Khatun' });
    const waiting = await family({ name: 'Not Yet Sponsored' });
    const ship = await sponsorship(s.id, f.sponsoredChildId, 100_000, '2026-10');
    let due = await t.ok('sponsorships.due', {}, coordinator);
    expect(due.families).toEqual([
      expect.objectContaining({
        sponsoredChildId: f.sponsoredChildId,
        dueMonth: '2026-11',
        state: 'due',
        funding: 'sponsor',
        sponsorshipId: ship.id,
        amountPaise: 150_000,
      }),
    ]);
    expect(due.families.some((r) => r.sponsoredChildId === waiting.sponsoredChildId)).toBe(false);
    expect(due.absentChildren).toEqual([]);
    expect((await t.ok('sponsorships.due', { month: '2026-10' }, coordinator)).families[0]).toMatchObject({ state: 'overdue' });
    expect(await failure(t, 'sponsorships.due', { month: '2026-12' }, coordinator)).toMatchObject({
      key: 'errors.sponsorship.monthFuture',
    });

    expect(await failure(t, 'sponsorships.setStatus', { id: ship.id, status: 'paused' }, coordinator)).toMatchObject({
      key: 'errors.sponsorship.pauseReason',
    });
    await t.ok('sponsorships.setStatus', { id: ship.id, status: 'lapsed' }, coordinator);
    due = await t.ok('sponsorships.due', {}, coordinator);
    expect(due.families[0]).toMatchObject({ sponsoredChildId: f.sponsoredChildId, state: 'due', funding: 'pooled', sponsorshipId: null });
    // Cash drawn from the bank for the pooled fund's payment: office cash pays out only what it holds.
    await t.ok('ledger.transfer', { from: 'local_bank', to: 'office_cash', amountPaise: 150_000, valueDate: '2026-11-23' }, coordinator);
    const paid = await t.ok(
      'ledger.disburse',
      {
        month: '2026-11',
        valueDate: '2026-11-24',
        items: [cashItem(f.sponsoredChildId, 'signature')],
      },
      coordinator,
    );
    const posted = await t.ok('ledger.postings', { kind: 'disbursement' }, coordinator);
    expect(posted.rows[0]).toMatchObject({ id: paid.postings[0]?.id, funding: 'pooled', sponsorshipId: null });
    expect((await t.ok('sponsorships.due', {}, coordinator)).families[0]).toMatchObject({ state: 'paid', voucherNo: 'PV/2026-27/00001' });

    // Lapsed from December: no more dues, and the family is still listed for December.
    await advanceDays(37); // 31/12/2026
    due = await t.ok('sponsorships.due', {}, coordinator);
    expect(due.families[0]).toMatchObject({ dueMonth: '2026-12', state: 'due', funding: 'pooled' });
    const months = (
      t.host.database.sqlite.prepare("SELECT for_month AS m FROM postings WHERE kind = 'dues' ORDER BY for_month").all() as { m: string }[]
    ).map((r) => r.m);
    expect(months).toEqual(['2026-10', '2026-11']);

    await t.ok('sponsorships.setStatus', { id: ship.id, status: 'active' }, coordinator);
    await advanceDays(1); // 01/01/2027
    await t.ok('ledger.raiseDues', {}, coordinator);
    const after = (
      t.host.database.sqlite.prepare("SELECT for_month AS m FROM postings WHERE kind = 'dues' ORDER BY for_month").all() as { m: string }[]
    ).map((r) => r.m);
    expect(after).toEqual(['2026-10', '2026-11', '2027-01']);

    await t.ok('sponsorships.setStatus', { id: ship.id, status: 'ended', reasonKind: 'child_left_area' }, coordinator);
    expect((await t.ok('sponsoredChildren.get', { id: f.sponsoredChildId }, coordinator)).status).toBe('left');
    expect(await failure(t, 'sponsorships.setStatus', { id: ship.id, status: 'active' }, coordinator)).toMatchObject({
      key: 'errors.sponsorship.alreadyEnded',
    });
  });
});
