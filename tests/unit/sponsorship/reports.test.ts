import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import { afterEach, describe, expect, it } from 'vitest';
import { FORM_10BD_HEADERS } from '../../../electron/sponsorship/form10bd';
import { firstDayOf, lastDayOf } from '../../../electron/shared/periods';
import { rupeesInBengaliWords, rupeesInEnglishWords } from '../../../electron/sponsorship/rupeesInWords';
import { tallyAmount, tallyImportXml, tallyVoucherType, xmlText } from '../../../electron/sponsorship/tally';
import { pdfPages } from '../../fixtures/pdf/popplerText';
import { sponsorshipOffice } from './reportFixtures';
import { userWithRole, type TestHost } from '../testHost';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

type Office = Awaited<ReturnType<typeof sponsorshipOffice>>;
type File = { fileName: string; contentBase64: string };

async function workbookOf(file: File): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** A sheet's data rows (below the title and header rows) as arrays of cell values, column A first. */
function dataRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 2) rows.push(Array.from((row.values as unknown[]).slice(1), (v) => v ?? null));
  });
  return rows;
}

const text = (file: File) => pdfPages(Buffer.from(file.contentBase64, 'base64')).join('\n').replace(/\s+/g, ' ');
const rupees = (paise: number) => paise / 100;

/** The vouchers of a Tally import file, read by a conforming XML parser (which throws on anything ill-formed). */
function tallyVouchers(xml: string) {
  const parser = new SaxesParser();
  const vouchers: {
    type: string;
    number: string;
    narration: string;
    entries: { ledger: string; deemedPositive: string; amount: string }[];
  }[] = [];
  const path: string[] = [];
  let entry: { ledger: string; deemedPositive: string; amount: string } | null = null;
  parser.on('opentag', (tag) => {
    path.push(tag.name);
    if (tag.name === 'VOUCHER') vouchers.push({ type: String(tag.attributes.VCHTYPE), number: '', narration: '', entries: [] });
    if (tag.name === 'ALLLEDGERENTRIES.LIST') entry = { ledger: '', deemedPositive: '', amount: '' };
  });
  parser.on('text', (value) => {
    const voucher = vouchers[vouchers.length - 1];
    const name = path[path.length - 1];
    if (!voucher) return;
    if (name === 'VOUCHERNUMBER') voucher.number += value;
    if (name === 'NARRATION') voucher.narration += value;
    if (entry && name === 'LEDGERNAME') entry.ledger += value;
    if (entry && name === 'ISDEEMEDPOSITIVE') entry.deemedPositive += value;
    if (entry && name === 'AMOUNT') entry.amount += value;
  });
  parser.on('closetag', (tag) => {
    path.pop();
    if (tag.name === 'ALLLEDGERENTRIES.LIST' && entry) {
      vouchers[vouchers.length - 1]?.entries.push(entry);
      entry = null;
    }
  });
  parser.write(xml).close();
  return vouchers;
}

