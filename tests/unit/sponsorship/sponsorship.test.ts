import { afterEach, describe, expect, it } from 'vitest';
import { postings } from '../../../electron/db/schema';
import { userWithRole } from '../testHost';
import { failure, sponsorshipOffice, type SponsorshipOffice } from './fixture';

let office: SponsorshipOffice | undefined;
afterEach(() => office?.t.cleanup());

async function setUp() {
  office = await sponsorshipOffice();
  return office;
}

describe('sponsors, families and sponsorships', () => {
  it('records a sponsor with a code, a waiting child by priority, and a sponsorship planned to end at 18', async () => {
    const { t, coordinator, sponsor, family } = await setUp();
    const s = await sponsor('Anjali Ghosh', { wants80g: true, taxIdType: 'pan', taxId: 'abcde 1234f', correspondentName: 'Rohit Ghosh' });
    expect(s.code).toBe('SP-0001');
    const got = await t.ok('sponsors.get', { id: s.id }, coordinator);
    expect(got).toMatchObject({ taxId: 'ABCDE1234F', correspondentName: 'Rohit Ghosh', foreignSource: false, sponsorships: [] });

    const normal = await family({ name: 'Rina Khatun' });
    const urgent = await family({ name: 'Salma Khatun', ageYears: 9 });
    await t.ok('sponsoredChildren.update', { id: urgent.sponsoredChildId, version: 1, guardianRelation: 'aunt', priority: 1 }, coordinator);
    const waiting = await t.ok('sponsoredChildren.list', { status: 'waiting' }, coordinator);
    expect(waiting.map((w) => w.name)).toEqual(['Salma Khatun', 'Rina Khatun']);
    expect(waiting[0]).toMatchObject({ guardianName: 'Mother of Salma Khatun', guardianRelation: 'aunt', priority: 1, age: 9 });

    const ship = await t.ok(
      'sponsorships.create',
      { sponsorId: s.id, sponsoredChildId: urgent.sponsoredChildId, purpose: 'education', monthlyPaise: 80_000, startMonth: '2026-11' },
      coordinator,
    );
    expect(ship).toMatchObject({ plannedEnd: '2035-11-24', plannedEndApproximate: true, status: 'active' });
    const byDob = await t.ok(
      'sponsorships.create',
      { sponsorId: s.id, sponsoredChildId: normal.sponsoredChildId, purpose: 'living', monthlyPaise: 100_000, startMonth: '2026-12' },
      coordinator,
    );
    expect(byDob).toMatchObject({ plannedEnd: '2034-06-15', plannedEndApproximate: false });
    expect((await t.ok('sponsoredChildren.list', { status: 'waiting' }, coordinator)).length).toBe(0);
    expect(
      await failure(
        t,
        'sponsorships.create',
        { sponsorId: s.id, sponsoredChildId: urgent.sponsoredChildId, purpose: 'education', monthlyPaise: 80_000, startMonth: '2026-11' },
        coordinator,
      ),
    ).toMatchObject({ key: 'errors.sponsorship.duplicateSponsorship' });

    const list = await t.ok('sponsors.list', {}, coordinator);
    expect(list).toMatchObject([{ code: 'SP-0001', activeSponsorships: 2, arrearsPaise: 0, balancePaise: 80_000 }]);
    expect(await t.ok('sponsors.list', { q: 'nobody' }, coordinator)).toEqual([]);
  });

  it('refuses sponsors without what tax receipts and FCRA need, and children already enrolled or grown up', async () => {
    const { t, coordinator, family } = await setUp();
    const base = { kind: 'individual' as const, name: 'X', citizenship: 'indian' as const };
    expect(await failure(t, 'sponsors.create', { ...base, wants80g: true }, coordinator)).toMatchObject({
      key: 'errors.sponsorship.taxIdFor80g',
      field: 'taxId',
    });
    expect(await failure(t, 'sponsors.create', { ...base, taxIdType: 'pan', taxId: '1234' }, coordinator)).toMatchObject({
      key: 'errors.sponsorship.pan',
    });
    expect(await failure(t, 'sponsors.create', { ...base, citizenship: 'oci' }, coordinator)).toMatchObject({ field: 'passportCountry' });
    expect(await failure(t, 'sponsors.create', { ...base, email: 'not-mail' }, coordinator)).toMatchObject({ key: 'errors.email' });
    const enrol = (input: Record<string, unknown>) =>
      failure(t, 'sponsoredChildren.create', { monthlySupportPaise: 100, ...input }, coordinator);
    const mother = { guardianName: 'M', guardianRelation: 'mother' };
    const f = await family();
    expect(await enrol({ childId: f.childId, payoutMethod: 'cash' })).toMatchObject({ key: 'errors.sponsorship.childAlreadyEnrolled' });
    const grown = await t.ok('children.create', { nameEn: 'Grown Up', sex: 'male', dateOfBirth: '2008-01-01' }, t.admin);
    expect(await enrol({ childId: grown.id, ...mother, payoutMethod: 'cash' })).toMatchObject({ key: 'errors.sponsorship.childAdult' });
    const young = await t.ok('children.create', { nameEn: 'Young', sex: 'male', ageYears: 7 }, t.admin);
    expect(await enrol({ childId: young.id, ...mother, payoutMethod: 'bank' })).toMatchObject({ field: 'accountNumber' });
    expect(
      await enrol({ childId: young.id, ...mother, payoutMethod: 'bank', accountNumber: '1234 5678 9012', ifsc: 'SBIN001234' }),
    ).toMatchObject({ key: 'errors.sponsorship.ifsc' });
  });

  it('lets managers read but not write, and keeps case workers out', async () => {
    const { t, coordinator, sponsor } = await setUp();
    await sponsor('Anjali Ghosh');
    const manager = await userWithRole(t, t.admin, 'mou', 'manager');
    const worker = await userWithRole(t, t.admin, 'sabir', 'case_worker');
    expect((await t.ok('sponsors.list', {}, manager)).length).toBe(1);
    expect(await failure(t, 'sponsors.create', { kind: 'group', name: 'Y', citizenship: 'indian' }, manager)).toMatchObject({
      code: 'forbidden',
    });
    expect(await failure(t, 'ledger.trialBalance', {}, worker)).toMatchObject({ code: 'forbidden' });
    expect((await t.ok('ledger.trialBalance', {}, coordinator)).accounts).toHaveLength(9);
  });
});

