import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Under } from '../../shared/problem';
import {
  children,
  citizenships,
  postingLines,
  postings,
  sponsorKinds,
  sponsoredChildren,
  sponsors,
  sponsorships,
  taxIdTypes,
} from '../../db/schema';
import { arrearsBySponsor } from '../arrears';
import { ensureDuesRaised } from '../duesOnRead';
import { isForeignSource } from '../../shared/fcra';
import { anyPhone, notFound, optionalEmail } from '../fields';
import { nextSponsorCode } from '../receiptNumbers';
import { UserError } from '../../api/errors';
import { id, optionalText, recordVersion, requiredText } from '../../api/fields';
import { requireVersion, storedVersion } from '../../db/versions';
import { sponsorsList, sponsorsListInput, noArrears } from '../listQueries';
import { audited, language, officeDetails, stamp } from '../documents';
import { sponsorsWorkbook } from '../listExports';
import { sponsorStatementPdf } from '../statement';
import { sponsorStatementData } from '../statementData';
import { isoDate } from '../../api/fields';
import { method, type ApiArea, type AuthedCtx } from '../../api/types';
import { sponsorshipTermsColumns } from '../sponsorshipColumns';
import { auditedExport } from '../../admin/exportAudit';

const sponsorFields = z.object({
  kind: z.enum(sponsorKinds, 'errors.sponsorship.sponsorKind'),
  name: requiredText(200),
  address: optionalText(500),
  phone: anyPhone,
  email: optionalEmail,
  taxIdType: z
    .enum(taxIdTypes, 'errors.sponsorship.taxIdType')
    .nullish()
    .transform((v) => v ?? null),
  taxId: z
    .string()
    .nullish()
    .transform((s) => (s ? s.replace(/\s/g, '').toUpperCase() : null)),
  citizenship: z.enum(citizenships, 'errors.sponsorship.citizenship'),
  passportCountry: optionalText(100),
  wants80g: z.boolean().default(false),
  correspondentName: optionalText(),
  correspondentPhone: anyPhone,
  correspondentEmail: optionalEmail,
  notes: optionalText(2000),
});

type SponsorFields = z.output<typeof sponsorFields>;

/** The rules a tax receipt and FCRA depend on, each reported at its field. */
function checkSponsor(s: SponsorFields): void {
  const at = (key: Under<'errors.sponsorship.'>, field: string) =>
    new UserError('invalid_input', `errors.sponsorship.${key}`, {}, { field });
  if (s.taxId && !s.taxIdType) throw at('taxIdType', 'taxIdType');
  if (s.taxIdType && !s.taxId) throw at('taxIdMissing', 'taxId');
  if (s.taxIdType === 'pan' && s.taxId && !/^[A-Z]{5}[0-9]{4}[A-Z]$/.test(s.taxId)) throw at('pan', 'taxId');
  if (s.taxIdType === 'aadhaar' && s.taxId && !/^[2-9][0-9]{11}$/.test(s.taxId)) throw at('aadhaar', 'taxId');
  if (isForeignSource(s.citizenship) && !s.passportCountry) throw at('passportCountry', 'passportCountry');
  // Form 10BD reports each 80G donor by PAN or Aadhaar; a foreign contribution never earns 80G.
  if (s.wants80g && !isForeignSource(s.citizenship) && !s.taxId) throw at('taxIdFor80g', 'taxId');
}

function sponsorOrThrow(ctx: AuthedCtx, sponsorId: number) {
  const row = ctx.db.select().from(sponsors).where(eq(sponsors.id, sponsorId)).get();
  if (!row) throw notFound('sponsor');
  return row;
}

