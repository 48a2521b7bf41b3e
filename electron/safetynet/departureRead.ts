import { desc, eq } from 'drizzle-orm';
import type { Settings } from '../admin/settings';
import type { Language } from '../api/messages';
import type { Db } from '../db/connection';
import { cases, children, departureCheckIns, departures, migrationAgents, reportingPoints, users } from '../db/schema';
import { UserError } from '../api/errors';
import { checkInStatus, nextCheckInOn } from './checkInSchedule';
import { explainFlags } from './flagText';
import { ageOnLeaving } from './redFlags';

export type DepartureRow = typeof departures.$inferSelect;

/** When the next check-in is due and whether it is overdue, from the stored row. */
export function scheduleOf(
  row: Pick<
    DepartureRow,
    'leftOn' | 'level' | 'score' | 'returnedOn' | 'lastCheckInOn' | 'lastCheckInOutcome' | 'birthBasis' | 'dateOfBirth' | 'ageYears'
  >,
  settings: Settings,
  today: string,
) {
  const next = nextCheckInOn({ ...row, ageOnLeaving: ageOnLeaving(row) }, settings);
  return { nextCheckInOn: next, checkInStatus: checkInStatus(next, today) };
}

/** One departure as the API answers it: the facts, the flags with their reasons in `language`, check-ins, case. */
export function departureView(db: Db, departureId: number, language: Language, settings: Settings, today: string) {
  const found = db
    .select({
      d: departures,
      pointName: reportingPoints.name,
      pointKind: reportingPoints.kind,
      registeredAgent: migrationAgents.name,
      childCode: children.childCode,
      caseNumber: cases.caseNumber,
      overrideByName: users.fullName,
    })
    .from(departures)
    .innerJoin(reportingPoints, eq(reportingPoints.id, departures.reportingPointId))
    .leftJoin(migrationAgents, eq(migrationAgents.id, departures.agentId))
    .leftJoin(children, eq(children.id, departures.childId))
    .leftJoin(cases, eq(cases.id, departures.caseId))
    .leftJoin(users, eq(users.id, departures.overrideBy))
    .where(eq(departures.id, departureId))
    .get();
  if (!found) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
  const { d } = found;
  const checkIns = db
    .select({
      id: departureCheckIns.id,
      checkedOn: departureCheckIns.checkedOn,
      method: departureCheckIns.method,
      outcome: departureCheckIns.outcome,
      note: departureCheckIns.note,
      byName: users.fullName,
    })
    .from(departureCheckIns)
    .innerJoin(users, eq(users.id, departureCheckIns.createdBy))
    .where(eq(departureCheckIns.departureId, departureId))
    .orderBy(desc(departureCheckIns.checkedOn), desc(departureCheckIns.id))
    .all();
  const { flagsJson: _flags, ...facts } = d;
  void _flags;
  return {
    ...facts,
    reportingPoint: { id: d.reportingPointId, name: found.pointName, kind: found.pointKind },
    agent: d.agentId !== null ? { id: d.agentId, name: found.registeredAgent ?? '' } : null,
    childCode: found.childCode,
    caseNumber: found.caseNumber,
    overrideByName: found.overrideByName,
    age: ageOnLeaving(d),
    destination: { state: d.destState, district: d.destDistrict, place: d.destPlace, address: d.destAddress },
    flags: explainFlags(language, d.flagsJson),
    checkIns,
    ...scheduleOf(d, settings, today),
  };
}

export type DepartureView = ReturnType<typeof departureView>;