describe('money in', () => {
  it('accepts foreign contribution only into the FCRA account and says why, while an Indian abroad pays into the local bank', async () => {
    const { t, coordinator, sponsor } = await setUp();
    const foreign = await sponsor('Maria Keller', { citizenship: 'foreign', passportCountry: 'Germany', wants80g: true });
    const abroad = await sponsor('Sourav Das', { citizenship: 'indian_abroad', passportCountry: 'India' });
    const pay = { valueDate: '2026-11-20', amountPaise: 2_500_000, mode: 'bank_transfer' as const, reference: 'SWIFT-88' };
    const refused = await failure(t, 'ledger.receive', { ...pay, sponsorId: foreign.id, account: 'local_bank' }, coordinator);
    expect(refused).toMatchObject({ code: 'refused', key: 'errors.sponsorship.foreignOnlyFcra', field: 'account' });
    expect(refused.message).toBe(
      'Maria Keller gives foreign contribution (a foreign citizen, OCI or PIO card holder): it can be received only into the FCRA receipt account (FCRA 2010 s.17)',
    );
    const ok = await t.ok('ledger.receive', { ...pay, sponsorId: foreign.id, account: 'fcra_receipt' }, coordinator);
    expect(ok).toMatchObject({ receiptNo: 'BSH/2026-27/00001', eligible80g: false });
    expect(await t.ok('ledger.receive', { ...pay, sponsorId: abroad.id, account: 'local_bank' }, coordinator)).toMatchObject({
      receiptNo: 'BSH/2026-27/00002',
    });
    expect(await failure(t, 'ledger.receive', { ...pay, sponsorId: abroad.id, account: 'fcra_receipt' }, coordinator)).toMatchObject({
      key: 'errors.sponsorship.localIntoFcra',
    });
    const seen = await t.ok('sponsors.get', { id: foreign.id }, coordinator);
    expect(seen.receipts).toMatchObject([
      { receiptNo: 'BSH/2026-27/00001', amountPaise: 2_500_000, account: 'fcra_receipt', eligible80g: false, reversedBy: null },
    ]);
    expect(seen).toMatchObject({ foreignSource: true, arrears: { balancePaise: -2_500_000, state: null } });
    const choices = await t.ok('ledger.receiptAccounts', { sponsorId: foreign.id, mode: 'bank_transfer' }, coordinator);
    expect(choices.filter((c) => c.allowed).map((c) => c.account)).toEqual(['fcra_receipt']);

    expect(
      await failure(
        t,
        'ledger.transfer',
        { from: 'fcra_receipt', to: 'local_bank', amountPaise: 100, valueDate: '2026-11-21' },
        coordinator,
      ),
    ).toMatchObject({
      key: 'errors.sponsorship.fcraOutToLocal',
      field: 'to',
    });
    expect(
      await failure(
        t,
        'ledger.transfer',
        { from: 'local_bank', to: 'fcra_utilisation', amountPaise: 100, valueDate: '2026-11-21' },
        coordinator,
      ),
    ).toMatchObject({ key: 'errors.sponsorship.localIntoFcraTransfer' });
    await t.ok(
      'ledger.transfer',
      { from: 'fcra_receipt', to: 'fcra_utilisation', amountPaise: 1_000_000, valueDate: '2026-11-21' },
      coordinator,
    );
    const tb = await t.ok('ledger.trialBalance', {}, coordinator);
    expect(tb.accounts.find((a) => a.code === 'fcra_utilisation')).toMatchObject({ debitPaise: 1_000_000, balancePaise: 1_000_000 });
    expect(tb.accounts.find((a) => a.code === 'fcra_receipt')?.balancePaise).toBe(1_500_000);
  });

  it('marks 80G eligibility: cash over ₹2,000 and gifts in kind are not eligible', async () => {
    const { t, coordinator, sponsor } = await setUp();
    const s = await sponsor('Anjali Ghosh', { wants80g: true, taxIdType: 'aadhaar', taxId: '2345 6789 0123' });
    const receive = (amountPaise: number, mode: 'cash' | 'cheque' | 'in_kind', extra = {}) =>
      t.ok(
        'ledger.receive',
        {
          sponsorId: s.id,
          valueDate: '2026-11-20',
          amountPaise,
          mode,
          account: mode === 'cash' ? 'office_cash' : mode === 'in_kind' ? 'in_kind_stock' : 'local_bank',
          ...extra,
        },
        coordinator,
      );
    expect((await receive(200_000, 'cash')).eligible80g).toBe(true);
    expect((await receive(200_100, 'cash')).eligible80g).toBe(false);
    expect((await receive(900_000, 'cheque', { reference: 'CHQ 004512' })).eligible80g).toBe(true);
    expect((await receive(300_000, 'in_kind', { inKindDescription: 'School bags and books' })).eligible80g).toBe(false);
    expect(
      await failure(
        t,
        'ledger.receive',
        { sponsorId: s.id, valueDate: '2026-11-20', amountPaise: 500, mode: 'in_kind', account: 'in_kind_stock' },
        coordinator,
      ),
    ).toMatchObject({ field: 'inKindDescription' });
  });

  it('takes amounts only as whole positive paise within a sane bound, on dates not in the future', async () => {
    const { t, coordinator, sponsor } = await setUp();
    const s = await sponsor('Anjali Ghosh');
    const pay = { sponsorId: s.id, valueDate: '2026-11-20', mode: 'cash', account: 'office_cash' };
    expect(await failure(t, 'ledger.receive', { ...pay, amountPaise: 100.5 }, coordinator)).toMatchObject({
      key: 'errors.sponsorship.amountWhole',
      field: 'amountPaise',
    });
    expect(await failure(t, 'ledger.receive', { ...pay, amountPaise: '1000' }, coordinator)).toMatchObject({
      key: 'errors.sponsorship.amountWhole',
    });
    expect(await failure(t, 'ledger.receive', { ...pay, amountPaise: -100 }, coordinator)).toMatchObject({
      key: 'errors.sponsorship.amountPositive',
    });
    expect(await failure(t, 'ledger.receive', { ...pay, amountPaise: 100_000_000_000 }, coordinator)).toMatchObject({
      key: 'errors.sponsorship.amountTooLarge',
    });
    expect(await failure(t, 'ledger.receive', { ...pay, amountPaise: 100, valueDate: '2026-11-25' }, coordinator)).toMatchObject({
      key: 'errors.dateFuture',
      field: 'valueDate',
    });
    expect(t.host.database.db.select().from(postings).all()).toEqual([]);
  });
});
