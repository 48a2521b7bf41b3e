import { childrenFlagged } from '../../attendance/monthCounts';
import { schoolWarningFigures } from '../../attendance/monthSections';
import { caseFlow, childrenBeforeCwc, childrenBeforeCwcSql, childrenFromLabour, marriagesAverted } from '../../cases/monthCounts';
import { casesInPeriod, caseloadChildren, marriageFigures, referralFigures } from '../../cases/monthSections';
import { outcomeSummary } from '../../cases/api/outcomes';
import { readSettings } from '../../admin/settings';
import { communityCounts } from '../../community/counts';
import { cpcMeetings } from '../../community/monthCounts';
import { committeesByLevel } from '../../community/monthSections';
import { checkInsOverdueAt, migrationMovements, monthDepartures } from '../../safetynet/monthCounts';
import { sponsorshipFigures } from '../../sponsorship/monthSections';
import { caseTypes } from '../../shared/caseVocabulary';
import { caseloadStatuses, type CaseloadStatus } from '../../shared/monthlyReport';
import { firstDayOf, lastDayOf } from '../../shared/periods';
import type { AuthedCtx } from '../../api/types';
import { office } from '../../db/schema';
import { suppressVillageTable, type KnownSum, type SuppressedTable } from './suppression';
import { escalatedCases, nextMonthPlan, type EscalatedCase } from './notes';
import { sectionSettings } from './sectionSettings';

type CaseType = (typeof caseTypes)[number];

const noVillage = '';

/**
 * Every section's figures for one month, from the areas' own queries: the same count is the same
 * function wherever it appears (section 1 and the sections that break it down, and the home screen).
 * Children appear only as counts, and in section 10 by child code (JJ Act s.74): never by name.
 */
