import { afterEach, describe, expect, it } from 'vitest';
import { pdfPages } from '../../fixtures/pdf/popplerText';
import { sponsorshipOffice } from './reportFixtures';
import type { TestHost } from '../testHost';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

const pdfText = (file: { contentBase64: string }, layout = true) =>
  pdfPages(Buffer.from(file.contentBase64, 'base64'), { layout }).join('\n');
const asciiDigits = (s: string) => s.replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - 0x09e6));

/** ₹1,23,456.50 (or in Bengali digits) → paise; a leading minus kept. */
function paiseOf(text: string): number {
  const m = /(-?)₹([\d,]+)\.(\d{2})/.exec(asciiDigits(text));
  if (!m) throw new Error(`no amount in "${text}"`);
  return (m[1] ? -1 : 1) * (Number((m[2] ?? '').replace(/,/g, '')) * 100 + Number(m[3]));
}

/** Every amount printed on a line that carries `label`. */
const amountsBeside = (text: string, label: string) =>
  text
    .split('\n')
    .filter((line) => line.includes(label))
    .map(paiseOf);

/** What the ledger says the sponsor paid in the period: receipts, less the cancellations of receipts, dated in it. */
async function receivedPerLedger(office: Awaited<ReturnType<typeof sponsorshipOffice>>, sponsorId: number, from: string, to: string) {
  const receipts = await office.ok('ledger.postings', { sponsorId, kind: 'receipt', from, to, limit: 2000 }, office.admin);
  const everyReceipt = await office.ok('ledger.postings', { sponsorId, kind: 'receipt', limit: 2000 }, office.admin);
  const receiptIds = new Set(everyReceipt.rows.map((r) => r.id));
  const reversals = await office.ok('ledger.postings', { kind: 'reversal', from, to, limit: 2000 }, office.admin);
  const paid = receipts.rows.reduce((s, r) => s + r.amountPaise, 0);
  const cancelled = reversals.rows
    .filter((r) => r.reversesId !== null && receiptIds.has(r.reversesId))
    .reduce((s, r) => s + r.amountPaise, 0);
  return paid - cancelled;
}

