import { z } from 'zod';
import { ensureDuesRaised } from '../duesOnRead';
import { audited, base64, financialYear, officeDetails, stamp } from '../documents';
import { fc4Return, fc4Workbook } from '../fc4';
import { month } from '../fields';
import { FORM_10BD_HEADERS, form10bdCsv, form10bdDonations } from '../form10bd';
import { ledgerVouchers, moneyAccountMovements, monthlyAccountsWorkbook, monthPostings } from '../monthlyAccounts';
import { addReportSheet, newWorkbook, workbookFile } from '../reportWorkbook';
import { tallyImportXml } from '../tally';
import { isoDate, optionalText } from '../../api/fields';
import { translate } from '../../api/messages';
import { method, type ApiArea, type AuditEntry } from '../../api/types';

/** The statutory returns (Form 10BD, FC-4) and the month's books for the accountant. */
export const reportsApi = {
  /** The donations to report in Form 10BD; the 80G registration (URN and its date) is the office's, typed when exporting. */
  'reports.form10bd': method({
    input: z.object({
      financialYear,
      format: z.enum(['xlsx', 'csv']),
      urn: optionalText(100),
      urnIssuedOn: isoDate.nullish().transform((d) => d ?? null),
    }),
    permission: 'sponsorship.read',
    handler: async (ctx, input) => {
      // The office's 80G registration unless the call names another (e.g. a renewed one).
      const registered = officeDetails(ctx);
      const donations = form10bdDonations(ctx.sqlite, input.financialYear, {
        urn: input.urn ?? registered.urn80g,
        urnIssuedOn: input.urnIssuedOn ?? registered.urn80gIssuedOn,
      });
      const entry: AuditEntry = {
        action: 'reports.form10bd',
        entity: 'postings',
        summary: `${input.financialYear}: ${donations.length} donations (${input.format})`,
        facts: { refKind: 'report', financialYear: input.financialYear, count: donations.length, format: input.format },
      };
      const fileName = `form-10bd-${input.financialYear}.${input.format}`;
      if (input.format === 'csv') return audited(ctx, entry, { fileName, contentBase64: base64(form10bdCsv(donations)) });
      const { label } = stamp(ctx);
      const workbook = newWorkbook();
      type Row = (typeof donations)[number];
      const text = (i: number) => FORM_10BD_HEADERS[i] ?? '';
      addReportSheet<Row>(workbook, {
        sheetName: label('sponsorship.reports.form10bd.sheet'),
        title: label('sponsorship.reports.form10bd.title', { year: input.financialYear }),
        rows: donations,
        columns: [
          { header: text(0), width: 7, value: (d) => d.serial },
          { header: text(1), width: 14, value: () => null },
          { header: text(2), width: 24, value: (d) => d.idCode },
          { header: text(3), width: 16, value: (d) => d.uniqueIdentificationNumber },
          { header: text(4), width: 12, value: (d) => d.sectionCode },
          { header: text(5), width: 22, value: (d) => d.urn },
          { header: text(6), width: 14, value: (d) => d.urnIssuedOn },
          { header: text(7), width: 26, value: (d) => d.donorName },
          { header: text(8), width: 36, value: (d) => d.donorAddress },
          { header: text(9), width: 14, value: (d) => d.donationType },
          { header: text(10), width: 28, value: (d) => d.modeOfReceipt },
          { header: text(11), width: 16, money: true, value: (d) => d.amountPaise },
          { header: label('sponsorship.reports.form10bd.receiptNo'), width: 20, value: (d) => d.receiptNo },
          { header: label('sponsorship.reports.form10bd.date'), width: 12, value: (d) => d.valueDate.split('-').reverse().join('/') },
        ],
      });
      return audited(ctx, entry, await workbookFile(workbook, fileName));
    },
  }),

  'reports.fc4': method({
    input: z.object({ financialYear }),
    permission: 'sponsorship.read',
    handler: async (ctx, input) => {
      const fc = fc4Return(ctx.sqlite, input.financialYear);
      const file = await fc4Workbook(fc, stamp(ctx).label);
      const share = fc.adminShareOfReceivedBp === null ? 'n/a' : `${fc.adminShareOfReceivedBp / 100}%`;
      return audited(
        ctx,
        {
          action: 'reports.fc4',
          entity: 'postings',
          summary: `${input.financialYear}: received ${fc.receivedPaise} paise, admin ${share}`,
          facts: { refKind: 'report', financialYear: input.financialYear, amountPaise: fc.receivedPaise },
        },
        file,
      );
    },
  }),

  /** The figures of the three reports, for the screen: what each download holds, seen before it is made. */
  'reports.figures': method({
    input: z.object({ form10bdYear: financialYear, fc4Year: financialYear, month }),
    permission: 'sponsorship.read',
    handler: (ctx, input) => {
      ensureDuesRaised(ctx);
      const registered = officeDetails(ctx);
      const donations = form10bdDonations(ctx.sqlite, input.form10bdYear, {
        urn: registered.urn80g,
        urnIssuedOn: registered.urn80gIssuedOn,
      });
      const fc = fc4Return(ctx.sqlite, input.fc4Year);
      return {
        form10bd: { donations: donations.length, totalPaise: donations.reduce((sum, d) => sum + d.amountPaise, 0) },
        fc4: {
          openingBalancePaise: fc.openingBalancePaise,
          receivedPaise: fc.receivedPaise,
          donors: fc.donors.length,
          programmePaise: fc.programmePaise,
          administrationPaise: fc.administrationPaise,
          adminCapPaise: fc.adminCapPaise,
          closingBalancePaise: fc.closingBalancePaise,
        },
        accounts: moneyAccountMovements(ctx.sqlite, input.month).map(({ code, openingPaise, inPaise, outPaise, closingPaise }) => ({
          code,
          openingPaise,
          inPaise,
          outPaise,
          closingPaise,
        })),
        vouchers: monthPostings(ctx.sqlite, input.month).length,
      };
    },
  }),

  /** The month's books for the accountant: Excel (balances, receipts, payments, vouchers) or TallyPrime import XML. */
  'reports.monthlyAccounts': method({
    input: z.object({ month, format: z.enum(['xlsx', 'tally']) }),
    permission: 'sponsorship.read',
    handler: async (ctx, input) => {
      ensureDuesRaised(ctx);
      const postings = monthPostings(ctx.sqlite, input.month);
      const entry: AuditEntry = {
        action: 'reports.monthlyAccounts',
        entity: 'postings',
        summary: `${input.month}: ${postings.length} vouchers (${input.format})`,
        facts: { refKind: 'report', month: input.month, count: postings.length, format: input.format },
      };
      if (input.format === 'tally') {
        // Tally's books are kept in English whatever the user's language.
        const xml = tallyImportXml(ledgerVouchers(postings, (key, values) => translate('en', key, values)));
        return audited(ctx, entry, { fileName: `tally-vouchers-${input.month}.xml`, contentBase64: base64(xml) });
      }
      const file = await monthlyAccountsWorkbook({
        month: input.month,
        postings,
        movements: moneyAccountMovements(ctx.sqlite, input.month),
        label: stamp(ctx).label,
      });
      return audited(ctx, entry, file);
    },
  }),
} satisfies ApiArea;
