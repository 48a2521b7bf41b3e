import { afterEach, describe, expect, it } from 'vitest';
import { auditLog, postings } from '../../../electron/db/schema';
import { cashItemWithSlip, slipPng } from './cashPayment';
import { failure, sponsorshipOffice, type SponsorshipOffice } from './fixture';

let office: SponsorshipOffice | undefined;
afterEach(() => office?.t.cleanup());

async function setUp() {
  office = await sponsorshipOffice();
  return office;
}

describe('money out', () => {
  it('pays a batch of families all or nothing, once per child per month unless reversed, with proof and the recipient’s mark', async () => {
    const { t, coordinator, family, sponsor, sponsorship, receiveCash } = await setUp();
    const s = await sponsor('Anjali Ghosh');
    await receiveCash(s.id, 300_000);
    const foreign = await sponsor('Maria Keller', { citizenship: 'pio', passportCountry: 'USA' });
    const a = await family({ name: 'Rina Khatun' });
    const b = await family({ name: 'Salma Khatun', payoutMethod: 'bank' });
    await sponsorship(s.id, a.sponsoredChildId);
    await sponsorship(foreign.id, b.sponsoredChildId);
    const cash = cashItemWithSlip(a.sponsoredChildId);
    const bank = {
      sponsoredChildId: b.sponsoredChildId,
      amountPaise: 150_000,
      account: 'local_bank' as const,
      mode: 'bank_transfer' as const,
      reference: 'NEFT-1',
    };
    const refused = await failure(t, 'ledger.disburse', { month: '2026-11', valueDate: '2026-11-20', items: [cash, bank] }, coordinator);
    expect(refused).toMatchObject({ key: 'errors.sponsorship.foreignFundingNeedsFcra', where: { field: 'items.1.account', row: 2 } });
    expect(
      t.host.database.db
        .select()
        .from(postings)
        .all()
        .filter((p) => p.kind === 'disbursement'),
    ).toEqual([]);

    const paid = await t.ok(
      'ledger.disburse',
      { month: '2026-11', valueDate: '2026-11-20', items: [cash, { ...bank, account: 'fcra_utilisation' as const }] },
      coordinator,
    );
    expect(paid.postings.map((p) => p.voucherNo)).toEqual(['PV/2026-27/00001', 'PV/2026-27/00002']);
    const first = paid.postings[0]?.id ?? 0;
    const proof = await t.ok('ledger.proof', { postingId: first }, coordinator);
    expect(proof).toMatchObject({ fileName: 'slip.png', mimeType: 'image/png', contentBase64: slipPng });
    const rows = await t.ok('ledger.postings', { kind: 'disbursement' }, coordinator);
    expect(rows.total).toBe(2);
    expect(rows.rows.find((r) => r.id === first)).toMatchObject({
      recipientName: 'Mother of Rina Khatun',
      recipientMark: 'thumbprint',
      funding: 'sponsor',
      sponsorCode: 'SP-0001',
      hasProof: true,
      amountPaise: 150_000,
    });

    const again = await failure(
      t,
      'ledger.disburse',
      { month: '2026-11', valueDate: '2026-11-21', items: [{ ...cash, proof: null }] },
      coordinator,
    );
    expect(again).toMatchObject({ key: 'errors.sponsorship.alreadyPaid', values: { voucherNo: 'PV/2026-27/00001', month: '2026-11' } });
    await t.ok('ledger.reverse', { postingId: first, reason: 'Paid the wrong amount' }, coordinator);
    const repaid = await t.ok(
      'ledger.disburse',
      { month: '2026-11', valueDate: '2026-11-21', items: [{ ...cash, proof: null, amountPaise: 140_000 }] },
      coordinator,
    );
    expect(repaid.postings[0]?.voucherNo).toBe('PV/2026-27/00003');
    const child = await t.ok('sponsoredChildren.get', { id: a.sponsoredChildId }, coordinator);
    expect(child.supportToDatePaise).toBe(140_000);
    expect(child.disbursements.map((d) => [d.voucherNo, d.amountPaise, d.reversedBy !== null])).toEqual([
      ['PV/2026-27/00001', 150_000, true],
      ['PV/2026-27/00003', 140_000, false],
    ]);
    expect(
      await failure(t, 'ledger.disburse', { month: '2026-12', valueDate: '2026-11-21', items: [{ ...cash, proof: null }] }, coordinator),
    ).toMatchObject({ key: 'errors.sponsorship.monthFuture' });
    expect(
      await failure(
        t,
        'ledger.disburse',
        {
          month: '2026-10',
          valueDate: '2026-11-21',
          items: [
            { ...cash, proof: null },
            { ...cash, proof: null },
          ],
        },
        coordinator,
      ),
    ).toMatchObject({ key: 'errors.sponsorship.lineDuplicate' });
    expect(
      await failure(
        t,
        'ledger.disburse',
        { month: '2026-10', valueDate: '2026-11-21', items: [{ ...cash, proof: null, recipientMark: null }] },
        coordinator,
      ),
    ).toMatchObject({ key: 'errors.sponsorship.lineRecipientMark' });
    const cashOut = await t.ok('ledger.postings', { account: 'office_cash', sponsoredChildId: a.sponsoredChildId }, coordinator);
    expect(cashOut.rows.map((r) => [r.kind, r.voucherNo ?? r.reference])).toEqual([
      // Newest value date first: the reversal is dated today, the second payment 21/11.
      ['reversal', 'PV/2026-27/00001'],
      ['disbursement', 'PV/2026-27/00003'],
      ['disbursement', 'PV/2026-27/00001'],
    ]);
    expect(cashOut.rows[0]?.lines.map((l) => [l.account, l.amountPaise])).toEqual([
      ['support_to_families', -150_000],
      ['office_cash', 150_000],
    ]);
    expect((await t.ok('ledger.postings', { from: '2026-11-21', kind: 'disbursement', limit: 1 }, coordinator)).total).toBe(1);
    const audit = t.host.database.db
      .select()
      .from(auditLog)
      .all()
      .filter((e) => e.action === 'ledger.disburse');
    expect(audit.map((e) => e.summary)).toEqual([
      '2 families paid for 2026-11: PV/2026-27/00001 – PV/2026-27/00002',
      '1 families paid for 2026-11: PV/2026-27/00003',
    ]);
  });
});
