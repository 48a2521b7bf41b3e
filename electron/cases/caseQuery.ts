import { and, asc, desc, eq, like, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { canSeeAllCases, visibleCasesWhere } from './access';
import { cases } from '../db/schema';
import { caseTypes, riskLevels } from '../shared/caseVocabulary';
import { id, isoDate } from '../api/fields';
import type { AuthedCtx } from '../api/types';

/** The case list's filters, shared by the screen and its Excel export. */
export const caseListFilters = z.object({
  q: z.string().trim().max(100).optional(),
  type: z.enum(caseTypes).optional(),
  status: z.enum(['open', 'closed']).optional(),
  riskLevel: z.enum(riskLevels).optional(),
  workerId: id.optional(),
  gramPanchayat: z.string().trim().max(200).optional(),
  /** Cases with an open action due on or before this day (today: "due today and overdue"). */
  dueBy: isoDate.optional(),
  mine: z.boolean().default(false),
});

/** A case worker only ever sees their own cases here; managers and administrators may see all. */
export function caseListWhere(ctx: AuthedCtx, input: z.output<typeof caseListFilters>): SQL | undefined {
  const conditions: (SQL | undefined)[] = [visibleCasesWhere(ctx)];
  const workerFilter = input.mine ? ctx.session.userId : canSeeAllCases(ctx) ? input.workerId : undefined;
  if (workerFilter !== undefined) conditions.push(sql`${cases.id} IN (SELECT case_id FROM case_workers WHERE user_id = ${workerFilter})`);
  if (input.type) conditions.push(sql`${cases.id} IN (SELECT case_id FROM case_types WHERE type = ${input.type})`);
  if (input.status) conditions.push(eq(cases.status, input.status));
  if (input.riskLevel) conditions.push(eq(cases.riskLevel, input.riskLevel));
  if (input.gramPanchayat) conditions.push(eq(cases.gramPanchayat, input.gramPanchayat));
  if (input.dueBy)
    conditions.push(sql`${cases.id} IN (SELECT case_id FROM case_actions WHERE done_on IS NULL AND due_on <= ${input.dueBy})`);
  if (input.q) {
    const q = input.q;
    conditions.push(
      or(
        like(cases.caseNumber, `%${q}%`),
        sql`${cases.id} IN (SELECT cc.case_id FROM case_children cc JOIN children c ON c.id = cc.child_id
             WHERE c.child_code = ${q.toUpperCase()} OR c.name_en LIKE ${`%${q}%`} OR c.name_bn LIKE ${`%${q}%`})`,
      ),
    );
  }
  return and(...conditions);
}

// Correlated subqueries name the outer row as cases.id: drizzle would write ${cases.id} as a bare
// "id", which inside the subquery means the inner table's own id.
const nextDue = sql<string | null>`(SELECT min(due_on) FROM case_actions WHERE case_actions.case_id = cases.id AND done_on IS NULL)`;
const riskOrder = sql`CASE ${cases.riskLevel} WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END`;

export function caseListRows(ctx: AuthedCtx, where: SQL | undefined, limit: number, offset: number) {
  return (
    ctx.db
      .select({
        id: cases.id,
        caseNumber: cases.caseNumber,
        status: cases.status,
        riskLevel: cases.riskLevel,
        reportedOn: cases.reportedOn,
        gramPanchayat: cases.gramPanchayat,
        village: cases.village,
        outcome: cases.outcome,
        closedOn: cases.closedOn,
        nextDue,
        types: sql<string>`(SELECT group_concat(type) FROM case_types WHERE case_types.case_id = cases.id)`,
        childCodes: sql<string>`(SELECT group_concat(c.child_code, ', ') FROM case_children cc JOIN children c ON c.id = cc.child_id WHERE cc.case_id = cases.id)`,
        childNames: sql<string>`(SELECT group_concat(coalesce(c.name_en, c.name_bn), ', ') FROM case_children cc JOIN children c ON c.id = cc.child_id WHERE cc.case_id = cases.id)`,
        workers: sql<string>`(SELECT group_concat(u.full_name, ', ') FROM case_workers cw JOIN users u ON u.id = cw.user_id WHERE cw.case_id = cases.id)`,
      })
      .from(cases)
      .where(where)
      // Open cases with the earliest due action first, then by risk; a case with nothing due last.
      .orderBy(
        sql`CASE ${cases.status} WHEN 'open' THEN 0 ELSE 1 END`,
        sql`${nextDue} IS NULL`,
        asc(nextDue),
        riskOrder,
        desc(cases.reportedOn),
      )
      .limit(limit)
      .offset(offset)
      .all()
      .map((r) => ({ ...r, types: (r.types ?? '').split(',').filter(Boolean) as (typeof caseTypes)[number][] }))
  );
}
