import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { children, payoutMethods, sponsoredChildStatuses, sponsoredChildren, sponsors, sponsorships } from '../../db/schema';
import { ageOn } from '../../register/age';
import { ensureDuesRaised } from '../duesOnRead';
import { amountPaise, notFound } from '../fields';
import { plannedEndOf } from '../plannedEnd';
import { UserError } from '../../api/errors';
import { id, optionalText, recordVersion } from '../../api/fields';
import { requireVersion, storedVersion } from '../../db/versions';
import { sponsoredChildListColumns as listColumns, sponsoredChildrenList, sponsoredChildrenListInput } from '../listQueries';
import { stamp } from '../documents';
import { sponsoredChildrenWorkbook } from '../listExports';
import { method, type ApiArea, type AuthedCtx } from '../../api/types';
import { sponsorshipTermsColumns } from '../sponsorshipColumns';
import { auditedExport } from '../../admin/exportAudit';

/** Without defaults, so an update can leave out what it does not change. */
const familyShape = {
  /** Blank: the guardian recorded in the children's register. */
  guardianName: optionalText(),
  guardianRelation: optionalText(50),
  payoutMethod: z.enum(payoutMethods, 'errors.sponsorship.payoutMethod'),
  bankName: optionalText(),
  accountNumber: z
    .string()
    .nullish()
    .transform((s) => (s ? s.replace(/\s/g, '') : null))
    .refine((s) => s === null || /^[0-9]{9,18}$/.test(s), 'errors.sponsorship.accountNumber'),
  ifsc: z
    .string()
    .nullish()
    .transform((s) => (s ? s.trim().toUpperCase() : null))
    .refine((s) => s === null || /^[A-Z]{4}0[A-Z0-9]{6}$/.test(s), 'errors.sponsorship.ifsc'),
  photoConsent: z.boolean(),
  storyConsent: z.boolean(),
  priority: z.number().int().min(1, 'errors.sponsorship.priority').max(3, 'errors.sponsorship.priority'),
  missionVatsalya: z.boolean(),
  monthlySupportPaise: amountPaise,
  progressNote: optionalText(2000),
};

const familyFields = z.object({
  ...familyShape,
  photoConsent: familyShape.photoConsent.default(false),
  storyConsent: familyShape.storyConsent.default(false),
  priority: familyShape.priority.default(3),
  missionVatsalya: familyShape.missionVatsalya.default(false),
});

type FamilyFields = z.output<typeof familyFields>;

function familyRow(input: FamilyFields, registerGuardian: { name: string | null; relation: string | null }) {
  const guardianName = input.guardianName ?? registerGuardian.name;
  const guardianRelation = input.guardianRelation ?? registerGuardian.relation;
  if (!guardianName) throw new UserError('invalid_input', 'errors.sponsorship.guardianName', {}, { field: 'guardianName' });
  if (!guardianRelation) throw new UserError('invalid_input', 'errors.sponsorship.guardianRelation', {}, { field: 'guardianRelation' });
  if (input.payoutMethod === 'bank' && !input.accountNumber)
    throw new UserError('invalid_input', 'errors.sponsorship.accountNumber', {}, { field: 'accountNumber' });
  if (input.payoutMethod === 'bank' && !input.ifsc) throw new UserError('invalid_input', 'errors.sponsorship.ifsc', {}, { field: 'ifsc' });
  const bank = input.payoutMethod === 'bank';
  return {
    ...input,
    guardianName,
    guardianRelation,
    bankName: bank ? input.bankName : null,
    accountNumber: bank ? input.accountNumber : null,
    ifsc: bank ? input.ifsc : null,
  };
}

function familyOrThrow(ctx: AuthedCtx, sponsoredChildId: number) {
  const row = ctx.db.select().from(sponsoredChildren).where(eq(sponsoredChildren.id, sponsoredChildId)).get();
  if (!row) throw notFound('sponsoredChild');
  return row;
}

