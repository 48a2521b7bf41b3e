import { and, desc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import { UserError } from '../api/errors';
import { roleAllows } from '../api/permissions';
import type { AuthedCtx } from '../api/types';
import { caseAccessGrants, caseChildren, caseTypeLinks, caseWorkers, cases, users } from '../db/schema';
import type { caseTypes } from '../shared/caseVocabulary';

/** How long a break-the-glass opening lasts. */
export const emergencyAccessHours = 4;

/** Types whose very existence is sensitive (as Primero treats them): not even a number or a status is told. */
const sensitiveTypes: ReadonlySet<(typeof caseTypes)[number]> = new Set(['trafficking_suspected', 'abuse', 'child_marriage']);

/**
 * The one place that decides who may read a case. A case file is confidential: its assigned
 * workers, managers and administrators see it, and a case worker who opened it in an emergency
 * (break-the-glass) sees it until the grant expires; nobody else, whatever screen or method they use.
 */
export function canSeeAllCases(ctx: AuthedCtx): boolean {
  return roleAllows(ctx.session.role, 'cases.all');
}

/** The same rule as SQL, for every list and export of cases: undefined when the reader sees them all. */
export function visibleCasesWhere(ctx: AuthedCtx): SQL | undefined {
  if (canSeeAllCases(ctx)) return undefined;
  return sql`(${cases.id} IN (SELECT case_id FROM case_workers WHERE user_id = ${ctx.session.userId})
    OR ${cases.id} IN (SELECT case_id FROM case_access_grants WHERE user_id = ${ctx.session.userId} AND expires_at > ${ctx.now.toISOString()}))`;
}

/** Which of these cases the reader may open, for screens that show a case exists (a child's page). */
export function visibleCaseIds(ctx: AuthedCtx, caseIds: readonly number[]): Set<number> {
  if (canSeeAllCases(ctx)) return new Set(caseIds);
  if (caseIds.length === 0) return new Set();
  const assigned = ctx.db
    .select({ caseId: caseWorkers.caseId })
    .from(caseWorkers)
    .where(and(eq(caseWorkers.userId, ctx.session.userId), inArray(caseWorkers.caseId, [...caseIds])))
    .all();
  const granted = ctx.db
    .select({ caseId: caseAccessGrants.caseId })
    .from(caseAccessGrants)
    .where(
      and(
        eq(caseAccessGrants.userId, ctx.session.userId),
        inArray(caseAccessGrants.caseId, [...caseIds]),
        gt(caseAccessGrants.expiresAt, ctx.now.toISOString()),
      ),
    )
    .all();
  return new Set([...assigned, ...granted].map((r) => r.caseId));
}

function isSensitive(ctx: AuthedCtx, caseId: number): boolean {
  return ctx.db
    .select({ type: caseTypeLinks.type })
    .from(caseTypeLinks)
    .where(eq(caseTypeLinks.caseId, caseId))
    .all()
    .some((t) => sensitiveTypes.has(t.type));
}

/** Whom to ask about a case one may not open: its workers' names. */
function workerNames(ctx: AuthedCtx, caseId: number): string {
  return ctx.db
    .select({ name: users.fullName })
    .from(caseWorkers)
    .innerJoin(users, eq(caseWorkers.userId, users.id))
    .where(eq(caseWorkers.caseId, caseId))
    .all()
    .map((u) => u.name)
    .join(', ');
}

export function requireCaseAccess(ctx: AuthedCtx, caseId: number): typeof cases.$inferSelect {
  const row = ctx.db.select().from(cases).where(eq(cases.id, caseId)).get();
  if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
  if (visibleCaseIds(ctx, [caseId]).has(caseId)) return row;
  ctx.write((w) =>
    w.audit({ action: 'cases.refused', entity: 'cases', entityId: caseId, summary: row.caseNumber, facts: { ref: row.caseNumber } }),
  );
  if (isSensitive(ctx, caseId)) {
    throw new UserError('case_confidential', 'errors.access.caseConfidentialAsk', { worker: workerNames(ctx, caseId) }, {}, 403);
  }
  throw new UserError('case_confidential', 'errors.caseConfidential', { caseNumber: row.caseNumber }, {}, 403);
}

/**
 * A child's cases as the reader may know them: their own (and every case, for managers) with number
 * and status; others only as "has a case", with the status unless the type is sensitive, and for a
 * sensitive one only whom to ask.
 */
export function childCasesSeenBy(ctx: AuthedCtx, childId: number) {
  const rows = ctx.db
    .select({ id: cases.id, caseNumber: cases.caseNumber, status: cases.status })
    .from(caseChildren)
    .innerJoin(cases, eq(caseChildren.caseId, cases.id))
    .where(eq(caseChildren.childId, childId))
    .orderBy(desc(cases.reportedOn))
    .all();
  const visible = visibleCaseIds(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    if (visible.has(r.id)) return { id: r.id, canOpen: true, caseNumber: r.caseNumber, status: r.status, askWorker: null };
    const sensitive = isSensitive(ctx, r.id);
    return {
      id: r.id,
      canOpen: false,
      caseNumber: null,
      status: sensitive ? null : r.status,
      askWorker: sensitive ? workerNames(ctx, r.id) : null,
    };
  });
}

