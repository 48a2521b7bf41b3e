import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { userRef } from './admin';

/** What the manager writes into a month's report before closing it: the cases escalated and the plan. */
export const monthlyReportNotes = sqliteTable('monthly_report_notes', {
  /** YYYY-MM */
  month: text('month').primaryKey(),
  /** [{ caseId, note }] in the order the manager put them. */
  escalationsJson: text('escalations_json').notNull(),
  nextMonthPlan: text('next_month_plan').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: userRef('updated_by'),
});

/**
 * A closed month: the report's figures as they were when the manager closed it, signed with their
 * name and the time. A revision is the next version, never an overwrite; every version stays.
 */
export const monthlyReportVersions = sqliteTable(
  'monthly_report_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    month: text('month').notNull(),
    version: integer('version').notNull(),
    /** Every section's figures (reports/monthly/figures.ts) as JSON: what the PDF and workbook are printed from. */
    figuresJson: text('figures_json').notNull(),
    signedBy: userRef('signed_by'),
    /** The manager's name as it was on the day, kept even if the user is renamed. */
    signedByName: text('signed_by_name').notNull(),
    signedAt: text('signed_at').notNull(),
    /** For a revision: what changed since the version before ([{ path, before, after }]); null for the first. */
    changesJson: text('changes_json'),
  },
  (t) => [uniqueIndex('monthly_report_versions_month').on(t.month, t.version)],
);
