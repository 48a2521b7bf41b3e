import { and, asc, desc, eq } from 'drizzle-orm';
import { UserError } from '../../api/errors';
import type { AuthedCtx } from '../../api/types';
import { monthlyReportVersions } from '../../db/schema';
import { monthOf } from '../../shared/periods';
import { monthlyFigures, type MonthlyFigures } from './figures';

export interface FigureChange {
  /** Where in the figures: section first ("caseload.totals.closed"). */
  path: string;
  before: string | number | boolean | null;
  after: string | number | boolean | null;
}

function leaves(value: unknown, path: string, out: Map<string, string | number | boolean | null>) {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}.${i}`, out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) leaves(v, path ? `${path}.${k}` : k, out);
  else out.set(path, (value ?? null) as string | number | boolean | null);
}

/** Every figure that differs between two versions of a month's report. */
export function figureChanges(before: MonthlyFigures, after: MonthlyFigures): FigureChange[] {
  const a = new Map<string, string | number | boolean | null>();
  const b = new Map<string, string | number | boolean | null>();
  leaves(before, '', a);
  leaves(after, '', b);
  const changes: FigureChange[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(path) ?? null;
    const y = b.get(path) ?? null;
    if (x !== y) changes.push({ path, before: x, after: y });
  }
  return changes;
}

export interface ClosedVersion {
  version: number;
  signedByName: string;
  signedAt: string;
  changes: FigureChange[] | null;
  figures: MonthlyFigures;
}

function versionOf(row: typeof monthlyReportVersions.$inferSelect): ClosedVersion {
  return {
    version: row.version,
    signedByName: row.signedByName,
    signedAt: row.signedAt,
    changes: row.changesJson ? (JSON.parse(row.changesJson) as FigureChange[]) : null,
    figures: JSON.parse(row.figuresJson) as MonthlyFigures,
  };
}

export function closedVersion(ctx: AuthedCtx, month: string, version?: number): ClosedVersion | null {
  const row = ctx.db
    .select()
    .from(monthlyReportVersions)
    .where(and(eq(monthlyReportVersions.month, month), version === undefined ? undefined : eq(monthlyReportVersions.version, version)))
    .orderBy(desc(monthlyReportVersions.version))
    .get();
  return row ? versionOf(row) : null;
}

/**
 * Closes a month: its figures as they are now, signed by the manager. Closing it again after the data
 * changed stores the next version with what changed; the earlier versions stay as they were.
 */
export function closeMonth(ctx: AuthedCtx, month: string) {
  if (month >= monthOf(ctx.today)) throw new UserError('invalid_input', 'errors.monthlyReport.monthNotOver', {}, { field: 'month' });
  const figures = monthlyFigures(ctx, month);
  const latest = closedVersion(ctx, month);
  const changes = latest ? figureChanges(latest.figures, figures) : null;
  if (latest && changes?.length === 0)
    throw new UserError('invalid_input', 'errors.monthlyReport.nothingChanged', { version: latest.version }, { field: 'month' });
  const version = (latest?.version ?? 0) + 1;
  const signedAt = ctx.now.toISOString();
  ctx.write((w) => {
    w.db
      .insert(monthlyReportVersions)
      .values({
        month,
        version,
        figuresJson: JSON.stringify(figures),
        signedBy: ctx.session.userId,
        signedByName: ctx.session.fullName,
        signedAt,
        changesJson: changes ? JSON.stringify(changes) : null,
      })
      .run();
    w.audit({
      action: 'reports.closeMonth',
      entity: 'monthly_report_versions',
      entityId: month,
      summary: changes ? `version ${version}: ${changes.length} figures changed` : `version ${version}`,
      facts: changes
        ? { refKind: 'monthlyReport', month, version, count: changes.length, variant: 'revised' }
        : { refKind: 'monthlyReport', month, version },
    });
  });
  return { month, version, signedByName: ctx.session.fullName, signedAt, changes };
}

/**
 * The closed months, newest first, each with its versions and whether the data has changed since the
 * latest (then "revised", with what changed): the figures are counted again for that.
 */
export function closedMonths(ctx: AuthedCtx) {
  const rows = ctx.db
    .select()
    .from(monthlyReportVersions)
    .orderBy(desc(monthlyReportVersions.month), asc(monthlyReportVersions.version))
    .all();
  const byMonth = new Map<string, ClosedVersion[]>();
  for (const row of rows) byMonth.set(row.month, [...(byMonth.get(row.month) ?? []), versionOf(row)]);
  return [...byMonth.entries()].map(([month, versions]) => {
    const latest = versions[versions.length - 1];
    const since = latest ? figureChanges(latest.figures, monthlyFigures(ctx, month)) : [];
    return {
      month,
      versions: versions.map(({ figures: _figures, ...v }) => v),
      revised: since.length > 0,
      changesSinceClosed: since,
    };
  });
}