/**
 * Break the glass: a case worker not assigned to a case opens it in an emergency, giving a reason.
 * The grant lasts a few hours and is audited with the reason, in the same transaction.
 */
export function openInEmergency(ctx: AuthedCtx, caseId: number, reason: string) {
  const row = ctx.db.select().from(cases).where(eq(cases.id, caseId)).get();
  if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
  if (visibleCaseIds(ctx, [caseId]).has(caseId)) throw new UserError('not_needed', 'errors.access.breakGlassNotNeeded', {}, {}, 409);
  const grantedAt = ctx.now.toISOString();
  const expiresAt = new Date(ctx.now.getTime() + emergencyAccessHours * 60 * 60_000).toISOString();
  return ctx.write((w) => {
    const grant = w.db
      .insert(caseAccessGrants)
      .values({ caseId, userId: ctx.session.userId, reason, grantedAt, expiresAt })
      .returning()
      .get();
    w.audit({
      action: 'cases.breakGlass',
      entity: 'cases',
      entityId: caseId,
      summary: `${row.caseNumber} until ${expiresAt}: ${reason}`,
      facts: { ref: row.caseNumber, reason },
    });
    return { caseId, expiresAt: grant.expiresAt };
  });
}

/**
 * The break-the-glass openings a reader must know of: on the cases they work on (a manager: on
 * every case), by someone else, in the last day or still running.
 */
export function emergencyOpeningsFor(ctx: AuthedCtx) {
  const since = new Date(ctx.now.getTime() - 24 * 60 * 60_000).toISOString();
  const mine = canSeeAllCases(ctx)
    ? undefined
    : sql`${caseAccessGrants.caseId} IN (SELECT case_id FROM case_workers WHERE user_id = ${ctx.session.userId})`;
  return ctx.db
    .select({
      id: caseAccessGrants.id,
      caseId: caseAccessGrants.caseId,
      caseNumber: cases.caseNumber,
      openedBy: users.fullName,
      reason: caseAccessGrants.reason,
      grantedAt: caseAccessGrants.grantedAt,
      expiresAt: caseAccessGrants.expiresAt,
    })
    .from(caseAccessGrants)
    .innerJoin(cases, eq(caseAccessGrants.caseId, cases.id))
    .innerJoin(users, eq(caseAccessGrants.userId, users.id))
    .where(and(gt(caseAccessGrants.grantedAt, since), sql`${caseAccessGrants.userId} != ${ctx.session.userId}`, mine))
    .orderBy(desc(caseAccessGrants.grantedAt))
    .all()
    .map((g) => ({ ...g, active: g.expiresAt > ctx.now.toISOString() }));
}

/** Whether this user may see a case, without refusing: for screens that only mention a case (its number) elsewhere. */
export function canSeeCase(ctx: AuthedCtx, caseId: number): boolean {
  return visibleCaseIds(ctx, [caseId]).has(caseId);
}

/** The ids of the cases this reader may see, for counters that take a scope; null when they see them all. */
export function visibleCaseScope(ctx: AuthedCtx): number[] | null {
  const where = visibleCasesWhere(ctx);
  if (!where) return null;
  return ctx.db
    .select({ id: cases.id })
    .from(cases)
    .where(where)
    .all()
    .map((r) => r.id);
}
