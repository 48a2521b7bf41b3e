import { and, eq } from 'drizzle-orm';
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
  if (canSeeAllCases(ctx)) return true;
  return Boolean(
    ctx.db
      .select({ userId: caseWorkers.userId })
      .from(caseWorkers)
      .where(and(eq(caseWorkers.caseId, caseId), eq(caseWorkers.userId, ctx.session.userId)))
      .get(),
  );
}
