import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { canSeeAllCases } from '../access';
import { caseTypeLinks, cases } from '../../db/schema';
import { caseOutcomes, caseTypes } from '../../shared/caseVocabulary';
import { listWorkbook } from '../../reports/excel/listWorkbook';
import { caseListFilters, caseListRows, caseListWhere } from '../caseQuery';
import { UserError } from '../../api/errors';
import { isoDate } from '../../api/fields';
import { translate } from '../../api/messages';
import { method, type ApiArea, type AuthedCtx } from '../../api/types';
import { auditedExport } from '../../admin/exportAudit';

const range = z.object({ from: isoDate, to: isoDate }).refine((r) => r.from <= r.to, { message: 'errors.rangeOrder', path: ['to'] });

type CaseType = (typeof caseTypes)[number];
type Outcome = (typeof caseOutcomes)[number];

/**
 * How the office reports its impact: for cases closed in the period, how many of each type ended
 * in each outcome ("early marriages averted"), with the cases opened in the period beside them.
 * A case of two types counts once under each type and once in the total.
 */
export function outcomeSummary(ctx: AuthedCtx, from: string, to: string) {
  if (!canSeeAllCases(ctx)) throw new UserError('forbidden', 'errors.forbidden', { method: 'cases.outcomeSummary' }, {}, 403);
  const closed = ctx.db
    .select({ type: caseTypeLinks.type, outcome: cases.outcome, n: sql<number>`count(*)` })
    .from(cases)
    .innerJoin(caseTypeLinks, eq(caseTypeLinks.caseId, cases.id))
    .where(and(eq(cases.status, 'closed'), gte(cases.closedOn, from), lte(cases.closedOn, to)))
    .groupBy(caseTypeLinks.type, cases.outcome)
    .all();
  const opened = ctx.db
    .select({ type: caseTypeLinks.type, n: sql<number>`count(*)` })
    .from(cases)
    .innerJoin(caseTypeLinks, eq(caseTypeLinks.caseId, cases.id))
    .where(and(gte(cases.reportedOn, from), lte(cases.reportedOn, to)))
    .groupBy(caseTypeLinks.type)
    .all();
  const totals = ctx.db
    .select({ outcome: cases.outcome, n: sql<number>`count(*)` })
    .from(cases)
    .where(and(eq(cases.status, 'closed'), gte(cases.closedOn, from), lte(cases.closedOn, to)))
    .groupBy(cases.outcome)
    .all();
  const rows = caseTypes.map((type) => {
    const byOutcome = Object.fromEntries(caseOutcomes.map((o) => [o, 0])) as Record<Outcome, number>;
    for (const c of closed) if (c.type === type && c.outcome) byOutcome[c.outcome] = c.n;
    return {
      type,
      opened: opened.find((o) => o.type === type)?.n ?? 0,
      closed: Object.values(byOutcome).reduce((a, b) => a + b, 0),
      byOutcome,
    };
  });
  const totalByOutcome = Object.fromEntries(caseOutcomes.map((o) => [o, totals.find((t) => t.outcome === o)?.n ?? 0])) as Record<
    Outcome,
    number
  >;
  const openedTotal =
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(cases)
      .where(and(gte(cases.reportedOn, from), lte(cases.reportedOn, to)))
      .get()?.n ?? 0;
  return {
    from,
    to,
    rows,
    total: { opened: openedTotal, closed: Object.values(totalByOutcome).reduce((a, b) => a + b, 0), byOutcome: totalByOutcome },
  };
}

export const outcomesApi = {
  /** The case list as Excel. It may leave the office, so children appear by code, never by name (JJ Act s.74). */
  'cases.export': method({
    input: caseListFilters,
    permission: 'cases.write',
    handler: async (ctx, input) => {
      const lang = ctx.session.language;
      const label = (key: string) => translate(lang, key);
      const ddmmyyyy = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');
      const today = ctx.today;
      const rows = caseListRows(ctx, caseListWhere(ctx, input), 1_000_000, 0);
      const file = await listWorkbook({
        sheetName: label('cases.export.sheet'),
        title: `${label('cases.export.sheet')} — ${ddmmyyyy(today)} · ${ctx.session.fullName}`,
        fileName: `cases-${today}.xlsx`,
        rows,
        columns: [
          { header: label('cases.export.caseNumber'), width: 16, value: (r) => r.caseNumber },
          { header: label('cases.export.types'), width: 30, value: (r) => r.types.map((type) => label(`cases.types.${type}`)).join(', ') },
          { header: label('cases.export.childCodes'), width: 22, value: (r) => r.childCodes },
          { header: label('cases.export.risk'), width: 10, value: (r) => label(`cases.riskLevels.${r.riskLevel}`) },
          { header: label('cases.export.reportedOn'), width: 12, value: (r) => ddmmyyyy(r.reportedOn) },
          { header: label('cases.export.gramPanchayat'), width: 18, value: (r) => r.gramPanchayat },
          { header: label('cases.export.nextDue'), width: 12, value: (r) => ddmmyyyy(r.nextDue) },
          { header: label('cases.export.status'), width: 10, value: (r) => label(`cases.export.statuses.${r.status}`) },
          { header: label('cases.export.outcome'), width: 30, value: (r) => (r.outcome ? label(`cases.outcomes.${r.outcome}`) : '') },
          { header: label('cases.export.closedOn'), width: 12, value: (r) => ddmmyyyy(r.closedOn) },
        ],
      });
      return auditedExport(ctx, { action: 'cases.export', entity: 'cases', rows: 'cases', facts: { count: rows.length } }, file);
    },
  }),

  'cases.outcomeSummary': method({
    input: range,
    permission: 'cases.write',
    handler: (ctx, input) => outcomeSummary(ctx, input.from, input.to),
  }),

  'cases.outcomeSummaryExport': method({
    input: range,
    permission: 'cases.write',
    handler: (ctx, input) => {
      const summary = outcomeSummary(ctx, input.from, input.to);
      const lang = ctx.session.language;
      const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');
      const label = (key: string) => translate(lang, key);
      type Line = { name: string; opened: number; closed: number; byOutcome: Record<Outcome, number> };
      const lines: Line[] = [
        ...summary.rows.map((r) => ({ ...r, name: label(`cases.types.${r.type satisfies CaseType}`) })),
        { ...summary.total, name: label('cases.summary.total') },
      ];
      return listWorkbook<Line>({
        sheetName: label('cases.summary.title'),
        title: `${label('cases.summary.title')}: ${ddmmyyyy(input.from)} – ${ddmmyyyy(input.to)}`,
        fileName: `case-outcomes-${input.from}-to-${input.to}.xlsx`,
        rows: lines,
        columns: [
          { header: label('cases.summary.type'), width: 30, value: (r) => r.name },
          { header: label('cases.summary.opened'), width: 10, value: (r) => r.opened },
          { header: label('cases.summary.closed'), width: 10, value: (r) => r.closed },
          ...caseOutcomes.map((o) => ({ header: label(`cases.outcomes.${o}`), width: 16, value: (r: Line) => r.byOutcome[o] })),
        ],
      });
    },
  }),
} satisfies ApiArea;
