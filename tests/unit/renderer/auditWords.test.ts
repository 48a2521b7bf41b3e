import './setupI18n';
import { afterEach, describe, expect, it } from 'vitest';
import i18n, { setLanguage } from '../../../renderer/i18n';
import { auditDetails, auditRecord } from '../../../renderer/pages/admin/auditWords';
import { sponsorshipOffice, type SponsorshipOffice } from '../sponsorship/fixture';

let office: SponsorshipOffice | undefined;
afterEach(() => {
  office?.t.cleanup();
  office = undefined;
  setLanguage('en');
});

const t = i18n.t.bind(i18n);

describe('the audit log in the reader’s words', () => {
  it('tells a receipt from its stored facts, in English and in Bengali, with the person’s name', async () => {
    office = await sponsorshipOffice();
    const { t: host, coordinator } = office;
    const sponsor = await office.sponsor('Anjali Ghosh');
    const receipt = await host.ok(
      'ledger.receive',
      {
        sponsorId: sponsor.id,
        valueDate: '2026-11-20',
        amountPaise: 1_800_000,
        mode: 'cheque',
        reference: '004512',
        account: 'local_bank',
      },
      coordinator,
    );
    const list = await host.ok('audit.list', { q: 'ledger' }, host.admin);
    const row = list.rows.find((r) => r.action === 'ledger.receive');
    if (!row) throw new Error('no audit entry for the receipt');
    expect(row.fullName).toBe('ruma tester');
    expect(row.facts).toMatchObject({ amountPaise: 1_800_000, mode: 'cheque', account: 'local_bank', ref: receipt.receiptNo });

    expect(auditDetails(t, row)).toBe(`₹18,000.00 by cheque into the local bank account, from Anjali Ghosh (${sponsor.code})`);
    expect(auditRecord(t, row)).toBe(`Receipt ${receipt.receiptNo}`);
    setLanguage('bn');
    expect(auditDetails(t, row)).toBe(`Anjali Ghosh (${sponsor.code})-এর কাছ থেকে ₹১৮,০০০.০০, চেকে, স্থানীয় ব্যাংক অ্যাকাউন্ট-এ জমা`);
    expect(auditRecord(t, row)).toBe(`রসিদ ${receipt.receiptNo}`);
  });

  it('says an outcome in words and a case by its number', () => {
    const row = {
      action: 'cases.close',
      entity: 'cases',
      entityId: '3',
      summary: 'BSH/CASE/0003: marriage_averted',
      facts: { ref: 'BSH/CASE/0003', outcome: 'marriage_averted', closedOn: '2026-11-20' },
    };
    expect(auditDetails(t, row)).toBe('Child marriage averted, closed on 20/11/2026');
    expect(auditRecord(t, row)).toBe('Case BSH/CASE/0003');
    setLanguage('bn');
    expect(auditDetails(t, row)).toMatch(/^বাল্যবিবাহ.*২০\/১১\/২০২৬ তারিখে বন্ধ$/);
  });

  it('still shows an entry made before facts were kept, its paise as money and its codes as words', () => {
    const row = {
      action: 'ledger.receive',
      entity: 'postings',
      entityId: '3',
      summary: 'BSH/2026-27/00003: SP-0001, 1800000 paise, cheque into local_bank',
      facts: null,
    };
    expect(auditDetails(t, row)).toBe('BSH/2026-27/00003: SP-0001, ₹18,000.00, cheque into the local bank account');
    expect(auditRecord(t, row)).toBe('Ledger entry');
    expect(auditRecord(t, { ...row, entity: 'method', entityId: 'cases.open' })).toBe('What they tried: Case file opened');
    expect(auditRecord(t, { ...row, entity: 'method', entityId: 'cases.list' })).toBe('');
  });
});
