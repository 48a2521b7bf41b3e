import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  arrangements,
  checkInMethods,
  checkInOutcomes,
  departureLevels,
  knownAnswers,
  migrationPurposes,
  reportingPointKinds,
  returnConditions,
} from '../../shared/safetynetVocabulary';
import { userRef, users } from './admin';
import { cases } from './cases';
import { children, sexes } from './register';
import { editVersion, timestamps } from './columns';

/** Who reports departures to the office: a club, a GP or ward member, an ASHA or Anganwadi worker, a teacher, an SHG. */
export const reportingPoints = sqliteTable(
  'reporting_points',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: reportingPointKinds }).notNull(),
    name: text('name').notNull(),
    contactPerson: text('contact_person'),
    phone: text('phone'),
    village: text('village'),
    gramPanchayat: text('gram_panchayat'),
    ...timestamps(),
  },
  (t) => [index('reporting_points_gp').on(t.gramPanchayat), index('reporting_points_name').on(t.name)],
);

/** The agents and contacts who arrange work, marriage or study away: the office's register of them. */
export const migrationAgents = sqliteTable(
  'migration_agents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** Other names the agent goes by, comma-separated. */
    aliases: text('aliases'),
    /** Phone numbers, comma-separated, digits only. */
    phones: text('phones'),
    village: text('village'),
    worksFor: text('works_for'),
    /** Licence under the Inter-State Migrant Workmen Act 1979, where the agent claims one. */
    licenceNumber: text('licence_number'),
    ...timestamps(),
  },
  (t) => [index('migration_agents_name').on(t.name)],
);

/**
 * One person leaving the community, as a reporting point told it. A text column left null means the
 * reporter did not know (the screens and papers say "not known"); yes/no questions store 'unknown'.
 * score, level and flags are what the red-flag rules (safetynet/redFlags.ts) last said, re-scored on
 * every change and whenever the weights or thresholds change; level_override is a worker's judgement.
 */
export const departures = sqliteTable(
  'departures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportingPointId: integer('reporting_point_id')
      .notNull()
      .references(() => reportingPoints.id),
    reportedBy: text('reported_by'),
    reportedOn: text('reported_on').notNull(),
    childId: integer('child_id').references(() => children.id),
    name: text('name').notNull(),
    sex: text('sex', { enum: sexes }).notNull(),
    /** 'age': the age the reporter gave, taken as the age on the date of leaving. */
    birthBasis: text('birth_basis', { enum: ['dob', 'age', 'unknown'] }).notNull(),
    dateOfBirth: text('date_of_birth'),
    ageYears: integer('age_years'),
    guardianName: text('guardian_name'),
    guardianRelation: text('guardian_relation'),
    village: text('village'),
    para: text('para'),
    gramPanchayat: text('gram_panchayat'),
    leftOn: text('left_on').notNull(),
    purpose: text('purpose', { enum: migrationPurposes }).notNull(),
    purposeDetail: text('purpose_detail'),
    destState: text('dest_state').notNull(),
    destDistrict: text('dest_district'),
    destPlace: text('dest_place'),
    destAddress: text('dest_address'),
    /** The employer or school at the destination, and its phone. */
    employer: text('employer'),
    contactPhone: text('contact_phone'),
    arrangedBy: text('arranged_by', { enum: arrangements }).notNull(),
    agentId: integer('agent_id').references(() => migrationAgents.id),
    /** The agent as the reporter named them, when not (yet) in the agent register. */
    agentName: text('agent_name'),
    agentPhone: text('agent_phone'),
    withGuardian: integer('with_guardian', { mode: 'boolean' }).notNull(),
    travelledWith: text('travelled_with'),
    travelledWithRelation: text('travelled_with_relation'),
    familyKnows: text('family_knows', { enum: knownAnswers }).notNull(),
    familyAgreed: text('family_agreed', { enum: knownAnswers }).notNull(),
    docAppointmentLetter: text('doc_appointment_letter', { enum: knownAnswers }).notNull(),
    docId: text('doc_id', { enum: knownAnswers }).notNull(),
    docSchoolAdmission: text('doc_school_admission', { enum: knownAnswers }).notNull(),
    migrantPhone: text('migrant_phone'),
    expectedReturnOn: text('expected_return_on'),
    score: integer('score').notNull(),
    computedLevel: text('computed_level', { enum: departureLevels }).notNull(),
    /** The level that counts: the worker's override when there is one, else the computed level. */
    level: text('level', { enum: departureLevels }).notNull(),
    /** [{ code, weight, values }] as the rules gave them; the reason's words are rendered at read. */
    flagsJson: text('flags_json').notNull(),
    /** A hash of flags_json, so re-scoring every departure compares a number, not 50,000 texts. */
    flagsHash: integer('flags_hash').notNull().default(0),
    /** 1 while overdue_return is among the flags, so the daily refresh finds what changed by an index. */
    overdueReturn: integer('overdue_return', { mode: 'boolean' }).notNull().default(false),
    levelOverride: text('level_override', { enum: departureLevels }),
    overrideReason: text('override_reason'),
    howSure: integer('how_sure'),
    overrideBy: integer('override_by').references(() => users.id),
    overrideAt: text('override_at'),
    lastCheckInOn: text('last_check_in_on'),
    lastCheckInOutcome: text('last_check_in_outcome', { enum: checkInOutcomes }),
    returnedOn: text('returned_on'),
    returnCondition: text('return_condition', { enum: returnConditions }),
    returnNote: text('return_note'),
    caseId: integer('case_id').references(() => cases.id),
    createdBy: userRef('created_by'),
    ...timestamps(),
    version: editVersion(),
  },
  (t) => [
    index('departures_gp').on(t.gramPanchayat, t.leftOn),
    index('departures_left').on(t.leftOn),
    index('departures_agent').on(t.agentId, t.leftOn),
    index('departures_child').on(t.childId),
    index('departures_point').on(t.reportingPointId),
    index('departures_overdue').on(t.returnedOn, t.expectedReturnOn),
  ],
);

/** A call or visit to the family of someone who left: were they reached, are they safe. */
export const departureCheckIns = sqliteTable(
  'departure_check_ins',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    departureId: integer('departure_id')
      .notNull()
      .references(() => departures.id),
    checkedOn: text('checked_on').notNull(),
    method: text('method', { enum: checkInMethods }).notNull(),
    outcome: text('outcome', { enum: checkInOutcomes }).notNull(),
    note: text('note'),
    createdBy: userRef('created_by'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('departure_check_ins_departure').on(t.departureId, t.checkedOn)],
);
