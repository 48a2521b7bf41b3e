import { roleAllows, type Permission } from '../api/permissions';
import type { AuthedCtx } from '../api/types';
import {
  attendanceOverview,
  flagsRaisedByMonth,
  newestImportedMonth,
  openFlagsByReason,
  worklistSize,
} from '../attendance/blockAttendance';
import { visibleCaseScope } from '../cases/access';
import { casesDue } from '../cases/caseCounts';
import { caseFlow, childrenFromLabour, marriagesAverted, type CaseScope } from '../cases/monthCounts';
import { committeeRows } from '../community/committeeQuery';
import { communityCounts } from '../community/counts';
import { overdueCheckInCount } from '../safetynet/worklist';
import { arrearsTotals } from '../sponsorship/arrears';
import { ensureDuesRaised } from '../sponsorship/duesOnRead';
import { childrenInSponsorship } from '../sponsorship/monthCounts';
import { addMonths, firstDayOf, lastDayOf, monthOf, monthRange } from '../shared/periods';

import type { Period } from '../shared/period';

/** The seeds' case counters of a period: the monthly report's own (cases/monthCounts.ts), over the cases the reader may see. */
function caseImpact(ctx: AuthedCtx, period: Period, only: CaseScope) {
  const labour = childrenFromLabour(ctx, period, only);
  return {
    marriagesAverted: marriagesAverted(ctx, period, only),
    childrenFromLabour: labour.total,
    withdrawnFromLabour: labour.withdrawn,
    workingHoursReduced: labour.hoursReduced,
  };
}

/** How many months the charts look back, this month included. */
export const chartMonths = 12;

/**
 * The home screen's figures. Each part is read from its area's own counting (the same functions
 * the lists and the monthly report use), and a part the reader's role may not see is null, not
 * zero: a case worker's case figures are of their own cases (cases/access.ts).
 */
export function officeAtAGlance(ctx: AuthedCtx) {
  const may = (permission: Permission) => roleAllows(ctx.session.role, permission);
  const thisMonth = monthOf(ctx.today);
  const year = thisMonth.slice(0, 4);
  const month: Period = { from: firstDayOf(thisMonth), to: lastDayOf(thisMonth) };
  const yearPeriod: Period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const chart = monthRange(addMonths(thisMonth, -(chartMonths - 1)), thisMonth);
  const settings = ctx.host.settings;

  const cases = may('cases.write')
    ? (() => {
        const only = visibleCaseScope(ctx);
        return {
          month: caseImpact(ctx, month, only),
          year: caseImpact(ctx, yearPeriod, only),
          due: casesDue(ctx),
          byMonth: chart.map((m) => {
            const flow = caseFlow(ctx, { from: firstDayOf(m), to: lastDayOf(m) }, only);
            return { month: m, opened: flow.opened, closed: flow.closed };
          }),
          seesAll: only === null,
        };
      })()
    : null;

  const attendance = may('attendance.read')
    ? (() => {
        // Registers arrive after their month ends: "this month" is the newest month imported in it or before.
        const newest = newestImportedMonth(ctx.sqlite, thisMonth);
        const overview = attendanceOverview(ctx.sqlite, {
          months: chart,
          regularMonth: newest,
          yearFrom: `${year}-01`,
          thresholdPercent: settings.attendanceThresholdPercent,
        });
        return {
          thresholdPercent: settings.attendanceThresholdPercent,
          latestMonth: newest,
          latest: overview.month,
          year: overview.year,
          byMonth: overview.byMonth,
          worklist: worklistSize(ctx.db),
          raisedByMonth: flagsRaisedByMonth(ctx.sqlite, chart.slice(-2)),
          byReason: openFlagsByReason(ctx.db),
        };
      })()
    : null;

  const community = may('community.read')
    ? (() => {
        const of = (p: Period) => {
          const c = communityCounts(ctx.sqlite, settings, p, ctx.today);
          return {
            womenTrained: c.communityWomenTrained,
            schoolOfficials: c.schoolOfficialsCollaborated,
            panchayatOfficers: c.panchayatOfficersCollaborated,
            policeOfficers: c.policeOfficersCollaborated,
          };
        };
        return {
          month: of(month),
          year: of(yearPeriod),
          committeesOverdue: committeeRows(ctx, {}).filter((c) => c.due.state === 'overdue').length,
        };
      })()
    : null;

  const safetynet = may('safetynet.read') ? { overdueCheckIns: overdueCheckInCount(ctx) } : null;

  // As every sponsorship screen does, the months begun are raised as dues before arrears are read.
  if (may('sponsorship.read')) ensureDuesRaised(ctx);
  const sponsorship = may('sponsorship.read')
    ? { ...arrearsTotals(ctx.sqlite, ctx.today, settings), childrenInSponsorship: childrenInSponsorship(ctx, month) }
    : null;

  return { today: ctx.today, month, year: yearPeriod, cases, attendance, community, safetynet, sponsorship };
}

export type OfficeAtAGlance = ReturnType<typeof officeAtAGlance>;