export const sponsorsApi = {
  'sponsors.list': method({
    input: sponsorsListInput,
    permission: 'sponsorship.read',
    handler: (ctx, input) => sponsorsList(ctx, input),
  }),

  'sponsors.get': method({
    input: z.object({ id }),
    permission: 'sponsorship.read',
    handler: (ctx, input) => {
      ensureDuesRaised(ctx);
      const sponsor = sponsorOrThrow(ctx, input.id);
      const arrears = arrearsBySponsor(ctx.sqlite, ctx.today, ctx.host.settings, input.id).get(input.id) ?? noArrears;
      const ships = ctx.db
        .select({
          id: sponsorships.id,
          sponsoredChildId: sponsorships.sponsoredChildId,
          childId: children.id,
          childCode: children.childCode,
          childName: sql<string>`coalesce(${children.nameEn}, ${children.nameBn}, '')`,
          ...sponsorshipTermsColumns,
        })
        .from(sponsorships)
        .innerJoin(sponsoredChildren, eq(sponsoredChildren.id, sponsorships.sponsoredChildId))
        .innerJoin(children, eq(children.id, sponsoredChildren.childId))
        .where(eq(sponsorships.sponsorId, input.id))
        .orderBy(asc(sponsorships.id))
        .all();
      const reversal = sql<number | null>`(SELECT r.id FROM postings r WHERE r.reverses_id = "postings"."id")`;
      const receipts = ctx.db
        .select({
          postingId: postings.id,
          receiptNo: postings.receiptNo,
          valueDate: postings.valueDate,
          sponsorshipId: postings.sponsorshipId,
          amountPaise: postingLines.amountPaise,
          account: postingLines.accountCode,
          mode: postings.mode,
          reference: postings.reference,
          eligible80g: postings.eligible80g,
          reversedBy: reversal,
        })
        .from(postings)
        .innerJoin(postingLines, and(eq(postingLines.postingId, postings.id), sql`${postingLines.amountPaise} > 0`))
        .where(and(eq(postings.sponsorId, input.id), eq(postings.kind, 'receipt')))
        .orderBy(asc(postings.valueDate), asc(postings.id))
        .all();
      return { ...sponsor, foreignSource: isForeignSource(sponsor.citizenship), arrears, sponsorships: ships, receipts };
    },
  }),

  'sponsors.create': method({
    input: sponsorFields,
    permission: 'sponsorship.write',
    handler: (ctx, input) => {
      checkSponsor(input);
      const at = ctx.now.toISOString();
      return ctx.write((w) => {
        const row = w.db
          .insert(sponsors)
          .values({ ...input, code: nextSponsorCode(w), createdAt: at, updatedAt: at })
          .returning({ id: sponsors.id, code: sponsors.code })
          .get();
        w.audit({
          action: 'sponsors.create',
          entity: 'sponsors',
          entityId: row.id,
          summary: `${row.code}: ${input.name}`,
          facts: { ref: row.code, name: input.name },
        });
        return row;
      });
    },
  }),

  'sponsors.update': method({
    input: sponsorFields.extend({ id, version: recordVersion }),
    permission: 'sponsorship.write',
    handler: (ctx, { id: sponsorId, version, ...input }) => {
      checkSponsor(input);
      const before = sponsorOrThrow(ctx, sponsorId);
      return ctx.write((w) => {
        requireVersion(w, 'sponsors', sponsorId, version, () => sponsorOrThrow(ctx, sponsorId));
        w.db
          .update(sponsors)
          .set({ ...input, updatedAt: ctx.now.toISOString() })
          .where(eq(sponsors.id, sponsorId))
          .run();
        const changed = (Object.keys(input) as (keyof SponsorFields)[]).filter((k) => input[k] !== before[k]).join(', ');
        w.audit({
          action: 'sponsors.update',
          entity: 'sponsors',
          entityId: sponsorId,
          summary: `${before.code}: ${changed || 'no change'}`,
          facts: { ref: before.code, fields: changed ? changed.split(', ') : [] },
        });
        return { id: sponsorId, code: before.code, version: storedVersion(w, 'sponsors', sponsorId) ?? version };
      });
    },
  }),

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
        {
          action: 'sponsors.statement',
          entity: 'sponsors',
          entityId: data.sponsor.id,
          summary,
          facts: { ref: data.sponsor.code, fromOn: input.from, toOn: input.to, language: input.language },
        },
        {
          fileName: `statement-${data.sponsor.code}-${input.from}-to-${input.to}-${input.language}.pdf`,
          contentBase64: pdf.toString('base64'),
        },
      );
    },
  }),

  'sponsors.export': method({
    input: sponsorsListInput,
    permission: 'sponsorship.read',
    handler: async (ctx, input) => {
      const rows = sponsorsList(ctx, input);
      const { label, printed } = stamp(ctx);
      const file = await sponsorsWorkbook(rows, label, printed, `sponsors-${ctx.today}.xlsx`);
      return auditedExport(
        ctx,
        { action: 'sponsors.export', entity: 'sponsors', rows: 'sponsors', facts: { refKind: 'list', count: rows.length } },
        file,
      );
    },
  }),
} satisfies ApiArea;
