import { and, asc, desc, eq, isNotNull, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { children, departures, migrationAgents, reportingPoints } from '../db/schema';
import { id } from '../api/fields';
import type { AuthedCtx } from '../api/types';
import { departureLevels, migrationPurposes } from '../shared/safetynetVocabulary';
import { monthPattern } from '../shared/periods';
import { scheduleOf } from './departureRead';
import { ageOnLeaving } from './redFlags';
import type { RedFlag } from './redFlags';

export const departureFilters = z.object({
  q: z.string().trim().max(100).optional(),
  gramPanchayat: z.string().trim().max(200).optional(),
  village: z.string().trim().max(200).optional(),
  reportingPointId: id.optional(),
  agentId: id.optional(),
  childId: id.optional(),
  level: z.enum(departureLevels).optional(),
  purpose: z.enum(migrationPurposes).optional(),
  /** YYYY-MM: those who left in this month. */
  month: z.string().regex(monthPattern, 'errors.month').optional(),
  state: z.enum(['away', 'returned', 'all']).default('all'),
});

export const departureListInput = departureFilters.extend({
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});

export type DepartureFilters = z.output<typeof departureFilters>;

export function departureWhere(f: DepartureFilters): SQL | undefined {
  const q = f.q ? `%${f.q}%` : null;
  return and(
    q ? or(like(departures.name, q), like(children.childCode, q), like(departures.destState, q), like(departures.destPlace, q)) : undefined,
    f.gramPanchayat ? eq(departures.gramPanchayat, f.gramPanchayat) : undefined,
    f.village ? eq(departures.village, f.village) : undefined,
    f.reportingPointId ? eq(departures.reportingPointId, f.reportingPointId) : undefined,
    f.agentId ? eq(departures.agentId, f.agentId) : undefined,
    f.childId ? eq(departures.childId, f.childId) : undefined,
    f.level ? eq(departures.level, f.level) : undefined,
    f.purpose ? eq(departures.purpose, f.purpose) : undefined,
    f.month ? like(departures.leftOn, `${f.month}-%`) : undefined,
    f.state === 'away' ? isNull(departures.returnedOn) : f.state === 'returned' ? isNotNull(departures.returnedOn) : undefined,
  );
}

/** The columns a list shows of a departure: a third of the row, so long lists read fast. */
const departureListed = {
  id: departures.id,
  name: departures.name,
  childId: departures.childId,
  sex: departures.sex,
  birthBasis: departures.birthBasis,
  dateOfBirth: departures.dateOfBirth,
  ageYears: departures.ageYears,
  village: departures.village,
  gramPanchayat: departures.gramPanchayat,
  leftOn: departures.leftOn,
  purpose: departures.purpose,
  destState: departures.destState,
  destPlace: departures.destPlace,
  level: departures.level,
  score: departures.score,
  levelOverride: departures.levelOverride,
  flagsJson: departures.flagsJson,
  agentId: departures.agentId,
  agentName: departures.agentName,
  expectedReturnOn: departures.expectedReturnOn,
  returnedOn: departures.returnedOn,
  lastCheckInOn: departures.lastCheckInOn,
  lastCheckInOutcome: departures.lastCheckInOutcome,
};

export const listColumns = {
  d: departureListed,
  childCode: children.childCode,
  pointName: reportingPoints.name,
  agentName: migrationAgents.name,
};

export interface ListedRow {
  d: { [K in keyof typeof departureListed]: (typeof departures.$inferSelect)[K] };
  childCode: string | null;
  pointName: string;
  agentName: string | null;
}

export function listedDeparture(ctx: AuthedCtx, r: ListedRow) {
  const { d } = r;
  return {
    id: d.id,
    name: d.name,
    childId: d.childId,
    childCode: r.childCode,
    sex: d.sex,
    age: ageOnLeaving(d),
    village: d.village,
    gramPanchayat: d.gramPanchayat,
    leftOn: d.leftOn,
    purpose: d.purpose,
    destState: d.destState,
    destPlace: d.destPlace,
    level: d.level,
    score: d.score,
    overridden: d.levelOverride !== null,
    flagCodes: (JSON.parse(d.flagsJson) as RedFlag[]).map((f) => f.code),
    reportingPoint: r.pointName,
    agent: r.agentName ?? d.agentName,
    expectedReturnOn: d.expectedReturnOn,
    returnedOn: d.returnedOn,
    lastCheckInOn: d.lastCheckInOn,
    lastCheckInOutcome: d.lastCheckInOutcome,
    ...scheduleOf(d, ctx.host.settings, ctx.today),
  };
}

export function listQuery(ctx: AuthedCtx, where: SQL | undefined) {
  return ctx.db
    .select(listColumns)
    .from(departures)
    .innerJoin(reportingPoints, eq(reportingPoints.id, departures.reportingPointId))
    .leftJoin(migrationAgents, eq(migrationAgents.id, departures.agentId))
    .leftJoin(children, eq(children.id, departures.childId))
    .where(where);
}

/** The register of departures, newest first, filtered as on screen. */
export function departureList(ctx: AuthedCtx, input: z.output<typeof departureListInput>) {
  const where = departureWhere(input);
  const total =
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(departures)
      .leftJoin(children, eq(children.id, departures.childId))
      .where(where)
      .get()?.n ?? 0;
  const rows = listQuery(ctx, where)
    .orderBy(desc(departures.leftOn), desc(departures.id))
    .limit(input.limit)
    .offset(input.offset)
    .all()
    .map((r) => listedDeparture(ctx, r));
  return { total, rows };
}

/** Places departures were reported from, for the filters. */
export function departurePlaces(ctx: AuthedCtx) {
  const distinct = (column: typeof departures.gramPanchayat | typeof departures.village) =>
    ctx.db
      .selectDistinct({ v: column })
      .from(departures)
      .where(isNotNull(column))
      .orderBy(asc(column))
      .all()
      .map((r) => r.v ?? '');
  return { gramPanchayats: distinct(departures.gramPanchayat), villages: distinct(departures.village) };
}
