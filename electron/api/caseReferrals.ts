import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { requireCaseAccess } from '../cases/access';
import { authorities, caseEntries, caseReferrals, referralStatuses } from '../db/schema';
import { UserError } from './errors';
import { id, isoDate, optionalText, requiredText } from './fields';
import { method, type ApiArea } from './types';

/** Referring a child to an official body, and following the referral until it is closed. */
export const caseReferralsApi = {
  'cases.refer': method({
    input: z.object({
      caseId: id,
      authority: z.enum(authorities, 'errors.authority'),
      authorityName: requiredText(200),
      contact: optionalText(300),
      referredOn: isoDate,
      reason: requiredText(2000),
    }),
    permission: 'cases.write',
    handler: (ctx, input) => {
      const row = requireCaseAccess(ctx, input.caseId);
      if (input.referredOn < row.reportedOn)
        throw new UserError('invalid_input', 'errors.referredBeforeReport', {}, { field: 'referredOn' });
      if (input.referredOn > ctx.now.toISOString().slice(0, 10))
        throw new UserError('invalid_input', 'errors.dateFuture', {}, { field: 'referredOn' });
      return ctx.write((w) => {
        const at = ctx.now.toISOString();
        const referral = w.db
          .insert(caseReferrals)
          .values({ ...input, status: 'sent', createdBy: ctx.session.userId, createdAt: at, updatedAt: at })
          .returning()
          .get();
        w.db
          .insert(caseEntries)
          .values({
            caseId: row.id,
            happenedOn: input.referredOn,
            kind: 'referral',
            text: `${input.authorityName}: ${input.reason}`,
            authorId: ctx.session.userId,
            createdAt: at,
          })
          .run();
        w.audit({
          action: 'cases.refer',
          entity: 'cases',
          entityId: row.id,
          summary: `${row.caseNumber} → ${input.authority} (${input.authorityName})`,
        });
        return referral;
      });
    },
  }),

  'cases.updateReferral': method({
    input: z.object({ id, status: z.enum(referralStatuses) }),
    permission: 'cases.write',
    handler: (ctx, input) => {
      const referral = ctx.db.select().from(caseReferrals).where(eq(caseReferrals.id, input.id)).get();
      if (!referral) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      const row = requireCaseAccess(ctx, referral.caseId);
      return ctx.write((w) => {
        const updated = w.db
          .update(caseReferrals)
          .set({ status: input.status, updatedAt: ctx.now.toISOString() })
          .where(eq(caseReferrals.id, input.id))
          .returning()
          .get();
        w.audit({
          action: 'cases.updateReferral',
          entity: 'cases',
          entityId: row.id,
          summary: `${row.caseNumber}: ${referral.authorityName} ${referral.status} → ${input.status}`,
        });
        return updated;
      });
    },
  }),
} satisfies ApiArea;
