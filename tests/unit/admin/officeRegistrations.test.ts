import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfPages } from '../../fixtures/pdf/popplerText';
import { sponsorshipOffice } from '../sponsorship/reportFixtures';
import type { TestHost } from '../testHost';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

type File = { fileName: string; contentBase64: string };
const text = (file: File) => pdfPages(Buffer.from(file.contentBase64, 'base64')).join('\n').replace(/\s+/g, ' ');

describe('the organisation’s tax and FCRA registrations', () => {
  it('are kept with the office details and printed on receipts and in Form 10BD', async () => {
    const office = await sponsorshipOffice();
    t = office;
    const details = await office.ok('office.get', {}, office.admin);
    const refused = await office.raw('office.update', { ...details, pan: 'ABC123' }, office.admin);
    expect(refused).toMatchObject({ ok: false, error: { key: 'errors.sponsorship.pan', field: 'pan' } });

    await office.ok(
      'office.update',
      { ...details, pan: 'aaatj1234k', urn80g: 'AAATJ1234KF20214', urn80gIssuedOn: '2021-09-24', fcraRegistration: '147120579' },
      office.admin,
    );
    expect(await office.ok('office.get', {}, office.admin)).toMatchObject({ pan: 'AAATJ1234K', fcraRegistration: '147120579' });

    const { ids } = office;
    const cheque = text(await office.ok('ledger.receiptPdf', { postingId: ids.cheque.postingId, language: 'en' }, office.admin));
    expect(cheque).toContain('PAN of the organisation: AAATJ1234K');
    expect(cheque).toContain('80G registration: AAATJ1234KF20214 dated 24/09/2021');
    expect(cheque).not.toContain('FCRA registration');
    const foreign = text(await office.ok('ledger.receiptPdf', { postingId: ids.foreign.postingId, language: 'en' }, office.admin));
    expect(foreign).toContain('FCRA registration: 147120579');
    expect(foreign).not.toContain('80G registration');

    const file = await office.ok('reports.form10bd', { financialYear: '2026-27', format: 'xlsx' }, office.admin);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const row = workbook.getWorksheet('Form 10BD')?.getRow(3).values as unknown[];
    expect(row.slice(6, 8)).toEqual(['AAATJ1234KF20214', '24-09-2021']);
  });
});
