import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { StoredAttachment } from '../../cases/attachments';
import { accountCodes, paymentModes, postingKinds, postings, sponsors } from '../../db/schema';
import { ensureDuesRaised } from '../duesOnRead';
import { receiptAccountChoices, type AccountCode } from '../../shared/fcra';
import { notFound } from '../fields';
import type { Funding, PostingKind } from '../ledger';
import { UserError } from '../../api/errors';
import { id, isoDate } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';

export interface LedgerLine {
  postingId: number;
  account: AccountCode;
  amountPaise: number;
  sponsorId: number | null;
  sponsorshipId: number | null;
  sponsoredChildId: number | null;
  funding: Funding | null;
}

export interface LedgerPosting {
  id: number;
  kind: PostingKind;
  valueDate: string;
  forMonth: string | null;
  receiptNo: string | null;
  voucherNo: string | null;
  financialYear: string;
  sponsorId: number | null;
  sponsorCode: string | null;
  sponsorName: string | null;
  sponsorshipId: number | null;
  sponsoredChildId: number | null;
  childCode: string | null;
  childName: string | null;
  mode: (typeof paymentModes)[number] | null;
  reference: string | null;
  funding: Funding | null;
  eligible80g: boolean | null;
  recipientName: string | null;
  recipientMark: 'signature' | 'thumbprint' | null;
  inKindDescription: string | null;
  hasProof: boolean;
  reversesId: number | null;
  reversedBy: number | null;
  reason: string | null;
  createdBy: string | null;
  createdAt: string;
  /** The posting's size: the sum of its debit lines. */
  amountPaise: number;
  lines: LedgerLine[];
}

const postingsInput = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  account: z.enum(accountCodes).optional(),
  sponsorId: id.optional(),
  sponsoredChildId: id.optional(),
  kind: z.enum(postingKinds).optional(),
  limit: z.number().int().min(1).max(2000).default(200),
  offset: z.number().int().min(0).default(0),
});

const where = `WHERE (:from IS NULL OR p.value_date >= :from) AND (:to IS NULL OR p.value_date <= :to)
  AND (:kind IS NULL OR p.kind = :kind) AND (:sponsorId IS NULL OR p.sponsor_id = :sponsorId)
  AND (:childId IS NULL OR p.sponsored_child_id = :childId)
  AND (:account IS NULL OR EXISTS (SELECT 1 FROM posting_lines a WHERE a.posting_id = p.id AND a.account_code = :account))`;

export const ledgerQueriesApi = {
  /** The ledger screen: newest first, each posting with its lines and whether it was reversed. */
  'ledger.postings': method({
    input: postingsInput,
    permission: 'sponsorship.read',
    handler: (ctx, input) => {
      ensureDuesRaised(ctx);
      const params = {
        from: input.from ?? null,
        to: input.to ?? null,
        kind: input.kind ?? null,
        sponsorId: input.sponsorId ?? null,
        childId: input.sponsoredChildId ?? null,
        account: input.account ?? null,
      };
      const total = (ctx.sqlite.prepare(`SELECT count(*) AS n FROM postings p ${where}`).get(params) as { n: number }).n;
      const rows = ctx.sqlite
        .prepare(
          `SELECT p.id, p.kind, p.value_date AS valueDate, p.for_month AS forMonth, p.receipt_no AS receiptNo, p.voucher_no AS voucherNo,
             p.financial_year AS financialYear, p.sponsor_id AS sponsorId, s.code AS sponsorCode, s.name AS sponsorName,
             p.sponsorship_id AS sponsorshipId, p.sponsored_child_id AS sponsoredChildId, c.child_code AS childCode,
             coalesce(c.name_en, c.name_bn) AS childName, p.mode, p.reference, p.funding, p.eligible_80g AS eligible80g,
             p.recipient_name AS recipientName, p.recipient_mark AS recipientMark, p.in_kind_description AS inKindDescription,
             p.attachment IS NOT NULL AS hasProof, p.reverses_id AS reversesId,
             (SELECT r.id FROM postings r WHERE r.reverses_id = p.id) AS reversedBy, p.reason, u.username AS createdBy, p.created_at AS createdAt
           FROM postings p
           LEFT JOIN sponsors s ON s.id = p.sponsor_id
           LEFT JOIN sponsored_children sc ON sc.id = p.sponsored_child_id
           LEFT JOIN children c ON c.id = sc.child_id
           LEFT JOIN users u ON u.id = p.created_by
           ${where}
           ORDER BY p.value_date DESC, p.id DESC LIMIT :limit OFFSET :offset`,
        )
        .all({ ...params, limit: input.limit, offset: input.offset }) as (Omit<
        LedgerPosting,
        'eligible80g' | 'hasProof' | 'lines' | 'amountPaise'
      > & {
        eligible80g: number | null;
        hasProof: number;
      })[];
      const lines = new Map<number, LedgerLine[]>();
      if (rows.length) {
        const ids = rows.map((r) => r.id);
        const found = ctx.sqlite
          .prepare(
            `SELECT posting_id AS postingId, account_code AS account, amount_paise AS amountPaise, sponsor_id AS sponsorId,
               sponsorship_id AS sponsorshipId, sponsored_child_id AS sponsoredChildId, funding
             FROM posting_lines WHERE posting_id IN (${ids.map(() => '?').join(',')}) ORDER BY id`,
          )
          .all(...ids) as LedgerLine[];
        for (const l of found) lines.set(l.postingId, [...(lines.get(l.postingId) ?? []), l]);
      }
      return {
        total,
        rows: rows.map((r): LedgerPosting => {
          const own = lines.get(r.id) ?? [];
          return {
            ...r,
            eligible80g: r.eligible80g === null ? null : r.eligible80g === 1,
            hasProof: r.hasProof === 1,
            amountPaise: own.reduce((s, l) => s + Math.max(l.amountPaise, 0), 0),
            lines: own,
          };
        }),
      };
    },
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
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(ctx.host.options.dataDir, proof.storedPath));
      } catch {
        throw new UserError('not_found', 'errors.attachmentMissing', { file: proof.fileName }, { file: proof.fileName }, 404);
      }
      ctx.write((w) => w.audit({ action: 'ledger.proof', entity: 'postings', entityId: input.postingId, summary: proof.fileName }));
      return { fileName: proof.fileName, mimeType: proof.mimeType, contentBase64: bytes.toString('base64') };
    },
  }),
} satisfies ApiArea;
