import { and, count, eq, gte, lte, sql } from 'drizzle-orm';
import { cases } from '../db/schema';
import type { AuthedCtx } from '../api/types';
import { visibleCasesWhere } from './access';
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

/** Cases reported and cases closed in each month (oldest first), of the cases the reader may see. */
export function casesOpenedClosedByMonth(ctx: AuthedCtx, months: readonly string[]): { month: string; opened: number; closed: number }[] {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const visible = visibleCasesWhere(ctx);
  const opened = ctx.db
    .select({ month: sql<string>`substr(${cases.reportedOn}, 1, 7)`, n: count() })
    .from(cases)
    .where(and(visible, gte(cases.reportedOn, `${first}-01`), lte(cases.reportedOn, `${last}-31`)))
    .groupBy(sql`1`)
    .all();
  const closed = ctx.db
    .select({ month: sql<string>`substr(${cases.closedOn}, 1, 7)`, n: count() })
    .from(cases)
    .where(and(visible, eq(cases.status, 'closed'), gte(cases.closedOn, `${first}-01`), lte(cases.closedOn, `${last}-31`)))
    .groupBy(sql`1`)
    .all();
  return months.map((month) => ({
    month,
    opened: opened.find((r) => r.month === month)?.n ?? 0,
    closed: closed.find((r) => r.month === month)?.n ?? 0,
  }));
}

export interface ImpactOutcomes {
  /** Cases closed in the period as "child marriage averted". */
  marriagesAverted: number;
  /** Cases closed in the period with the child withdrawn from work (and enrolled in school). */
  labourWithdrawn: number;
}

/** The seeds' case counters for a period, of the cases the reader may see: by the day a case was closed. */
export function impactOutcomes(ctx: AuthedCtx, from: string, to: string): ImpactOutcomes {
  const row = ctx.db
    .select({
      marriagesAverted: sql<number>`coalesce(sum(${cases.outcome} = 'marriage_averted'), 0)`,
      labourWithdrawn: sql<number>`coalesce(sum(${cases.outcome} = 'withdrawn_from_work_enrolled'), 0)`,
    })
    .from(cases)
    .where(and(visibleCasesWhere(ctx), eq(cases.status, 'closed'), gte(cases.closedOn, from), lte(cases.closedOn, to)))
    .get();
  return { marriagesAverted: row?.marriagesAverted ?? 0, labourWithdrawn: row?.labourWithdrawn ?? 0 };
}
