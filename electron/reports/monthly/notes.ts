import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { UserError } from '../../api/errors';
import type { AuthedCtx } from '../../api/types';
import { monthlyReportNotes } from '../../db/schema';
import type { caseTypes } from '../../shared/caseVocabulary';

type CaseType = (typeof caseTypes)[number];

export const escalationList = z
  .array(z.object({ caseId: z.number().int().positive(), note: z.string().trim().min(1, 'errors.required').max(600) }))
  .max(30);

export interface EscalatedCase {
  caseId: number;
  caseNumber: string;
  types: CaseType[];
  /** The children by register code only: the body of the report names no child. */
  childCodes: string[];
  note: string;
}

function stored(ctx: AuthedCtx, month: string) {
  return ctx.db.select().from(monthlyReportNotes).where(eq(monthlyReportNotes.month, month)).get();
}

/** The cases the manager picked for the DCPO's action, in their order, each with its note. */
export function escalatedCases(ctx: AuthedCtx, month: string): EscalatedCase[] {
  const row = stored(ctx, month);
  if (!row) return [];
  const picked = JSON.parse(row.escalationsJson) as { caseId: number; note: string }[];
  const caseRow = ctx.sqlite.prepare(
    `SELECT k.case_number AS caseNumber,
       (SELECT group_concat(type) FROM (SELECT type FROM case_types WHERE case_id = k.id ORDER BY type)) AS types,
       (SELECT group_concat(child_code) FROM (SELECT c.child_code FROM case_children cc JOIN children c ON c.id = cc.child_id
          WHERE cc.case_id = k.id ORDER BY c.child_code)) AS codes
     FROM cases k WHERE k.id = ?`,
  );
  return picked.flatMap((p) => {
    const r = caseRow.get(p.caseId) as { caseNumber: string; types: string | null; codes: string | null } | undefined;
    if (!r) return [];
    return [
      {
        caseId: p.caseId,
        caseNumber: r.caseNumber,
        types: (r.types ?? '').split(',').filter(Boolean) as CaseType[],
        childCodes: (r.codes ?? '').split(',').filter(Boolean),
        note: p.note,
      },
    ];
  });
}

export function nextMonthPlan(ctx: AuthedCtx, month: string): string {
  return stored(ctx, month)?.nextMonthPlan ?? '';
}

export function saveNotes(ctx: AuthedCtx, input: { month: string; escalations: z.output<typeof escalationList>; nextMonthPlan: string }) {
  const known = ctx.sqlite.prepare('SELECT 1 FROM cases WHERE id = ?');
  input.escalations.forEach((e, i) => {
    if (!known.get(e.caseId)) throw new UserError('invalid_input', 'errors.notFound', {}, { field: `escalations.${i}.caseId` });
  });
  const at = ctx.now.toISOString();
  const values = {
    month: input.month,
    escalationsJson: JSON.stringify(input.escalations),
    nextMonthPlan: input.nextMonthPlan,
    updatedAt: at,
    updatedBy: ctx.session.userId,
  };
  ctx.write((w) => {
    w.db.insert(monthlyReportNotes).values(values).onConflictDoUpdate({ target: monthlyReportNotes.month, set: values }).run();
    w.audit({
      action: 'reports.saveMonthNotes',
      entity: 'monthly_report_notes',
      entityId: input.month,
      summary: `${input.escalations.length} cases escalated`,
      facts: { refKind: 'monthlyReport', month: input.month, count: input.escalations.length },
    });
  });
  return { month: input.month };
}
