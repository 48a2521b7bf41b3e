import type { ApiInput } from '../../../electron/api/contract';
import { officeWithAdmin, type Caller, type TestHost } from '../testHost';
import { cashItem } from './cashPayment';

/**
 * A small sponsorship office, FY 2026-27 up to November 2026 (the test host's clock):
 * - Ananya Ghosh (SP-0001, Indian, PAN, wants 80G) sponsors Priya's education at ₹1,500 a month from April 2026;
 *   the family agreed to Priya's story being shared.
 * - Maria Schmidt (SP-0002, German) sponsors Rahul's living costs at ₹2,000 a month from June 2026: foreign contribution.
 * - Das & Sons <Kolkata> (SP-0003, Indian, Aadhaar, wants 80G) gives to the programme at large.
 * Receipts (one cancelled), disbursements (one cancelled), an FCRA transfer, two administrative expenses,
 * and Priya's school attendance for two months.
 */
export async function sponsorshipOffice(): Promise<TestHost & { admin: Caller; ids: Awaited<ReturnType<typeof populate>> }> {
  const office = await officeWithAdmin();
  const ids = await populate(office, office.admin);
  return { ...office, ids };
}

async function populate(t: TestHost, admin: Caller) {
  const child = (input: ApiInput<'children.create'>) => t.ok('children.create', input, admin);
  const enrol = (input: ApiInput<'sponsoredChildren.create'>) => t.ok('sponsoredChildren.create', input, admin);
  const sponsor = (input: ApiInput<'sponsors.create'>) => t.ok('sponsors.create', input, admin);
  const sponsorship = (input: ApiInput<'sponsorships.create'>) => t.ok('sponsorships.create', input, admin);
  const priyaChild = await child({
    nameEn: 'Priya Mondal',
    nameBn: 'প্রিয়া মণ্ডল',
    sex: 'female',
    dateOfBirth: '2014-05-01',
    village: 'Uttar Bagundi',
  });
  const rahulChild = await child({
    nameEn: 'Rahul Sardar',
    nameBn: 'রাহুল সরদার',
    sex: 'male',
    dateOfBirth: '2015-02-11',
    village: 'Itinda',
  });
  const priya = await enrol({
    childId: priyaChild.id,
    guardianName: 'Rina Mondal',
    guardianRelation: 'mother',
    payoutMethod: 'cash',
    storyConsent: true,
    monthlySupportPaise: 150_000,
    progressNote: 'Priya passed Class VII and wants to be a nurse.',
  });
  const rahul = await enrol({
    childId: rahulChild.id,
    guardianName: 'Sabina Bibi',
    guardianRelation: 'mother',
    payoutMethod: 'cash',
    monthlySupportPaise: 200_000,
  });
  const ananya = await sponsor({
    kind: 'individual',
    name: 'Ananya Ghosh',
    address: '12 Lake Road, Kolkata 700029',
    taxIdType: 'pan',
    taxId: 'ABCDE1234F',
    citizenship: 'indian',
    wants80g: true,
  });
  const maria = await sponsor({
    kind: 'individual',
    name: 'Maria Schmidt',
    address: 'Hauptstraße 5, Köln',
    citizenship: 'foreign',
    passportCountry: 'Germany',
  });
  const das = await sponsor({
    kind: 'company',
    name: 'Das & Sons <Kolkata>',
    address: 'Bowbazar, Kolkata',
    taxIdType: 'aadhaar',
    taxId: '234567890123',
    citizenship: 'indian',
    wants80g: true,
  });
  const priyaShip = await sponsorship({
    sponsorId: ananya.id,
    sponsoredChildId: priya.id,
    purpose: 'education',
    monthlyPaise: 150_000,
    startMonth: '2026-04',
  });
  const rahulShip = await sponsorship({
    sponsorId: maria.id,
    sponsoredChildId: rahul.id,
    purpose: 'living',
    monthlyPaise: 200_000,
    startMonth: '2026-06',
  });

  const receive = (input: Parameters<typeof t.ok<'ledger.receive'>>[1]) => t.ok('ledger.receive', input, admin);
  const lastYear = await receive({
    sponsorId: ananya.id,
    valueDate: '2026-03-15',
    amountPaise: 100_000,
    mode: 'upi',
    reference: 'UPI-0315',
    account: 'local_bank',
  });
  const cheque = await receive({
    sponsorId: ananya.id,
    sponsorshipId: priyaShip.id,
    valueDate: '2026-04-10',
    amountPaise: 450_000,
    mode: 'cheque',
    reference: '000123',
    account: 'local_bank',
  });
  const upi = await receive({
    sponsorId: ananya.id,
    valueDate: '2026-07-05',
    amountPaise: 450_000,
    mode: 'upi',
    reference: 'UPI-77',
    account: 'local_bank',
  });
  const bigCash = await receive({
    sponsorId: ananya.id,
    valueDate: '2026-08-01',
    amountPaise: 300_000,
    mode: 'cash',
    account: 'office_cash',
  });
  const wrong = await receive({
    sponsorId: ananya.id,
    sponsorshipId: priyaShip.id,
    valueDate: '2026-09-02',
    amountPaise: 12_345_650,
    mode: 'bank_transfer',
    reference: 'NEFT-999',
    account: 'local_bank',
  });
  await t.ok('ledger.reverse', { postingId: wrong.postingId, reason: 'Entered against the wrong sponsor' }, admin);
  const foreign = await receive({
    sponsorId: maria.id,
    sponsorshipId: rahulShip.id,
    valueDate: '2026-06-15',
    amountPaise: 2_400_000,
    mode: 'bank_transfer',
    reference: 'SWIFT-42',
    account: 'fcra_receipt',
  });
  const smallCash = await receive({
    sponsorId: das.id,
    valueDate: '2026-05-20',
    amountPaise: 150_000,
    mode: 'cash',
    account: 'office_cash',
  });
  const goods = await receive({
    sponsorId: das.id,
    valueDate: '2026-05-21',
    amountPaise: 80_000,
    mode: 'in_kind',
    account: 'in_kind_stock',
    inKindDescription: 'School bags',
  });

  await t.ok('ledger.transfer', { from: 'fcra_receipt', to: 'fcra_utilisation', amountPaise: 2_000_000, valueDate: '2026-06-20' }, admin);
  // Cash drawn from the bank for the families paid in cash: office cash cannot pay out what it never held.
  await t.ok(
    'ledger.transfer',
    { from: 'local_bank', to: 'office_cash', amountPaise: 500_000, valueDate: '2026-07-10', reference: 'Cash withdrawal' },
    admin,
  );
  for (const [month, valueDate] of [
    ['2026-06', '2026-06-28'],
    ['2026-07', '2026-07-28'],
    ['2026-08', '2026-08-28'],
    ['2026-09', '2026-09-28'],
  ] as const) {
    await t.ok(
      'ledger.disburse',
      {
        month,
        valueDate,
        items: [
          cashItem(priya.id, 'thumbprint'),
          {
            sponsoredChildId: rahul.id,
            amountPaise: 200_000,
            account: 'fcra_utilisation',
            mode: 'bank_transfer',
            reference: `NEFT-${month}`,
          },
        ],
      },
      admin,
    );
  }
  // July's payment to Priya's mother was entered twice over in amount: cancelled and paid again correctly.
  const july = await t.ok(
    'ledger.postings',
    { sponsoredChildId: priya.id, kind: 'disbursement', from: '2026-07-01', to: '2026-07-31' },
    admin,
  );
  const julyPosting = july.rows[0];
  if (!julyPosting) throw new Error('no July disbursement');
  await t.ok('ledger.reverse', { postingId: julyPosting.id, reason: 'Wrong amount' }, admin);
  await t.ok(
    'ledger.disburse',
    {
      month: '2026-07',
      valueDate: '2026-10-02',
      items: [cashItem(priya.id, 'signature', 140_000)],
    },
    admin,
  );
  await t.ok(
    'ledger.expense',
    {
      account: 'fcra_utilisation',
      amountPaise: 200_000,
      valueDate: '2026-09-10',
      mode: 'bank_transfer',
      reference: 'AUDIT-1',
      description: 'Audit fee',
    },
    admin,
  );
  await t.ok(
    'ledger.expense',
    { account: 'office_cash', amountPaise: 50_000, valueDate: '2026-09-11', mode: 'cash', description: 'Stationery' },
    admin,
  );

  const sqlite = t.host.database.sqlite;
  const school = sqlite
    .prepare(
      `INSERT INTO schools (name, udise, type, created_at, updated_at) VALUES ('Uttar Bagundi FP School', '19112300101', 'primary', 'x', 'x')`,
    )
    .run().lastInsertRowid;
  for (const [month, presentHalves, open] of [
    ['2026-07', 36, 22],
    ['2026-08', 37, 20],
  ] as const) {
    const imp = sqlite
      .prepare(
        `INSERT INTO attendance_imports (file_name, sha256, school_id, month, imported_at, imported_by, children_count)
         VALUES (?, ?, ?, ?, 'x', 1, 1)`,
      )
      .run(`register-${month}.xlsx`, month, school, month).lastInsertRowid;
    sqlite
      .prepare(
        `INSERT INTO attendance_months (child_id, school_id, month, import_id, marks, days_present_halves, days_open, longest_absence_run, leading_absence, trailing_absence)
         VALUES (?, ?, ?, ?, '', ?, ?, 0, 0, 0)`,
      )
      .run(priyaChild.id, school, month, imp, presentHalves, open);
  }

  return { priya, rahul, ananya, maria, das, priyaShip, rahulShip, lastYear, cheque, upi, bigCash, wrong, foreign, smallCash, goods };
}
