import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { UserError } from '../api/errors';
import { roleAllows } from '../api/permissions';
import type { AuthedCtx } from '../api/types';
import { caseWorkers, cases } from '../db/schema';

/**
 * A case file is confidential: its assigned workers, managers and administrators see it, nobody
 * else, whatever screen or method they come through.
 */
export function canSeeAllCases(ctx: AuthedCtx): boolean {
  return roleAllows(ctx.session.role, 'cases.all');
}

/** The same rule as SQL, for every list and export of cases: undefined when the reader sees them all. */
export function visibleCasesWhere(ctx: AuthedCtx): SQL | undefined {
  if (canSeeAllCases(ctx)) return undefined;
  return sql`${cases.id} IN (SELECT case_id FROM case_workers WHERE user_id = ${ctx.session.userId})`;
}

/** Which of these cases the reader may open, for screens that show a case exists (a child's page). */
export function visibleCaseIds(ctx: AuthedCtx, caseIds: readonly number[]): Set<number> {
  if (canSeeAllCases(ctx)) return new Set(caseIds);
  if (caseIds.length === 0) return new Set();
  return new Set(
    ctx.db
      .select({ caseId: caseWorkers.caseId })
      .from(caseWorkers)
      .where(and(eq(caseWorkers.userId, ctx.session.userId), inArray(caseWorkers.caseId, [...caseIds])))
      .all()
      .map((r) => r.caseId),
  );
}

export function requireCaseAccess(ctx: AuthedCtx, caseId: number): typeof cases.$inferSelect {
  const row = ctx.db.select().from(cases).where(eq(cases.id, caseId)).get();
  if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
  if (canSeeAllCases(ctx)) return row;
  const assigned = ctx.db
    .select({ userId: caseWorkers.userId })
    .from(caseWorkers)
    .where(and(eq(caseWorkers.caseId, caseId), eq(caseWorkers.userId, ctx.session.userId)))
    .get();
  if (!assigned) {
    ctx.write((w) => w.audit({ action: 'cases.refused', entity: 'cases', entityId: caseId, summary: row.caseNumber }));
    throw new UserError('case_confidential', 'errors.caseConfidential', { caseNumber: row.caseNumber }, {}, 403);
  }
  return row;
}

/** Whether this user may see a case, without refusing: for screens that only mention a case (its number) elsewhere. */
export function canSeeCase(ctx: AuthedCtx, caseId: number): boolean {
  return visibleCaseIds(ctx, [caseId]).has(caseId);
}
