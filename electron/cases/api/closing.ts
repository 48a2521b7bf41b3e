import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { requireCaseAccess } from '../access';
import { addCaseEntry } from '../caseEntry';
import { caseActions, caseTypeLinks, cases } from '../../db/schema';
import { caseOutcomes } from '../../shared/caseVocabulary';
import { outcomesFor } from '../../shared/caseVocabulary';
import { UserError } from '../../api/errors';
import { id, isoDate, optionalText, requiredText } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';

/** Reads of the same case by the same user within this window are one opening in the audit log. */
/** Closing a case with its outcome (what the outcome summary counts), and reopening it with a reason. */
export const closingApi = {
  'cases.close': method({
    input: z.object({
      id,
      outcome: z.enum(caseOutcomes, 'errors.caseOutcome'),
      outcomeNote: optionalText(2000),
      closedOn: isoDate,
      /** The user chose an outcome outside those that fit the case's types, under "other outcomes". */
      otherOutcome: z.boolean().optional(),
      /** The user was told of the open next actions and closes the case with them open. */
      withOpenActions: z.boolean().optional(),
    }),
    permission: 'cases.write',
    handler: (ctx, input) => {
      const row = requireCaseAccess(ctx, input.id);
      if (row.status === 'closed') throw new UserError('case_closed', 'errors.caseAlreadyClosed', { caseNumber: row.caseNumber }, {}, 409);
      if (input.closedOn < row.reportedOn) throw new UserError('invalid_input', 'errors.closedBeforeReport', {}, { field: 'closedOn' });
      if (input.closedOn > ctx.today) throw new UserError('invalid_input', 'errors.dateFuture', {}, { field: 'closedOn' });
      // What the outcomes report counts must be what happened: an outcome foreign to the case's types only when chosen as such.
      const types = ctx.db.select({ type: caseTypeLinks.type }).from(caseTypeLinks).where(eq(caseTypeLinks.caseId, row.id)).all();
      if (!input.otherOutcome && !outcomesFor(types.map((t) => t.type)).fitting.includes(input.outcome))
        throw new UserError('invalid_input', 'errors.outcomeNotFitting', {}, { field: 'outcome' });
      const open =
        ctx.db
          .select({ n: sql<number>`count(*)` })
          .from(caseActions)
          .where(and(eq(caseActions.caseId, row.id), isNull(caseActions.doneOn)))
          .get()?.n ?? 0;
      if (open > 0 && !input.withOpenActions)
        throw new UserError('open_actions', 'errors.caseOpenActions', { count: open }, { field: 'withOpenActions' }, 409);
      return ctx.write((w) => {
        const at = ctx.now.toISOString();
        w.db
          .update(cases)
          .set({ status: 'closed', outcome: input.outcome, outcomeNote: input.outcomeNote, closedOn: input.closedOn, updatedAt: at })
          .where(eq(cases.id, row.id))
          .run();
        addCaseEntry(w, ctx, {
          caseId: row.id,
          happenedOn: input.closedOn,
          kind: 'status',
          text: `closed: ${input.outcome}${input.outcomeNote ? ` — ${input.outcomeNote}` : ''}`,
        });
        w.audit({
          action: 'cases.close',
          entity: 'cases',
          entityId: row.id,
          summary: `${row.caseNumber}: ${input.outcome}${open > 0 ? ` (${open} next actions left open)` : ''}`,
          facts: { ref: row.caseNumber, outcome: input.outcome, closedOn: input.closedOn },
        });
        return { id: row.id, status: 'closed' as const };
      });
    },
  }),

  'cases.reopen': method({
    input: z.object({ id, reason: requiredText(1000) }),
    permission: 'cases.write',
    handler: (ctx, input) => {
      const row = requireCaseAccess(ctx, input.id);
      if (row.status === 'open') throw new UserError('case_open', 'errors.caseAlreadyOpen', { caseNumber: row.caseNumber }, {}, 409);
      return ctx.write((w) => {
        const at = ctx.now.toISOString();
        w.db
          .update(cases)
          .set({ status: 'open', outcome: null, outcomeNote: null, closedOn: null, updatedAt: at })
          .where(eq(cases.id, row.id))
          .run();
        addCaseEntry(w, ctx, {
          caseId: row.id,
          happenedOn: ctx.today,
          kind: 'status',
          text: `reopened (was: ${row.outcome ?? ''}) — ${input.reason}`,
        });
        w.audit({
          action: 'cases.reopen',
          entity: 'cases',
          entityId: row.id,
          summary: `${row.caseNumber}: ${input.reason}`,
          facts: { ref: row.caseNumber, reason: input.reason },
        });
        return { id: row.id, status: 'open' as const };
      });
    },
  }),
} satisfies ApiArea;
