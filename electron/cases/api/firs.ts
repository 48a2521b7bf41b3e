import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { requireCaseAccess } from '../access';
import { caseEntries, caseFirs, caseReferrals } from '../../db/schema';
import { UserError } from '../../api/errors';
import { id, isoDate, requiredText } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';

/** The same FIR number at the same police station, however its name is spaced or capitalised. */
const sameStation = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * FIRs the police lodged on a case, as the office learns of them: recorded on the case (from its
 * police referral when there was one), with a timeline entry, and counted in the monthly report.
 */
export const firsApi = {
  'cases.recordFir': method({
    input: z.object({
      caseId: id,
      referralId: id.optional(),
      firNumber: requiredText(50),
      policeStation: requiredText(200),
      lodgedOn: isoDate,
    }),
    permission: 'cases.write',
    handler: (ctx, input) => {
      const row = requireCaseAccess(ctx, input.caseId);
      if (input.lodgedOn < row.reportedOn) throw new UserError('invalid_input', 'errors.firBeforeReport', {}, { field: 'lodgedOn' });
      if (input.lodgedOn > ctx.today) throw new UserError('invalid_input', 'errors.dateFuture', {}, { field: 'lodgedOn' });
      if (input.referralId !== undefined) {
        const referral = ctx.db
          .select({ authority: caseReferrals.authority })
          .from(caseReferrals)
          .where(and(eq(caseReferrals.id, input.referralId), eq(caseReferrals.caseId, row.id)))
          .get();
        if (referral?.authority !== 'police') throw new UserError('invalid_input', 'errors.firReferral', {}, { field: 'referralId' });
      }
      const taken = ctx.db
        .select({ policeStation: caseFirs.policeStation })
        .from(caseFirs)
        .where(eq(caseFirs.firNumber, input.firNumber))
        .all()
        .some((f) => sameStation(f.policeStation, input.policeStation));
      if (taken)
        throw new UserError(
          'conflict',
          'errors.firDuplicate',
          { firNumber: input.firNumber, policeStation: input.policeStation },
          { field: 'firNumber' },
          409,
        );
      return ctx.write((w) => {
        const at = ctx.now.toISOString();
        const entry = w.db
          .insert(caseEntries)
          .values({
            caseId: row.id,
            happenedOn: input.lodgedOn,
            kind: 'referral',
            text: `FIR ${input.firNumber}, ${input.policeStation}`,
            authorId: ctx.session.userId,
            createdAt: at,
          })
          .returning({ id: caseEntries.id })
          .get();
        const fir = w.db
          .insert(caseFirs)
          .values({ ...input, policeStation: input.policeStation.trim(), entryId: entry.id, createdBy: ctx.session.userId, createdAt: at })
          .returning()
          .get();
        w.audit({
          action: 'cases.recordFir',
          entity: 'cases',
          entityId: row.id,
          summary: `${row.caseNumber}: FIR ${input.firNumber}, ${input.policeStation} (${input.lodgedOn})`,
          facts: { ref: row.caseNumber, firNumber: input.firNumber, authorityName: input.policeStation, lodgedOn: input.lodgedOn },
        });
        return fir;
      });
    },
  }),

  'cases.firs': method({
    input: z.object({ caseId: id }),
    permission: 'cases.write',
    handler: (ctx, input) => {
      const row = requireCaseAccess(ctx, input.caseId);
      return ctx.db
        .select({
          id: caseFirs.id,
          referralId: caseFirs.referralId,
          firNumber: caseFirs.firNumber,
          policeStation: caseFirs.policeStation,
          lodgedOn: caseFirs.lodgedOn,
        })
        .from(caseFirs)
        .where(eq(caseFirs.caseId, row.id))
        .orderBy(asc(caseFirs.lodgedOn), asc(caseFirs.id))
        .all();
    },
  }),
} satisfies ApiArea;
