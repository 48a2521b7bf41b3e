import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { childCasesSeenBy, requireCaseAccess } from '../access';
import { addCaseEntry } from '../caseEntry';
import { caseListFilters, caseListRows, caseListWhere } from '../caseQuery';
import { nextCaseNumber } from '../caseNumber';
import { caseFields, caseRecord, caseRow, checkLinks, sameSet, writeLinks } from '../caseFields';
import { auditLog, caseActions, caseAttachments, caseEntries, caseReferrals, cases, users } from '../../db/schema';
import { linkDepartureToCase } from '../../safetynet/caseLink';
import { roleAllows, roles } from '../../api/permissions';
import { UserError } from '../../api/errors';
import { id, isoDate, recordVersion, requiredText } from '../../api/fields';
import { requireVersion, storedVersion } from '../../db/versions';
import { method, type ApiArea } from '../../api/types';

/** Reads of the same case by the same user within this window are one opening in the audit log. */
const reopenWindowMs = 10 * 60_000;

const firstAction = z.object({ description: requiredText(300), dueOn: isoDate, ownerId: id.optional() }).optional();

export const casesApi = {
  'cases.create': method({
    input: caseFields.extend({ firstAction, departureId: id.optional() }),
    permission: 'cases.write',
    handler: (ctx, input) => {
      const at = ctx.now.toISOString();
      // The one who opens a case works on it unless they name others.
      const workerIds = input.workerIds.length ? input.workerIds : [ctx.session.userId];
      const fields = { ...input, workerIds };
      if (input.firstAction && input.firstAction.dueOn < input.reportedOn) {
        throw new UserError('invalid_input', 'errors.dueBeforeReport', {}, { field: 'firstAction.dueOn' });
      }
      return ctx.write((w) => {
        checkLinks(w, fields, ctx.today);
        const created = w.db
          .insert(cases)
          .values({
            ...caseRow(fields),
            caseNumber: nextCaseNumber(w, ctx.now.getFullYear()),
            createdBy: ctx.session.userId,
            createdAt: at,
            updatedAt: at,
          })
          .returning({ id: cases.id, caseNumber: cases.caseNumber })
          .get();
        writeLinks(w, created.id, fields);
        // A case opened from a SafetyNet departure: the departure shows it.
        if (input.departureId) linkDepartureToCase(w, input.departureId, created.id, created.caseNumber);
        addCaseEntry(w, ctx, { caseId: created.id, happenedOn: input.reportedOn, kind: 'note', text: input.summary });
        if (input.firstAction) {
          w.db
            .insert(caseActions)
            .values({
              caseId: created.id,
              description: input.firstAction.description,
              dueOn: input.firstAction.dueOn,
              ownerId: input.firstAction.ownerId ?? ctx.session.userId,
              createdAt: at,
            })
            .run();
        }
        w.audit({
          action: 'cases.create',
          entity: 'cases',
          entityId: created.id,
          summary: `${created.caseNumber}: ${input.types.join(', ')}`,
          facts: { ref: created.caseNumber, types: input.types },
        });
        return created;
      });
    },
  }),

  'cases.update': method({
    input: caseFields.extend({ id, version: recordVersion }),
    permission: 'cases.write',
    handler: (ctx, { id: caseId, version, ...input }) => {
      const before = requireCaseAccess(ctx, caseId);
      const workerIds = input.workerIds.length ? input.workerIds : [ctx.session.userId];
      const fields = { ...input, workerIds };
      return ctx.write((w) => {
        const stored = w.db.select().from(cases).where(eq(cases.id, caseId)).get() ?? before;
        requireVersion(w, 'cases', caseId, version, () => caseRecord(w.db, stored, ctx.today));
        checkLinks(w, fields, ctx.today);
        const links = caseRecord(w.db, stored, ctx.today);
        const linksChanged =
          !sameSet(links.types, fields.types) ||
          !sameSet(
            links.children.map((c) => c.id),
            fields.childIds,
          ) ||
          !sameSet(
            links.workers.map((u) => u.id),
            fields.workerIds,
          );
        // Types, children and workers live in their own tables: a change of them alone raises the version here
        // (the trigger on cases raises it for the case's own fields, and stands aside when it is set).
        w.db
          .update(cases)
          .set({ ...caseRow(fields), updatedAt: ctx.now.toISOString(), version: linksChanged ? version + 1 : version })
          .where(eq(cases.id, caseId))
          .run();
        writeLinks(w, caseId, fields);
        w.audit({
          action: 'cases.update',
          entity: 'cases',
          entityId: caseId,
          summary: before.caseNumber,
          facts: { ref: before.caseNumber },
        });
        return { id: caseId, caseNumber: before.caseNumber, version: storedVersion(w, 'cases', caseId) ?? version };
      });
    },
  }),

  /** Opening a case is written to the audit log: who read which child's file, and when. */
  'cases.get': method({
    input: z.object({ id }),
    permission: 'cases.write',
    handler: (ctx, input) => {
      const row = requireCaseAccess(ctx, input.id);
      // The page reads the file again after each change; that is the same opening, not a new one.
      const openedJustNow = ctx.db
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, 'cases.open'),
            eq(auditLog.entityId, String(row.id)),
            eq(auditLog.userId, ctx.session.userId),
            gte(auditLog.at, new Date(ctx.now.getTime() - reopenWindowMs).toISOString()),
          ),
        )
        .get();
      if (!openedJustNow)
        ctx.write((w) =>
          w.audit({ action: 'cases.open', entity: 'cases', entityId: row.id, summary: row.caseNumber, facts: { ref: row.caseNumber } }),
        );
      const author = sql<string>`(SELECT full_name FROM users WHERE users.id = case_entries.author_id)`;
      const entries = ctx.db
        .select({
          id: caseEntries.id,
          happenedOn: caseEntries.happenedOn,
          kind: caseEntries.kind,
          text: caseEntries.text,
          authorName: author,
          createdAt: caseEntries.createdAt,
        })
        .from(caseEntries)
        .where(eq(caseEntries.caseId, row.id))
        .orderBy(desc(caseEntries.happenedOn), desc(caseEntries.id))
        .all();
      const attachments = ctx.db
        .select({
          id: caseAttachments.id,
          entryId: caseAttachments.entryId,
          fileName: caseAttachments.fileName,
          mimeType: caseAttachments.mimeType,
          bytes: caseAttachments.bytes,
        })
        .from(caseAttachments)
        .where(eq(caseAttachments.caseId, row.id))
        .all();
      return {
        ...caseRecord(ctx.db, row, ctx.today),
        entries: entries.map((e) => ({ ...e, attachments: attachments.filter((a) => a.entryId === e.id) })),
        actions: ctx.db
          .select({
            id: caseActions.id,
            description: caseActions.description,
            dueOn: caseActions.dueOn,
            doneOn: caseActions.doneOn,
            ownerId: caseActions.ownerId,
            ownerName: users.fullName,
          })
          .from(caseActions)
          .innerJoin(users, eq(caseActions.ownerId, users.id))
          .where(eq(caseActions.caseId, row.id))
          .orderBy(asc(caseActions.doneOn), asc(caseActions.dueOn))
          .all(),
        referrals: ctx.db
          .select()
          .from(caseReferrals)
          .where(eq(caseReferrals.caseId, row.id))
          .orderBy(desc(caseReferrals.referredOn), desc(caseReferrals.id))
          .all(),
      };
    },
  }),

  'cases.list': method({
    input: caseListFilters.extend({
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    permission: 'cases.write',
    handler: (ctx, input) => {
      const where = caseListWhere(ctx, input);
      const total =
        ctx.db
          .select({ n: sql<number>`count(*)` })
          .from(cases)
          .where(where)
          .get()?.n ?? 0;
      return { total, rows: caseListRows(ctx, where, input.limit, input.offset) };
    },
  }),

  /** Who may be assigned to a case or own its actions: active case workers, managers, administrators. */
  'cases.workers': method({
    input: z.object({}),
    permission: 'cases.write',
    handler: (ctx) =>
      ctx.db
        .select({ id: users.id, fullName: users.fullName, role: users.role })
        .from(users)
        .where(
          and(
            eq(users.active, true),
            inArray(
              users.role,
              roles.filter((r) => roleAllows(r, 'cases.write')),
            ),
          ),
        )
        .orderBy(asc(users.fullName))
        .all(),
  }),

  /** What anyone with the register sees of a child's cases: that they exist, not what is in them. */
  'cases.forChild': method({
    input: z.object({ childId: id }),
    permission: 'register.read',
    handler: (ctx, input) => childCasesSeenBy(ctx, input.childId),
  }),
} satisfies ApiArea;
