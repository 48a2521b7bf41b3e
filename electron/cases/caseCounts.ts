import { count } from 'drizzle-orm';
import { cases } from '../db/schema';
import type { AuthedCtx } from '../api/types';
import { caseListWhere } from './caseQuery';

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export interface CasesDue {
  /** Open cases with an action due today or before: what the case list shows with "due today and overdue". */
  dueOrOverdue: number;
  /** Of them, those with an action whose day has passed. */
  overdue: number;
}

/** Counted with the case list's own filter, so the figure and the list behind it cannot differ; only the reader's cases. */
export function casesDue(ctx: AuthedCtx): CasesDue {
  const countWhere = (dueBy: string) =>
    ctx.db
      .select({ n: count() })
      .from(cases)
      .where(caseListWhere(ctx, { status: 'open', dueBy, mine: false }))
      .get()?.n ?? 0;
  return { dueOrOverdue: countWhere(ctx.today), overdue: countWhere(dayBefore(ctx.today)) };
}