const tallyPaise = (amount: string) => {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(amount);
  if (!m) throw new Error(`not a Tally amount: ${amount}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
};

async function monthTally(office: Office, month: string) {
  const file = await office.ok('reports.monthlyAccounts', { month, format: 'tally' }, office.admin);
  expect(file.fileName).toBe(`tally-vouchers-${month}.xml`);
  return Buffer.from(file.contentBase64, 'base64').toString('utf8');
}

describe('amounts in words and Tally’s conventions', () => {
  it('writes rupees in words in the Indian system, in English and Bengali', () => {
    expect(rupeesInEnglishWords(12_345_650)).toBe('Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Fifty Paise Only');
    expect(rupeesInEnglishWords(0)).toBe('Rupees Zero Only');
    expect(rupeesInEnglishWords(5)).toBe('Five Paise Only');
    expect(rupeesInEnglishWords(10_000_000_000)).toBe('Rupees Ten Crore Only');
    expect(rupeesInEnglishWords(1_234_567_890_100)).toBe(
      'Rupees One Thousand Two Hundred Thirty-Four Crore Fifty-Six Lakh Seventy-Eight Thousand Nine Hundred One Only',
    );
    expect(rupeesInEnglishWords(1_000_000_000)).toBe('Rupees One Crore Only');
    expect(rupeesInEnglishWords(100_000_000)).toBe('Rupees Ten Lakh Only');
    expect(rupeesInEnglishWords(2_011_500)).toBe('Rupees Twenty Thousand One Hundred Fifteen Only');
    expect(rupeesInBengaliWords(12_345_650)).toBe('এক লক্ষ তেইশ হাজার চারশো ছাপ্পান্ন টাকা পঞ্চাশ পয়সা মাত্র');
    expect(rupeesInBengaliWords(150_000)).toBe('এক হাজার পাঁচশো টাকা মাত্র');
  });

  it('signs amounts as Tally does (a debit negative) and picks the voucher type Tally would', () => {
    expect(tallyAmount(450_000)).toBe('-4500.00');
    expect(tallyAmount(-5)).toBe('0.05');
    const line = (
      accountCode: 'local_bank' | 'sponsor_receivable' | 'fcra_receipt' | 'fcra_utilisation' | 'pooled_fund',
      amountPaise: number,
    ) => ({
      accountCode,
      ledgerName: accountCode,
      amountPaise,
    });
    expect(tallyVoucherType([line('local_bank', 100), line('sponsor_receivable', -100)])).toBe('Receipt');
    expect(tallyVoucherType([line('local_bank', -100), line('sponsor_receivable', 100)])).toBe('Payment');
    expect(tallyVoucherType([line('fcra_utilisation', 100), line('fcra_receipt', -100)])).toBe('Contra');
    expect(tallyVoucherType([line('sponsor_receivable', 100), line('pooled_fund', -100)])).toBe('Journal');
    expect(xmlText(`A & B <"x"> 'y'\u0001`)).toBe('A &amp; B &lt;&quot;x&quot;&gt; &apos;y&apos;');
    const xml = tallyImportXml([
      {
        postingId: 1,
        date: '2026-04-10',
        number: 'R/1',
        narration: ']]> & <',
        lines: [line('local_bank', 100), line('pooled_fund', -100)],
      },
    ]);
    expect(tallyVouchers(xml)[0]?.narration).toBe(']]> & <');
  });
});

describe('Form 10BD', () => {
  it('lists the year’s 80G-eligible receipts with the ID code and mode the form asks for, leaving out cancelled ones', async () => {
    const office = await sponsorshipOffice();
    t = office;
    const input = { financialYear: '2026-27', urn: 'AAATJ1234KF20214', urnIssuedOn: '2021-09-24' };
    const workbook = await workbookOf(await office.ok('reports.form10bd', { ...input, format: 'xlsx' }, office.admin));
    const ws = sheet(workbook, 'Form 10BD');
    expect((ws.getRow(2).values as unknown[]).slice(1, 13)).toEqual([...FORM_10BD_HEADERS]);
    const rows = dataRows(ws);

    // The ledger's own answer: receipts dated in the year, eligible for 80G, not reversed.
    const ledger = await office.ok('ledger.postings', { kind: 'receipt', from: '2026-04-01', to: '2027-03-31', limit: 2000 }, office.admin);
    const eligible = ledger.rows.filter((r) => r.eligible80g === true && r.reversedBy === null);
    expect(rows.map((r) => r[12]).sort()).toEqual(eligible.map((r) => r.receiptNo).sort());
    expect(rows.map((r) => r[11])).toEqual([4500, 1500, 4500]);

    expect(rows[0]).toEqual([
      1,
      null,
      'Permanent Account Number',
      'ABCDE1234F',
      'Section 80G',
      'AAATJ1234KF20214',
      '24-09-2021',
      'Ananya Ghosh',
      '12 Lake Road, Kolkata 700029',
      'Specific grant',
      'Electronic modes including account payee cheque/draft',
      4500,
      'BSH/2026-27/00001',
      '10/04/2026',
    ]);
    expect(rows[1]?.slice(2, 12)).toEqual([
      'Aadhaar Number',
      '234567890123',
      'Section 80G',
      'AAATJ1234KF20214',
      '24-09-2021',
      'Das & Sons <Kolkata>',
      'Bowbazar, Kolkata',
      'Others',
      'Cash',
      1500,
    ]);
    expect(rows[2]?.[9]).toBe('Others');
    // Left out: cash above ₹2,000, the cancelled ₹1,23,456.50, the foreign contribution, the gift in kind, last year's.
    expect(rows.map((r) => r[12])).not.toContain(office.ids.bigCash.receiptNo);
    expect(rows.map((r) => r[12])).not.toContain(office.ids.wrong.receiptNo);

    const csv = Buffer.from(
      (await office.ok('reports.form10bd', { ...input, format: 'csv' }, office.admin)).contentBase64,
      'base64',
    ).toString('utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(FORM_10BD_HEADERS.join(','));
    expect(lines[1]).toBe(
      '1,,Permanent Account Number,ABCDE1234F,Section 80G,AAATJ1234KF20214,24-09-2021,Ananya Ghosh,"12 Lake Road, Kolkata 700029",Specific grant,Electronic modes including account payee cheque/draft,4500',
    );
    expect(lines.filter(Boolean)).toHaveLength(4);

    const previous = await workbookOf(await office.ok('reports.form10bd', { financialYear: '2025-26', format: 'xlsx' }, office.admin));
    expect(dataRows(sheet(previous, 'Form 10BD')).map((r) => r[12])).toEqual([office.ids.lastYear.receiptNo]);
    expect(await office.raw('reports.form10bd', { financialYear: '2026-28', format: 'csv' }, office.admin)).toMatchObject({
      ok: false,
      error: { key: 'errors.sponsorship.financialYear', field: 'financialYear' },
    });
  });
});

describe('FC-4', () => {
  it('totals the foreign contribution by donor and weighs administration against the 20% cap', async () => {
    const office = await sponsorshipOffice();
    t = office;
    const summary = async () => {
      const workbook = await workbookOf(await office.ok('reports.fc4', { financialYear: '2026-27' }, office.admin));
      return { workbook, values: dataRows(sheet(workbook, 'Summary')).map((r) => r[1]) };
    };
    const first = await summary();
    // Opening, received, programme, administration, utilised, closing, cap, share of received, share of utilised, within cap.
    expect(first.values).toEqual([0, 24000, 8000, 2000, 10000, 14000, 4800, '8.33%', '20.00%', 'Yes']);
    const fcra = await office.ok('ledger.trialBalance', { asOf: '2027-03-31' }, office.admin);
    const fcraBalance = fcra.accounts.filter((a) => a.fcra).reduce((s, a) => s + a.balancePaise, 0);
    expect(first.values[5]).toBe(rupees(fcraBalance));

    const donors = dataRows(sheet(first.workbook, 'Receipts by donor'));
    expect(donors[0]).toEqual([
      'Maria Schmidt',
      'SP-0002',
      'Individual',
      'Foreign citizen',
      'Germany',
      'Hauptstraße 5, Köln',
      'Living costs of sponsored children',
      '15/06/2026',
      1,
      24000,
    ]);
    expect(donors[1]?.[9]).toBe(24000);
    expect(dataRows(sheet(first.workbook, 'Utilisation'))).toEqual([
      ['Living costs of sponsored children', 8000],
      ['Administrative expenses from foreign contribution', 2000],
      ['Total foreign contribution utilised', 10000],
    ]);

    await office.ok(
      'ledger.expense',
      {
        account: 'fcra_utilisation',
        amountPaise: 300_000,
        valueDate: '2026-10-15',
        mode: 'bank_transfer',
        reference: 'RENT-10',
        description: 'Office rent',
      },
      office.admin,
    );
    const second = await summary();
    expect(second.values.slice(3, 10)).toEqual([5000, 13000, 11000, 4800, '20.83%', '38.46%', 'No']);
  });
});

describe('the month’s accounts', () => {
  it('exports Tally vouchers that parse and balance, one per posting, typed as Tally types them', async () => {
    const office = await sponsorshipOffice();
    t = office;
    for (const month of ['2026-05', '2026-06', '2026-09', '2026-11']) {
      const vouchers = tallyVouchers(await monthTally(office, month));
      const postings = await office.ok('ledger.postings', { from: firstDayOf(month), to: lastDayOf(month), limit: 2000 }, office.admin);
      expect(vouchers).toHaveLength(postings.total);
      for (const v of vouchers) {
        expect(v.entries.length).toBeGreaterThanOrEqual(2);
        expect(v.entries.reduce((s, e) => s + tallyPaise(e.amount), 0)).toBe(0);
        for (const e of v.entries) expect(e.deemedPositive).toBe(tallyPaise(e.amount) < 0 ? 'Yes' : 'No');
      }
    }
    const may = await monthTally(office, '2026-05');
    expect(may).toContain('Das &amp; Sons &lt;Kolkata&gt;');
    const byNumber = (vs: ReturnType<typeof tallyVouchers>, n: string) => vs.find((v) => v.number === n);
    const mayVouchers = tallyVouchers(may);
    expect(byNumber(mayVouchers, office.ids.smallCash.receiptNo)).toMatchObject({
      type: 'Receipt',
      entries: [
        { ledger: 'Office Cash', deemedPositive: 'Yes', amount: '-1500.00' },
        { ledger: 'Sponsor Receivable', deemedPositive: 'No', amount: '1500.00' },
      ],
    });
    expect(byNumber(mayVouchers, office.ids.goods.receiptNo)?.type).toBe('Journal');
    expect(tallyVouchers(await monthTally(office, '2026-06')).map((v) => v.type)).toContain('Contra');
    const september = tallyVouchers(await monthTally(office, '2026-09'));
    expect(september.filter((v) => v.type === 'Payment').map((v) => v.number)).toContain('PV/2026-27/00010');
    // November: the cancelled receipt takes the money out of the bank again (a Payment); the cancelled family payment puts it back (a Receipt).
    const november = tallyVouchers(await monthTally(office, '2026-11'));
    expect(november.find((v) => v.narration.startsWith(`Reversal of ${office.ids.wrong.receiptNo}`))?.type).toBe('Payment');
    expect(november.find((v) => v.narration.startsWith('Reversal of PV/2026-27/00003'))?.type).toBe('Receipt');
  });

  it('exports the month to Excel: balances that agree with the trial balance, receipts, payments and every voucher line', async () => {
    const office = await sponsorshipOffice();
    t = office;
    const workbook = await workbookOf(await office.ok('reports.monthlyAccounts', { month: '2026-09', format: 'xlsx' }, office.admin));
    const balances = dataRows(sheet(workbook, 'Balances'));
    const trial = await office.ok('ledger.trialBalance', { asOf: '2026-09-30' }, office.admin);
    for (const [name, opening, moneyIn, moneyOut, closing] of balances.slice(0, -1) as [string, number, number, number, number][]) {
      expect(opening + moneyIn - moneyOut).toBeCloseTo(closing, 2);
      expect(closing).toBe(rupees(trial.accounts.find((a) => a.name === name)?.balancePaise ?? NaN));
    }
    expect(balances.map((r) => r[0])).toEqual([
      'FCRA Receipt Account',
      'FCRA Utilisation Account',
      'Local Bank Account',
      'Office Cash',
      'In-kind Stock',
      'Total',
    ]);

    const receipts = dataRows(sheet(workbook, 'Receipts'));
    expect(receipts).toHaveLength(2);
    expect(receipts[0]?.slice(0, 8)).toEqual([
      '02/09/2026',
      'BSH/2026-27/00004',
      'SP-0001',
      'Ananya Ghosh',
      'Bank transfer',
      'NEFT-999',
      'Local Bank Account',
      'Yes',
    ]);
    expect(receipts[1]?.[9]).toBe(123456.5);
    const payments = dataRows(sheet(workbook, 'Payments'));
    expect(payments.map((r) => r[1])).toEqual(['PV/2026-27/00010', 'PV/2026-27/00011', 'PV/2026-27/00007', 'PV/2026-27/00008', null]);
    expect(payments[4]?.[9]).toBe(2000 + 500 + 1500 + 2000);
    expect(payments[2]?.slice(2, 8)).toEqual(['BSH-C00001', '09/2026', 'Cash', 'Rina Mondal', 'Office Cash', 'Sponsor']);
    const lines = dataRows(sheet(workbook, 'Vouchers'));
    const total = lines[lines.length - 1];
    expect(total?.[0]).toBe('Total');
    expect(total?.[5]).toBe(total?.[6]);
    expect(lines).toHaveLength(7 * 2 + 1);
    expect(workbook.getWorksheet('Balances')?.getCell('C3').numFmt).toContain('##,##0.00');
  });
});

describe('receipts', () => {
  it('prints the amount in figures and words, the 80G position and the FCRA note, and a cancelled receipt as cancelled', async () => {
    const office = await sponsorshipOffice();
    t = office;
    const { ids } = office;
    const receipt = (postingId: number, language: 'en' | 'bn' = 'en') =>
      office.ok('ledger.receiptPdf', { postingId, language }, office.admin);

    // Until the organisation's PAN, 80G registration and address are recorded, no receipt claims 80G.
    const bare = text(await receipt(ids.cheque.postingId));
    expect(bare).not.toContain('eligible for deduction under section 80G');
    expect(bare).toContain('Not an 80G receipt: the office has not yet recorded the organisation’s PAN, 80G registration (URN), address.');
    const details = await office.ok('office.get', {}, office.admin);
    await office.ok(
      'office.update',
      {
        organisation: details.organisation,
        officeName: details.officeName,
        district: details.district,
        block: details.block,
        address: 'Jabala, Basirhat 743411',
        pan: 'AAATJ1234K',
        urn80g: 'AAATJ1234KF20214',
      },
      office.admin,
    );

    const wrongFile = await receipt(ids.wrong.postingId);
    expect(wrongFile.fileName).toBe('receipt-BSH-2026-27-00004-en.pdf');
    const wrong = text(wrongFile);
    expect(wrong).toContain('₹1,23,456.50');
    expect(wrong).toContain('Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Fifty Paise Only');
    expect(wrong).toContain('CANCELLED');
    expect(wrong).toContain('cancelled on 24/11/2026: Entered against the wrong sponsor');

    const cheque = text(await receipt(ids.cheque.postingId));
    expect(cheque).toContain('Received with thanks from Ananya Ghosh');
    expect(cheque).toContain('PAN ABCDE1234F');
    expect(cheque).toContain('Cheque');
    expect(cheque).toContain('000123');
    expect(cheque).toContain('Sponsorship of child BSH-C00001 (education)');
    expect(cheque).toContain('eligible for deduction under section 80G');
    expect(cheque).not.toContain('CANCELLED');

    expect(text(await receipt(ids.bigCash.postingId))).toContain('section 80G(5D)');
    const foreign = text(await receipt(ids.foreign.postingId));
    expect(foreign).toContain('Foreign contribution: not eligible');
    expect(foreign).toContain('FCRA Receipt Account');
    expect(foreign).toContain('Foreign Contribution (Regulation) Act, 2010');
    expect(foreign).toContain('Country Germany');
    const goods = text(await receipt(ids.goods.postingId));
    expect(goods).toContain('School bags');
    expect(goods).toContain('A gift in kind is not eligible');
    const das = text(await receipt(ids.smallCash.postingId));
    expect(das).toContain('XXXX XXXX 0123');
    expect(das).not.toContain('234567890123');

    const bengali = text(await receipt(ids.wrong.postingId, 'bn'));
    expect(bengali).toContain('প্রাপ্তি রসিদ');
    expect(bengali).toContain('₹১,২৩,৪৫৬.৫০');
    expect(bengali).toContain('এক লক্ষ তেইশ হাজার চারশো ছাপ্পান্ন টাকা পঞ্চাশ পয়সা মাত্র');
    expect(bengali).toContain('বাতিল');

    const dues = await office.ok('ledger.postings', { kind: 'dues', limit: 1 }, office.admin);
    expect(await office.raw('ledger.receiptPdf', { postingId: dues.rows[0]?.id ?? 0, language: 'en' }, office.admin)).toMatchObject({
      ok: false,
      status: 404,
      error: { key: 'errors.sponsorship.receiptNotFound' },
    });
  });
});

describe('lists to Excel', () => {
  it('exports sponsors, sponsored children and the filtered ledger as on screen, and only to those who may see them', async () => {
    const office = await sponsorshipOffice();
    t = office;
    const sponsors = dataRows(sheet(await workbookOf(await office.ok('sponsors.export', {}, office.admin)), 'Sponsors'));
    expect(sponsors.map((r) => r[0])).toEqual(['SP-0001', 'SP-0003', 'SP-0002']);
    expect(sponsors[0]?.slice(0, 4)).toEqual(['SP-0001', 'Ananya Ghosh', 'Individual', 'Indian']);
    const listed = await office.ok('sponsors.list', {}, office.admin);
    expect(sponsors[0]?.[9]).toBe(rupees(listed.find((s) => s.code === 'SP-0001')?.balancePaise ?? NaN));

    const families = dataRows(sheet(await workbookOf(await office.ok('sponsoredChildren.export', {}, office.admin)), 'Sponsored children'));
    expect(families.map((r) => r[0]).sort()).toEqual(['BSH-C00001', 'BSH-C00002']);
    expect(families.find((r) => r[0] === 'BSH-C00001')?.slice(1, 3)).toEqual(['Priya Mondal', 'Girl']);

    const filter = { sponsorId: office.ids.ananya.id, from: '2026-04-01', to: '2026-11-30' };
    const ledger = dataRows(sheet(await workbookOf(await office.ok('ledger.export', filter, office.admin)), 'Ledger'));
    const onScreen = await office.ok('ledger.postings', { ...filter, limit: 2000 }, office.admin);
    expect(ledger).toHaveLength(onScreen.total);
    const wrongRow = ledger.find((r) => r[2] === office.ids.wrong.receiptNo);
    expect(wrongRow?.slice(7, 11)).toEqual(['NEFT-999', 'Local Bank Account', 'Sponsor Receivable', 123456.5]);
    expect(wrongRow?.[11]).toBe('reversed');

    await office.ok('auth.setLanguage', { language: 'bn' }, office.admin);
    const bengali = await workbookOf(await office.ok('sponsors.export', {}, office.admin));
    expect(sheet(bengali, 'স্পনসর').getCell('B2').value).toBe('নাম');

    const worker = await userWithRole(office, office.admin, 'mitali', 'case_worker');
    expect(await office.raw('ledger.export', {}, worker)).toMatchObject({ ok: false, status: 403 });
    expect(await office.raw('reports.fc4', { financialYear: '2026-27' }, worker)).toMatchObject({ ok: false, status: 403 });
  });
});
