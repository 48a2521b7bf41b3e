import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { requireCaseAccess } from '../access';
import { addCaseEntry } from '../caseEntry';
import { attachmentHandedOut } from '../attachmentRead';
import { recordingStored, storeAttachment, type StoredAttachment } from '../attachments';
import { userEntryKinds } from '../../shared/caseVocabulary';
import { caseActions, caseAttachments, caseWorkers, users } from '../../db/schema';
import { UserError } from '../../api/errors';
import { id, isoDate, requiredText } from '../../api/fields';
import { roleAllows } from '../../api/permissions';
import { method, type ApiArea } from '../../api/types';

const upload = z.object({ fileName: z.string().trim().min(1).max(255), contentBase64: z.string().min(1, 'errors.required') });

/** The case's timeline: notes, visits, calls, meetings, actions, documents; and its next actions. */
export const timelineApi = {
  'cases.addEntry': method({
    input: z.object({
      caseId: id,
      happenedOn: isoDate,
      kind: z.enum(userEntryKinds),
      text: requiredText(4000),
      attachment: upload.optional(),
    }),
    permission: 'cases.write',
    handler: (ctx, input) => {
      const row = requireCaseAccess(ctx, input.caseId);
      if (input.happenedOn > ctx.today) throw new UserError('invalid_input', 'errors.dateFuture', {}, { field: 'happenedOn' });
      if (input.kind === 'document' && !input.attachment)
        throw new UserError('invalid_input', 'errors.documentNeedsFile', {}, { field: 'attachment' });
      // The file is checked and written first; if the database refuses the entry, it is removed again.
      const stored: StoredAttachment | null = input.attachment ? storeAttachment(ctx.host.options.dataDir, row.id, input.attachment) : null;
      return recordingStored(ctx.host.options.dataDir, stored, () =>
        ctx.write((w) => {
          const at = ctx.now.toISOString();
          const entryId = addCaseEntry(w, ctx, { caseId: row.id, happenedOn: input.happenedOn, kind: input.kind, text: input.text });
          if (stored)
            w.db
              .insert(caseAttachments)
              .values({ ...stored, caseId: row.id, entryId, createdAt: at })
              .run();
          w.audit({
            action: 'cases.addEntry',
            entity: 'cases',
            entityId: row.id,
            summary: `${row.caseNumber}: ${input.kind}${stored ? ` + ${stored.fileName}` : ''}`,
            facts: { ref: row.caseNumber, entryKind: input.kind },
          });
          return { id: entryId };
        }),
      );
    },
  }),

  'cases.attachment': method({
    input: z.object({ id }),
    permission: 'cases.write',
    handler: (ctx, input) => {
      const file = ctx.db.select().from(caseAttachments).where(eq(caseAttachments.id, input.id)).get();
      if (!file) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      const row = requireCaseAccess(ctx, file.caseId);
      return attachmentHandedOut(ctx, file, 'attachment_missing', {
        action: 'cases.attachment',
        entity: 'cases',
        entityId: row.id,
        summary: `${row.caseNumber}: ${file.fileName}`,
        facts: { ref: row.caseNumber, fileName: file.fileName },
      });
    },
  }),

  'cases.addAction': method({
    input: z.object({ caseId: id, description: requiredText(300), dueOn: isoDate, ownerId: id.optional() }),
    permission: 'cases.write',
    handler: (ctx, input) => {
      const row = requireCaseAccess(ctx, input.caseId);
      if (input.dueOn < row.reportedOn) throw new UserError('invalid_input', 'errors.dueBeforeReport', {}, { field: 'dueOn' });
      const ownerId = input.ownerId ?? ctx.session.userId;
      const owner = ctx.db.select().from(users).where(eq(users.id, ownerId)).get();
      if (!owner || !owner.active || !roleAllows(owner.role, 'cases.write')) {
        throw new UserError('invalid_input', 'errors.caseWorker', { name: owner?.fullName ?? String(ownerId) }, { field: 'ownerId' });
      }
      return ctx.write((w) => {
        // Whoever owns an action on a case must be able to open it.
        w.db.insert(caseWorkers).values({ caseId: row.id, userId: ownerId }).onConflictDoNothing().run();
        const action = w.db
          .insert(caseActions)
          .values({ caseId: row.id, description: input.description, dueOn: input.dueOn, ownerId, createdAt: ctx.now.toISOString() })
          .returning({ id: caseActions.id })
          .get();
        w.audit({
          action: 'cases.addAction',
          entity: 'cases',
          entityId: row.id,
          summary: `${row.caseNumber}: ${input.description} (${input.dueOn})`,
          facts: { ref: row.caseNumber, description: input.description, dueOn: input.dueOn },
        });
        return action;
      });
    },
  }),

  'cases.completeAction': method({
    input: z.object({ id, doneOn: isoDate.optional() }),
    permission: 'cases.write',
    handler: (ctx, input) => {
      const action = ctx.db.select().from(caseActions).where(eq(caseActions.id, input.id)).get();
      if (!action) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      const row = requireCaseAccess(ctx, action.caseId);
      const doneOn = input.doneOn ?? ctx.today;
      return ctx.write((w) => {
        w.db
          .update(caseActions)
          .set({ doneOn })
          .where(and(eq(caseActions.id, action.id)))
          .run();
        w.audit({
          action: 'cases.completeAction',
          entity: 'cases',
          entityId: row.id,
          summary: `${row.caseNumber}: ${action.description}`,
          facts: { ref: row.caseNumber, description: action.description },
        });
        return { id: action.id, doneOn };
      });
    },
  }),
} satisfies ApiArea;
