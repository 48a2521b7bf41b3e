import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { childCasesSeenBy, requireCaseAccess } from '../access';
import { addCaseEntry } from '../caseEntry';
import { caseListFilters, caseListRows, caseListWhere } from '../caseQuery';
import { nextCaseNumber } from '../caseNumber';
import { pcmaFinding } from '../pcma';
import {
  auditLog,
  caseActions,
  caseAttachments,
  caseChildren,
  caseEntries,
  caseReferrals,
  caseTypeLinks,
  caseTypes,
  caseWorkers,
  cases,
  children,
  reporterKinds,
  riskLevels,
  schools,
  users,
} from '../../db/schema';
import { ageOn } from '../../register/age';
import { linkDepartureToCase } from '../../safetynet/caseLink';
import { roleAllows, roles } from '../../api/permissions';
import { UserError } from '../../api/errors';
import { id, isoDate, optionalText, recordVersion, requiredText } from '../../api/fields';
import { requireVersion, storedVersion } from '../../api/conflict';
import type { Db } from '../../db/connection';
import { method, type ApiArea, type WriteScope } from '../../api/types';

/** Reads of the same case by the same user within this window are one opening in the audit log. */
const reopenWindowMs = 10 * 60_000;

const caseFields = z.object({
  types: z.array(z.enum(caseTypes)).min(1, 'errors.caseType'),
  childIds: z.array(id).min(1, 'errors.caseChild'),
  reporterKind: z.enum(reporterKinds, 'errors.reporterKind'),
  reporterName: optionalText(),
  reportedOn: isoDate,
  summary: requiredText(4000),
  village: optionalText(),
  gramPanchayat: optionalText(),
  riskLevel: z.enum(riskLevels, 'errors.riskLevel'),
  riskReason: requiredText(300),
  workerIds: z.array(id).default([]),
  plannedMarriageOn: isoDate.nullish(),
});

type CaseFields = z.output<typeof caseFields>;

/** Checks what the database must agree with: the children exist, the workers may work on cases. */
function checkLinks(w: WriteScope, input: CaseFields, todayIso: string): void {
  if (input.reportedOn > todayIso) throw new UserError('invalid_input', 'errors.reportedFuture', {}, { field: 'reportedOn' });
  const found = w.db.select({ id: children.id }).from(children).where(inArray(children.id, input.childIds)).all();
  if (found.length !== new Set(input.childIds).size)
    throw new UserError('invalid_input', 'errors.caseChildMissing', {}, { field: 'childIds' });
  for (const workerId of input.workerIds) {
    const worker = w.db.select().from(users).where(eq(users.id, workerId)).get();
    if (!worker || !worker.active || !roleAllows(worker.role, 'cases.write')) {
      throw new UserError('invalid_input', 'errors.caseWorker', { name: worker?.fullName ?? String(workerId) }, { field: 'workerIds' });
    }
  }
}

function writeLinks(w: WriteScope, caseId: number, input: CaseFields): void {
  w.db.delete(caseTypeLinks).where(eq(caseTypeLinks.caseId, caseId)).run();
  w.db.delete(caseChildren).where(eq(caseChildren.caseId, caseId)).run();
  w.db.delete(caseWorkers).where(eq(caseWorkers.caseId, caseId)).run();
  for (const type of new Set(input.types)) w.db.insert(caseTypeLinks).values({ caseId, type }).run();
  for (const childId of new Set(input.childIds)) w.db.insert(caseChildren).values({ caseId, childId }).run();
  for (const userId of new Set(input.workerIds)) w.db.insert(caseWorkers).values({ caseId, userId }).run();
}

function caseRow(input: CaseFields) {
  return {
    reporterKind: input.reporterKind,
    reporterName: input.reporterName,
    reportedOn: input.reportedOn,
    summary: input.summary,
    village: input.village,
    gramPanchayat: input.gramPanchayat,
    riskLevel: input.riskLevel,
    riskReason: input.riskReason,
    plannedMarriageOn: input.types.includes('child_marriage') ? (input.plannedMarriageOn ?? null) : null,
  };
}

/** The case as its edit form reads it: the row, its types, children and workers (cases.get, and a conflict's record). */
function caseRecord(db: Db, row: typeof cases.$inferSelect, todayIso: string) {
  const kids = db
    .select({ child: children, schoolName: schools.name })
    .from(caseChildren)
    .innerJoin(children, eq(caseChildren.childId, children.id))
    .leftJoin(schools, eq(children.schoolId, schools.id))
    .where(eq(caseChildren.caseId, row.id))
    .all()
    .map(({ child, schoolName }) => ({
      id: child.id,
      childCode: child.childCode,
      nameEn: child.nameEn,
      nameBn: child.nameBn,
      sex: child.sex,
      age: ageOn(child, todayIso),
      birthBasis: child.birthBasis,
      classGrade: child.classGrade,
      schoolName,
      village: child.village,
      pcma: row.plannedMarriageOn ? pcmaFinding(child, row.plannedMarriageOn) : null,
    }));
  return {
    ...row,
    types: db
      .select({ type: caseTypeLinks.type })
      .from(caseTypeLinks)
      .where(eq(caseTypeLinks.caseId, row.id))
      .all()
      .map((r) => r.type),
    children: kids,
    workers: db
      .select({ id: users.id, fullName: users.fullName })
      .from(caseWorkers)
      .innerJoin(users, eq(caseWorkers.userId, users.id))
      .where(eq(caseWorkers.caseId, row.id))
      .all(),
  };
}

const sameSet = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

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
