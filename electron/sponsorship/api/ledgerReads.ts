import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { attachmentHandedOut } from '../../cases/attachmentRead';
import type { StoredAttachment } from '../../cases/attachments';
import { paymentModes, postings, sponsors } from '../../db/schema';
import { receiptAccountChoices, type AccountCode } from '../../shared/fcra';
import { notFound } from '../fields';
import { UserError } from '../../api/errors';
import { id } from '../../api/fields';
import { ledgerPostings, postingsInput } from '../listQueries';
import { ledgerAccounts } from '../../db/schema';
import { audited, language, officeDetails, stamp } from '../documents';
import { ledgerWorkbook, type LedgerListRow } from '../listExports';
import { receiptDocumentData } from '../receiptData';
import { receiptPdf } from '../receiptPdf';
import { method, type ApiArea } from '../../api/types';
import { auditedExport } from '../../admin/exportAudit';

export const ledgerReadsApi = {
  /** The ledger screen: newest first, each posting with its lines and whether it was reversed. */
  'ledger.postings': method({
    input: postingsInput,
    permission: 'sponsorship.read',
    handler: (ctx, input) => ledgerPostings(ctx, input),
  }),

  /** For the receipt form: every account a sponsor's payment could reach, and why a refused one is refused. */
  'ledger.receiptAccounts': method({
    input: z.object({ sponsorId: id, mode: z.enum(paymentModes, 'errors.sponsorship.mode') }),
    permission: 'sponsorship.read',
    handler: (ctx, input) => {
      const sponsor = ctx.db.select({ citizenship: sponsors.citizenship }).from(sponsors).where(eq(sponsors.id, input.sponsorId)).get();
      if (!sponsor) throw notFound('sponsor');
      return receiptAccountChoices(sponsor.citizenship, input.mode).map((c) => ({
        account: c.account,
        allowed: c.refusal === null,
        reasonKey: c.refusal?.key ?? null,
      }));
    },
  }),

  /** The proof attached to a disbursement (signed slip, bank advice), to view or print. */
  'ledger.proof': method({
    input: z.object({ postingId: id }),
    permission: 'sponsorship.read',
    handler: (ctx, input) => {
      const row = ctx.db.select({ attachment: postings.attachment }).from(postings).where(eq(postings.id, input.postingId)).get();
      if (!row) throw notFound('posting');
      if (!row.attachment) throw new UserError('not_found', 'errors.sponsorship.noProof', {}, {}, 404);
      const proof = JSON.parse(row.attachment) as StoredAttachment;
      return attachmentHandedOut(ctx, proof, 'not_found', {
        action: 'ledger.proof',
        entity: 'postings',
        entityId: input.postingId,
        summary: proof.fileName,
        facts: { fileName: proof.fileName },
      });
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
        {
          action: 'ledger.receiptPdf',
          entity: 'postings',
          entityId: input.postingId,
          summary: `${data.receiptNo} (${input.language})`,
          facts: { ref: data.receiptNo, refKind: 'receipt', language: input.language },
        },
        { fileName: `receipt-${data.receiptNo.replace(/\//g, '-')}-${input.language}.pdf`, contentBase64: pdf.toString('base64') },
      );
    },
  }),

  /** The ledger with the filters on screen, every page of it. */
  'ledger.export': method({
    input: postingsInput.omit({ limit: true, offset: true }),
    permission: 'sponsorship.read',
    handler: async (ctx, input) => {
      const page = 2000;
      const rows: LedgerListRow[] = [];
      for (let offset = 0; ; offset += page) {
        const found = ledgerPostings(ctx, { ...input, limit: page, offset });
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
      return auditedExport(
        ctx,
        { action: 'ledger.export', entity: 'postings', rows: 'postings', facts: { refKind: 'ledger', count: rows.length } },
        file,
      );
    },
  }),
} satisfies ApiArea;