describe('sponsor’s statement', () => {
  it('prints the payments, their total as the ledger has it, and the closing balance', async () => {
    const office = await sponsorshipOffice();
    t = office;
    const { ananya } = office.ids;
    const file = await office.ok(
      'sponsors.statement',
      { sponsorId: ananya.id, from: '2026-04-01', to: '2026-11-30', language: 'en' },
      office.admin,
    );
    expect(file.fileName).toBe('statement-SP-0001-2026-04-01-to-2026-11-30-en.pdf');
    const text = pdfText(file);

    const ledgerTotal = await receivedPerLedger(office, ananya.id, '2026-04-01', '2026-11-30');
    expect(ledgerTotal).toBe(1_200_000);
    const printed = amountsBeside(text, 'Total received');
    expect(printed.length).toBe(2); // in the summary and under the payments table
    for (const amount of printed) expect(amount).toBe(ledgerTotal);

    expect(text).toContain('BSH/2026-27/00001');
    expect(text).toContain('Receipt BSH/2026-27/00004 cancelled');
    expect(text).toContain('-₹1,23,456.50');
    // Dues April–November (8 × ₹1,500) less everything paid since March (₹1,000 + ₹12,000): ₹1,000 ahead.
    expect(text).toMatch(/Balance on 01\/04\/2026\s+₹1,000\.00 paid in advance/);
    expect(text).toMatch(/Contributions due for the period\s+₹12,000\.00/);
    expect(text).toMatch(/Balance on 30\/11\/2026\s+₹1,000\.00 paid in advance/);
    expect(text).toContain('Ananya Ghosh');
    expect(text).toContain('12 Lake Road, Kolkata 700029');
  });

  it('counts a receipt cancelled after the period in the period, as the ledger dates it', async () => {
    const office = await sponsorshipOffice();
    t = office;
    const { ananya } = office.ids;
    const file = await office.ok('sponsors.statement', { sponsorId: ananya.id, from: '2026-04-01', to: '2026-10-31' }, office.admin);
    const ledgerTotal = await receivedPerLedger(office, ananya.id, '2026-04-01', '2026-10-31');
    expect(ledgerTotal).toBe(1_200_000 + 12_345_650);
    for (const amount of amountsBeside(pdfText(file), 'Total received')) expect(amount).toBe(ledgerTotal);
  });

  it('shows what reached the family month by month, with attendance, naming the child only with consent', async () => {
    const office = await sponsorshipOffice();
    t = office;
    const { ananya, maria } = office.ids;
    const text = pdfText(
      await office.ok(
        'sponsors.statement',
        { sponsorId: ananya.id, from: '2026-04-01', to: '2026-11-30', language: 'en', progressNote: 'Thank you for standing by Priya.' },
        office.admin,
      ),
    );
    expect(text).toContain('Priya Mondal (BSH-C00001)');
    expect(text).toContain('Education: ₹1,500.00 a month since Apr 2026 · active');
    expect(text).toMatch(/Jun 2026\s+₹1,500\.00\s+Cash\s+Your sponsorship/);
    // July's first payment was cancelled: only the corrected ₹1,400 reached the family.
    expect(text).toMatch(/Jul 2026\s+₹1,400\.00\s+Cash\s+Your sponsorship\s+18 of 22 days \(82%\)/);
    expect(text).toMatch(/Aug 2026\s+₹1,500\.00\s+Cash\s+Your sponsorship\s+18\.5 of 20 days \(93%\)/);
    expect(amountsBeside(text, 'Total to the family')).toEqual([1_500_00 * 3 + 140_000]);
    expect(text).toContain('Priya passed Class VII and wants to be a nurse.');
    expect(text).toContain('Thank you for standing by Priya.');

    // Rahul's family gave no consent to share his story: his sponsor sees the code only.
    const maria_ = pdfText(
      await office.ok('sponsors.statement', { sponsorId: maria.id, from: '2026-04-01', to: '2026-11-30' }, office.admin),
    );
    expect(maria_).toContain('Child BSH-C00002');
    expect(maria_).not.toContain('Rahul');
    expect(maria_).not.toContain('Sardar');
    expect(maria_).not.toContain('School attendance');
  });

  it('is written in Bengali on request, with Bengali digits, and the same totals', async () => {
    const office = await sponsorshipOffice();
    t = office;
    const { ananya } = office.ids;
    const file = await office.ok(
      'sponsors.statement',
      { sponsorId: ananya.id, from: '2026-04-01', to: '2026-11-30', language: 'bn' },
      office.admin,
    );
    const text = pdfText(file);
    expect(text).toContain('স্পনসরের বিবরণী');
    expect(text).toContain('প্রিয়া মণ্ডল (BSH-C00001)');
    const printed = text.split('\n').filter((line) => line.includes('মোট প্রাপ্ত'));
    expect(printed.length).toBe(2);
    for (const line of printed) {
      expect(line).toMatch(/₹১২,০০০\.০০/);
      expect(paiseOf(line)).toBe(await receivedPerLedger(office, ananya.id, '2026-04-01', '2026-11-30'));
    }
    expect(text).toContain('২২ দিনের মধ্যে ১৮ দিন (৮২%)');
    const audit = await office.ok('audit.list', { q: 'statement' }, office.admin);
    expect(audit.rows.map((r) => r.summary)).toContain('SP-0001 2026-04-01 to 2026-11-30 (bn)');
  });

  it('refuses an unknown sponsor and a period that ends before it starts', async () => {
    const office = await sponsorshipOffice();
    t = office;
    expect(await office.raw('sponsors.statement', { sponsorId: 999, from: '2026-04-01', to: '2026-11-30' }, office.admin)).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(
      await office.raw('sponsors.statement', { sponsorId: office.ids.ananya.id, from: '2026-11-01', to: '2026-04-30' }, office.admin),
    ).toMatchObject({ ok: false, error: { key: 'errors.rangeOrder', field: 'to' } });
  });
});