export function monthlyFigures(ctx: AuthedCtx, month: string) {
  const period = { from: firstDayOf(month), to: lastDayOf(month) };
  const officeRow = ctx.db.select().from(office).get();
  const flow = caseFlow(ctx, period);
  const labour = childrenFromLabour(ctx, period);
  const flagged = childrenFlagged(ctx, period);
  const meetings = cpcMeetings(ctx, period);
  const settings = readSettings(ctx.db);
  const community = communityCounts(ctx.sqlite, settings, period, ctx.today);

  const inPeriod = casesInPeriod(ctx, period);
  const byType = caseTypes.map((type) => {
    const counts = Object.fromEntries(caseloadStatuses.map((s) => [s, 0])) as Record<CaseloadStatus, number>;
    for (const c of inPeriod) if (c.types.includes(type)) counts[c.status] += 1;
    return { type, ...counts };
  });
  const statusTotals = Object.fromEntries(caseloadStatuses.map((s) => [s, inPeriod.filter((c) => c.status === s).length])) as Record<
    CaseloadStatus,
    number
  >;
  const villages = new Map<string, number[]>();
  for (const c of inPeriod) {
    const key = c.village?.trim() ?? noVillage;
    const cells = villages.get(key) ?? caseloadStatuses.map(() => 0);
    cells[caseloadStatuses.indexOf(c.status)] = (cells[caseloadStatuses.indexOf(c.status)] ?? 0) + 1;
    villages.set(key, cells);
  }
  const sortedVillages = <T>(map: Map<string, T>) =>
    [...map.entries()].sort(([a], [b]) => (a === noVillage ? 1 : b === noVillage ? -1 : a.localeCompare(b)));
  const outcomes = outcomeSummary(ctx, period.from, period.to);
  const averted = marriagesAverted(ctx, period);
  const column = (s: CaseloadStatus) => caseloadStatuses.indexOf(s);
  // What sections 1–3 print about these columns' totals: sectionTables.ts prints each key "×" when withheld.
  const casesKnown: KnownSum[] = [
    ...caseloadStatuses.map((s) => ({ key: `status.${s}`, columns: [column(s)], min: statusTotals[s], max: statusTotals[s] })),
    {
      key: 'casesActive',
      columns: (['new', 'intervention', 'referred', 'beforeCwc'] as const).map(column),
      min: flow.active,
      max: flow.active,
    },
    // Reported in the month: the new ones among them, and the others since referred or closed.
    { key: 'casesOpened', columns: [column('new')], min: 0, max: flow.opened },
    { key: 'casesOpened', columns: (['new', 'referred', 'beforeCwc', 'closed'] as const).map(column), min: flow.opened, max: Infinity },
    // Every case is closed with an outcome: section 2's outcomes add up to the cases closed (a case closed
    // without one, from before outcomes were asked, leaves only a lower bound).
    {
      key: 'outcomes',
      columns: [column('closed')],
      min: outcomes.total.closed,
      max: outcomes.total.closed === statusTotals.closed ? outcomes.total.closed : Infinity,
    },
    { key: 'marriagesAverted', columns: [column('closed')], min: averted, max: Infinity },
  ];
  const casesByVillage: SuppressedTable = suppressVillageTable(
    sortedVillages(villages).map(([village, cells]) => ({ village, cells })),
    caseloadStatuses.length,
    casesKnown,
  );
  const school = schoolWarningFigures(ctx, month, flagged);
  const sponsorship = sponsorshipFigures(ctx, period, school.absentDays);
  const flaggedByVillage = suppressVillageTable(
    school.flaggedByVillage.map((v) => ({ village: v.village ?? noVillage, cells: [v.female, v.male, v.other] })),
    3,
    // Sections 1 and 6 print the children flagged, and by reason (each at most the total, together at least it).
    [{ key: 'childrenFlagged', columns: [0, 1, 2], min: flagged.children, max: flagged.children }],
  );
  const migration = monthDepartures(ctx, period);
  const movements = migrationMovements(ctx, period);
  const returnedToSchool = ctx.sqlite
    .prepare(
      `SELECT count(DISTINCT cc.child_id) FROM cases k JOIN case_children cc ON cc.case_id = k.id
       WHERE k.status = 'closed' AND k.outcome IN ('returned_to_school', 'withdrawn_from_work_enrolled') AND k.closed_on BETWEEN @from AND @to`,
    )
    .pluck()
    .get(period) as number;
  const gramPanchayats = ctx.sqlite
    .prepare(
      `SELECT DISTINCT trim(gram_panchayat) FROM (SELECT gram_panchayat FROM schools UNION ALL SELECT gram_panchayat FROM committees)
       WHERE gram_panchayat IS NOT NULL AND trim(gram_panchayat) <> '' ORDER BY 1`,
    )
    .pluck()
    .all() as string[];
  const escalations: EscalatedCase[] = escalatedCases(ctx, month);

  return {
    month,
    period,
    /** The sections printed, in order: kept with a closed version, so it reprints as it was signed. */
    sections: sectionSettings(ctx)
      .filter((x) => x.on)
      .map((x) => x.section),
    cover: {
      organisation: officeRow?.organisation ?? '',
      officeName: officeRow?.officeName ?? '',
      district: officeRow?.district ?? '',
      block: officeRow?.block ?? '',
      gramPanchayats,
    },
    atAGlance: {
      casesOpened: flow.opened,
      casesClosed: flow.closed,
      casesActive: flow.active,
      marriagesAverted: averted,
      childrenFromLabour: labour.total,
      childrenWithdrawnFromWork: labour.withdrawn,
      childrenWorkingHoursReduced: labour.hoursReduced,
      childrenBeforeCwc: childrenBeforeCwc(ctx, period),
      childrenInSponsorship: sponsorship.childrenSupported,
      cpcMeetingsHeld: meetings.dueHeld,
      cpcMeetingsDue: meetings.due,
      childrenFlagged: flagged.children,
    },
    caseload: {
      byType: byType as ({ type: CaseType } & Record<CaseloadStatus, number>)[],
      totals: statusTotals,
      cases: inPeriod.length,
      children: caseloadChildren(
        ctx,
        period,
        inPeriod.map((c) => c.id),
      ),
      byVillage: casesByVillage,
      outcomes: { byOutcome: outcomes.total.byOutcome, closed: outcomes.total.closed },
      labour,
    },
    childMarriage: {
      ...marriageFigures(ctx, period, childrenBeforeCwcSql),
      stopped: averted,
      safetynetAlerts: movements.childMarriage,
    },
    referrals: referralFigures(ctx, period),
    sponsorship,
    schoolWarning: {
      schoolsOnRegister: school.schoolsOnRegister,
      registersImported: school.registersImported,
      registersExpected: school.registersExpected,
      childrenTracked: school.childrenTracked,
      childrenFlagged: flagged.children,
      flaggedByReason: flagged.byReason,
      absent30Days: school.absent30Days,
      visits: school.visits,
      visitsTotal: school.visitsTotal,
      backInSchool: returnedToSchool,
      flaggedByVillage,
    },
    migration: {
      departures: migration.total,
      byPurpose: migration.byPurpose,
      byState: migration.byState,
      bySex: migration.bySex,
      minors: migration.byAgeBand.under14 + migration.byAgeBand.from14to17,
      byLevel: movements.byLevel,
      checkInsOverdue: checkInsOverdueAt(ctx, settings, period.to < ctx.today ? period.to : ctx.today),
      returned: movements.returned,
      missing: movements.missing,
      traced: movements.traced,
    },
    committees: {
      byLevel: committeesByLevel(ctx, period),
      due: meetings.due,
      dueHeld: meetings.dueHeld,
      held: meetings.held,
      actionPointsDone: community.actionPointsDone,
      actionPointsDropped: community.actionPointsDropped,
      actionPointsOpen: community.actionPointsOpen,
      actionPointsOverdue: community.actionPointsOverdue,
    },
    awareness: {
      activitiesHeld: community.activitiesHeld,
      activitiesByType: community.activitiesByType,
      participantsBySex: community.participantsBySex,
      villagesReached: community.villagesReached,
      communityWomenTrained: community.communityWomenTrained,
      officialsMet: {
        schoolOfficials: community.schoolOfficialsCollaborated,
        panchayatOfficers: community.panchayatOfficersCollaborated,
        policeOfficers: community.policeOfficersCollaborated,
      },
    },
    escalations: {
      cases: escalations.map(({ caseId: _caseId, ...shown }) => shown),
      caseIds: escalations.map((e) => e.caseId),
      nextMonthPlan: nextMonthPlan(ctx, month),
    },
  };
}

export type MonthlyFigures = ReturnType<typeof monthlyFigures>;
