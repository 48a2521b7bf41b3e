/**
 * The words of the monthly report for the DCPO meeting, shared by the report, its settings and the
 * screen. Plain constants, no imports.
 */

/** The report's sections in their default order: 0 the cover … 10 the escalations (the annex is apart). */
export const monthlySections = [
  'cover',
  'atAGlance',
  'caseload',
  'childMarriage',
  'referrals',
  'sponsorship',
  'schoolWarning',
  'migration',
  'committees',
  'awareness',
  'escalations',
] as const;
export type MonthlySection = (typeof monthlySections)[number];

/** A case's standing in the month, as the DCPO's caseload table asks for it. */
export const caseloadStatuses = ['new', 'intervention', 'referred', 'beforeCwc', 'closed', 'followUp'] as const;
export type CaseloadStatus = (typeof caseloadStatuses)[number];

/** Age bands of the caseload (whole years on the month's last day). */
export const reportAgeBands = ['0-5', '6-10', '11-14', '15-17', '18+', 'unknown'] as const;
export type ReportAgeBand = (typeof reportAgeBands)[number];

export function reportAgeBand(age: number | null): ReportAgeBand {
  if (age === null) return 'unknown';
  if (age <= 5) return '0-5';
  if (age <= 10) return '6-10';
  if (age <= 14) return '11-14';
  if (age <= 17) return '15-17';
  return '18+';
}

/** Where a child-marriage alert came from: the case's reporter, or a SafetyNet departure flagged for it. */
export const marriageAlertSources = [
  'volunteer',
  'community_member',
  'school',
  'childline',
  'police',
  'self',
  'other',
  'safetynet',
] as const;

interface WithWithheld {
  caseload: { byVillage: { withheld?: string[] } };
  schoolWarning: { flaggedByVillage: { withheld?: string[] } };
}

/**
 * The figures a village table's suppression withheld (reports/monthly/suppression.ts): the same key is
 * the same figure wherever it is shown, so the PDF, the Excel workbook and the screen's preview all
 * show it as "×" or all show the number.
 */
export function withheldFigures(f: WithWithheld): ReadonlySet<string> {
  return new Set([...(f.caseload.byVillage.withheld ?? []), ...(f.schoolWarning.flaggedByVillage.withheld ?? [])]);
}
