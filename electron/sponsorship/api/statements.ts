import { z } from 'zod';
import { ledgerAccounts, office } from '../../db/schema';
import { ensureDuesRaised } from '../duesOnRead';
import { fc4Return, fc4Workbook } from '../fc4';
import type { AccountCode } from '../../shared/fcra';
import { month, notFound } from '../fields';
import { FORM_10BD_HEADERS, form10bdCsv, form10bdDonations } from '../form10bd';
import { ledgerWorkbook, sponsorsWorkbook, sponsoredChildrenWorkbook, type LedgerListRow } from '../listExports';
import { ledgerVouchers, moneyAccountMovements, monthlyAccountsWorkbook, monthPostings } from '../monthlyAccounts';
import { receiptDocumentData } from '../receiptData';
import { receiptPdf } from '../receiptPdf';
import { addReportSheet, newWorkbook, workbookFile } from '../reportWorkbook';
import { sponsorStatementPdf } from '../statement';
import { sponsorStatementData } from '../statementData';
import { tallyImportXml } from '../tally';
import { UserError } from '../../api/errors';
import { id, isoDate, optionalText } from '../../api/fields';
import { ledgerQueriesApi } from './ledgerReads';
import { translate } from '../../api/messages';
import { sponsoredChildrenApi } from './sponsoredChildren';
import { sponsorsApi } from './sponsors';
import { method, type ApiArea, type AuthedCtx, type AuditEntry } from '../../api/types';

const language = z.enum(['en', 'bn']).default('en');

/** '2026-27': April 2026 to March 2027. */
const financialYear = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'errors.sponsorship.financialYear')
  .refine((fy) => (Number(fy.slice(0, 4)) + 1) % 100 === Number(fy.slice(5)), 'errors.sponsorship.financialYear');

function officeDetails(ctx: AuthedCtx) {
  const row = ctx.db.select().from(office).get();
  if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
  return row;
}

/** The user's language for files they download, the date and their name for the title row. */
function stamp(ctx: AuthedCtx) {
  const lang = ctx.session.language;
  return {
    label: (key: string, values?: Record<string, string>) => translate(lang, key, values),
    printed: `${ctx.today.split('-').reverse().join('/')} · ${ctx.session.fullName}`,
  };
}

/** Documents and files leave the office: each is written to the audit log as it is made. */
function audited<T>(ctx: AuthedCtx, entry: AuditEntry, file: T): T {
  ctx.write((w) => w.audit(entry));
  return file;
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Sponsors' statements and receipts (PDF), the statutory and accountant's exports, and the lists as Excel. */
export const sponsorshipReportsApi = {
  'sponsors.statement': method({
    input: z
      .object({ sponsorId: id, from: isoDate, to: isoDate, language, progressNote: optionalText(2000) })
      .refine((r) => r.from <= r.to, { message: 'errors.rangeOrder', path: ['to'] }),
    permission: 'sponsorship.read',
    handler: async (ctx, input) => {
      ensureDuesRaised(ctx);
      const data = sponsorStatementData(ctx.sqlite, input);
      if (!data) throw notFound('sponsor');
      const pdf = await sponsorStatementPdf({ language: input.language, office: officeDetails(ctx), printedOn: ctx.today, data });
      const summary = `${data.sponsor.code} ${input.from} to ${input.to} (${input.language})`;
      return audited(
        ctx,
        { action: 'sponsors.statement', entity: 'sponsors', entityId: data.sponsor.id, summary },
        {
          fileName: `statement-${data.sponsor.code}-${input.from}-to-${input.to}-${input.language}.pdf`,
          contentBase64: pdf.toString('base64'),
        },
      );
    },
  }),

  'ledger.receiptPdf': method({
    input: z.object({ postingId: id, language }),
    permission: 'sponsorship.read',
    handler: async (ctx, input) => {
      const data = receiptDocumentData(ctx.sqlite, input.postingId);
      if (!data) throw notFound('receipt');
      const pdf = await receiptPdf({ ...data, language: input.language, office: officeDetails(ctx) });
      return audited(
        ctx,
        { action: 'ledger.receiptPdf', entity: 'postings', entityId: input.postingId, summary: `${data.receiptNo} (${input.language})` },
        { fileName: `receipt-${data.receiptNo.replace(/\//g, '-')}-${input.language}.pdf`, contentBase64: pdf.toString('base64') },
      );
    },
  }),

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
        },
        file,
      );
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

  'sponsors.export': method({
    input: sponsorsApi['sponsors.list'].input,
    permission: 'sponsorship.read',
    handler: async (ctx, input) => {
      const rows = await sponsorsApi['sponsors.list'].handler(ctx, input);
      const { label, printed } = stamp(ctx);
      const file = await sponsorsWorkbook(rows, label, printed, `sponsors-${ctx.today}.xlsx`);
      return audited(ctx, { action: 'sponsors.export', entity: 'sponsors', summary: `${rows.length} sponsors to ${file.fileName}` }, file);
    },
  }),

  'sponsoredChildren.export': method({
    input: sponsoredChildrenApi['sponsoredChildren.list'].input,
    permission: 'sponsorship.read',
    handler: async (ctx, input) => {
      const rows = await sponsoredChildrenApi['sponsoredChildren.list'].handler(ctx, input);
      const { label, printed } = stamp(ctx);
      const file = await sponsoredChildrenWorkbook(rows, label, printed, `sponsored-children-${ctx.today}.xlsx`);
      return audited(
        ctx,
        { action: 'sponsoredChildren.export', entity: 'sponsored_children', summary: `${rows.length} children to ${file.fileName}` },
        file,
      );
    },
  }),

  /** The ledger with the filters on screen, every page of it. */
  'ledger.export': method({
    input: ledgerQueriesApi['ledger.postings'].input.omit({ limit: true, offset: true }),
    permission: 'sponsorship.read',
    handler: async (ctx, input) => {
      const page = 2000;
      const rows: LedgerListRow[] = [];
      for (let offset = 0; ; offset += page) {
        const found = await ledgerQueriesApi['ledger.postings'].handler(ctx, { ...input, limit: page, offset });
        rows.push(...found.rows);
        if (rows.length >= found.total || found.rows.length === 0) break;
      }
      const names = new Map(
        ctx.db
          .select({ code: ledgerAccounts.code, name: ledgerAccounts.name })
          .from(ledgerAccounts)
          .all()
          .map((a): [AccountCode, string] => [a.code, a.name]),
      );
      const { label, printed } = stamp(ctx);
      const file = await ledgerWorkbook(rows, names, label, printed, `ledger-${ctx.today}.xlsx`);
      return audited(ctx, { action: 'ledger.export', entity: 'postings', summary: `${rows.length} postings to ${file.fileName}` }, file);
    },
  }),
} satisfies ApiArea;