export const sponsoredChildrenApi = {
  /** Waiting children come by priority (1 urgent first), then in the order they were added. */
  'sponsoredChildren.list': method({
    input: sponsoredChildrenListInput,
    permission: 'sponsorship.read',
    handler: (ctx, input) => sponsoredChildrenList(ctx, input),
  }),

  'sponsoredChildren.get': method({
    input: z.object({ id }),
    permission: 'sponsorship.read',
    handler: (ctx, input) => {
      ensureDuesRaised(ctx);
      const row = ctx.db
        .select({ ...listColumns, family: sponsoredChildren })
        .from(sponsoredChildren)
        .innerJoin(children, eq(children.id, sponsoredChildren.childId))
        .where(eq(sponsoredChildren.id, input.id))
        .get();
      if (!row) throw notFound('sponsoredChild');
      const { family, birthBasis, dateOfBirth, ageYears, ageAsOf, ...summary } = row;
      const birth = { birthBasis, dateOfBirth, ageYears, ageAsOf };
      const ships = ctx.db
        .select({
          id: sponsorships.id,
          sponsorId: sponsors.id,
          sponsorCode: sponsors.code,
          sponsorName: sponsors.name,
          ...sponsorshipTermsColumns,
        })
        .from(sponsorships)
        .innerJoin(sponsors, eq(sponsors.id, sponsorships.sponsorId))
        .where(eq(sponsorships.sponsoredChildId, input.id))
        .orderBy(asc(sponsorships.id))
        .all();
      // Support reaches the family through disbursements; a reversed one shows, marked, and counts nothing.
      const disbursements = ctx.sqlite
        .prepare(
          `SELECT p.id AS postingId, p.for_month AS month, p.value_date AS valueDate, p.voucher_no AS voucherNo, p.funding,
             p.mode, p.sponsorship_id AS sponsorshipId, l.account_code AS account, -l.amount_paise AS amountPaise,
             (SELECT r.id FROM postings r WHERE r.reverses_id = p.id) AS reversedBy
           FROM postings p JOIN posting_lines l ON l.posting_id = p.id AND l.amount_paise < 0
           WHERE p.kind = 'disbursement' AND p.sponsored_child_id = ?
           ORDER BY p.for_month, p.id`,
        )
        .all(input.id) as {
        postingId: number;
        month: string;
        valueDate: string;
        voucherNo: string;
        funding: 'sponsor' | 'pooled';
        mode: string;
        sponsorshipId: number | null;
        account: string;
        amountPaise: number;
        reversedBy: number | null;
      }[];
      const supportToDate = ctx.sqlite
        .prepare(
          "SELECT coalesce(sum(amount_paise), 0) AS paise FROM posting_lines WHERE sponsored_child_id = ? AND account_code = 'support_to_families'",
        )
        .get(input.id) as { paise: number };
      return {
        ...summary,
        ...family,
        age: ageOn(birth, ctx.today),
        plannedEnd: plannedEndOf(birth),
        supportToDatePaise: supportToDate.paise,
        sponsorships: ships,
        disbursements,
      };
    },
  }),

  'sponsoredChildren.create': method({
    input: familyFields.extend({ childId: id }),
    permission: 'sponsorship.write',
    handler: (ctx, { childId, ...input }) => {
      const child = ctx.db.select().from(children).where(eq(children.id, childId)).get();
      if (!child) throw new UserError('invalid_input', 'errors.sponsorship.childMissing', {}, { field: 'childId' });
      const already = ctx.db
        .select({ id: sponsoredChildren.id })
        .from(sponsoredChildren)
        .where(eq(sponsoredChildren.childId, childId))
        .get();
      if (already)
        throw new UserError(
          'conflict',
          'errors.sponsorship.childAlreadyEnrolled',
          { childCode: child.childCode },
          { field: 'childId' },
          409,
        );
      const end = plannedEndOf(child);
      if (end && end.date <= ctx.today)
        throw new UserError('invalid_input', 'errors.sponsorship.childAdult', { childCode: child.childCode }, { field: 'childId' });
      const values = familyRow(input, { name: child.guardianName, relation: child.guardianRelation });
      const at = ctx.now.toISOString();
      return ctx.write((w) => {
        const row = w.db
          .insert(sponsoredChildren)
          .values({ ...values, childId, status: 'waiting', createdAt: at, updatedAt: at })
          .returning({ id: sponsoredChildren.id })
          .get();
        w.audit({
          action: 'sponsoredChildren.create',
          entity: 'sponsored_children',
          entityId: row.id,
          summary: child.childCode,
          facts: { ref: child.childCode },
        });
        return { id: row.id, childId, childCode: child.childCode, status: 'waiting' as const };
      });
    },
  }),

  /** Changes only the fields given; `status: 'left'` takes a family out of the due list. */
  'sponsoredChildren.update': method({
    input: z
      .object(familyShape)
      .partial()
      .extend({ id, version: recordVersion, status: z.enum(sponsoredChildStatuses, 'errors.sponsorship.childStatus').optional() }),
    permission: 'sponsorship.write',
    handler: (ctx, { id: sponsoredChildId, version, status, ...changes }) => {
      const before = familyOrThrow(ctx, sponsoredChildId);
      const child = ctx.db.select().from(children).where(eq(children.id, before.childId)).get();
      const merged = Object.fromEntries(
        (Object.keys(familyShape) as (keyof FamilyFields)[]).map((k) => [k, changes[k] === undefined ? before[k] : changes[k]]),
      ) as FamilyFields;
      const values = familyRow(merged, { name: child?.guardianName ?? null, relation: child?.guardianRelation ?? null });
      return ctx.write((w) => {
        requireVersion(w, 'sponsored_children', sponsoredChildId, version, () => familyOrThrow(ctx, sponsoredChildId));
        const after = { ...values, status: status ?? before.status };
        w.db
          .update(sponsoredChildren)
          .set({ ...after, updatedAt: ctx.now.toISOString() })
          .where(eq(sponsoredChildren.id, sponsoredChildId))
          .run();
        const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== before[k]).join(', ');
        w.audit({
          action: 'sponsoredChildren.update',
          entity: 'sponsored_children',
          entityId: sponsoredChildId,
          summary: `${child?.childCode ?? sponsoredChildId}: ${changed || 'no change'}`,
          facts: { ref: child?.childCode ?? '', fields: changed ? changed.split(', ') : [] },
        });
        return { id: sponsoredChildId, status: after.status, version: storedVersion(w, 'sponsored_children', sponsoredChildId) ?? version };
      });
    },
  }),

  'sponsoredChildren.export': method({
    input: sponsoredChildrenListInput,
    permission: 'sponsorship.read',
    handler: async (ctx, input) => {
      const rows = sponsoredChildrenList(ctx, input);
      const { label, printed } = stamp(ctx);
      const file = await sponsoredChildrenWorkbook(rows, label, printed, `sponsored-children-${ctx.today}.xlsx`);
      return auditedExport(
        ctx,
        {
          action: 'sponsoredChildren.export',
          entity: 'sponsored_children',
          rows: 'children',
          facts: { refKind: 'list', count: rows.length },
        },
        file,
      );
    },
  }),
} satisfies ApiArea;
