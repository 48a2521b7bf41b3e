import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { children, migrationAgents, reportingPoints, sexes } from '../db/schema';
import { ageOn } from '../register/age';
import { UserError, type MessageKey } from '../api/errors';
import { id, isoDate, optionalText, phone, requiredText } from '../api/fields';
import type { WriteScope } from '../api/types';
import { arrangements, knownAnswers, migrationPurposes } from '../shared/safetynetVocabulary';

const known = z.enum(knownAnswers, 'errors.safetynet.knownAnswer');

/** What a reporting point tells the office of someone leaving; what is not given is recorded as not known. */
export const departureFields = z.object({
  reportingPointId: id,
  reportedBy: optionalText(),
  reportedOn: isoDate.nullish(),
  childId: id.nullish(),
  name: requiredText(200),
  sex: z.enum(sexes, 'errors.sex'),
  dateOfBirth: isoDate.nullish(),
  ageYears: z.number().int().min(0, 'errors.safetynet.age').max(100, 'errors.safetynet.age').nullish(),
  guardianName: optionalText(),
  guardianRelation: optionalText(60),
  village: optionalText(),
  para: optionalText(),
  gramPanchayat: optionalText(),
  leftOn: isoDate,
  purpose: z.enum(migrationPurposes, 'errors.safetynet.purpose'),
  purposeDetail: optionalText(300),
  destination: z.object({
    state: requiredText(80),
    district: optionalText(80),
    place: optionalText(120),
    address: optionalText(400),
  }),
  employer: optionalText(),
  contactPhone: phone,
  arrangedBy: z.enum(arrangements, 'errors.safetynet.arrangedBy').nullish(),
  agentId: id.nullish(),
  agentName: optionalText(),
  agentPhone: phone,
  withGuardian: z.boolean('errors.safetynet.withGuardian'),
  travelledWith: optionalText(),
  travelledWithRelation: optionalText(60),
  familyKnows: known,
  familyAgreed: known.default('unknown'),
  documents: z
    .object({ appointmentLetter: known.default('unknown'), id: known.default('unknown'), schoolAdmission: known.default('unknown') })
    .default({ appointmentLetter: 'unknown', id: 'unknown', schoolAdmission: 'unknown' }),
  migrantPhone: phone,
  expectedReturnOn: isoDate.nullish(),
});

export type DepartureFields = z.output<typeof departureFields>;

function refuse(key: MessageKey, field: string, values: Record<string, string> = {}): never {
  throw new UserError('invalid_input', key, values, { field });
}

/** The facts of the register child a departure names, when the reporter gave no birth details of their own. */
function childBirth(w: WriteScope, childId: number, leftOn: string) {
  const child = w.db.select().from(children).where(eq(children.id, childId)).get();
  if (!child) refuse('errors.notFound', 'childId');
  return { child, ageOnLeaving: ageOn(child, leftOn) };
}

/** The row as stored, after the checks the database must agree with. */
export function departureRow(w: WriteScope, input: DepartureFields, today: string) {
  if (input.leftOn > today) refuse('errors.safetynet.leftFuture', 'leftOn');
  const reportedOn = input.reportedOn ?? today;
  if (reportedOn > today) refuse('errors.reportedFuture', 'reportedOn');
  if (input.dateOfBirth && input.dateOfBirth > input.leftOn) refuse('errors.safetynet.bornAfterLeaving', 'dateOfBirth');
  if (input.expectedReturnOn && input.expectedReturnOn < input.leftOn) refuse('errors.safetynet.returnBeforeLeaving', 'expectedReturnOn');
  if (!w.db.select({ id: reportingPoints.id }).from(reportingPoints).where(eq(reportingPoints.id, input.reportingPointId)).get()) {
    refuse('errors.notFound', 'reportingPointId');
  }
  if (input.agentId && !w.db.select({ id: migrationAgents.id }).from(migrationAgents).where(eq(migrationAgents.id, input.agentId)).get()) {
    refuse('errors.notFound', 'agentId');
  }
  let birth: { birthBasis: 'dob' | 'age' | 'unknown'; dateOfBirth: string | null; ageYears: number | null } = input.dateOfBirth
    ? { birthBasis: 'dob', dateOfBirth: input.dateOfBirth, ageYears: null }
    : input.ageYears !== null && input.ageYears !== undefined
      ? { birthBasis: 'age', dateOfBirth: null, ageYears: input.ageYears }
      : { birthBasis: 'unknown', dateOfBirth: null, ageYears: null };
  if (input.childId) {
    const { child, ageOnLeaving } = childBirth(w, input.childId, input.leftOn);
    if (birth.birthBasis === 'unknown') {
      birth =
        child.birthBasis === 'dob' && child.dateOfBirth
          ? { birthBasis: 'dob', dateOfBirth: child.dateOfBirth, ageYears: null }
          : ageOnLeaving !== null
            ? { birthBasis: 'age', dateOfBirth: null, ageYears: ageOnLeaving }
            : birth;
    }
  }
  const hasAgent = Boolean(input.agentId ?? input.agentName ?? input.agentPhone);
  return {
    reportingPointId: input.reportingPointId,
    reportedBy: input.reportedBy,
    reportedOn,
    childId: input.childId ?? null,
    name: input.name,
    sex: input.sex,
    ...birth,
    guardianName: input.guardianName,
    guardianRelation: input.guardianRelation,
    village: input.village,
    para: input.para,
    gramPanchayat: input.gramPanchayat,
    leftOn: input.leftOn,
    purpose: input.purpose,
    purposeDetail: input.purposeDetail,
    destState: input.destination.state,
    destDistrict: input.destination.district,
    destPlace: input.destination.place,
    destAddress: input.destination.address,
    employer: input.employer,
    contactPhone: input.contactPhone,
    // Nobody said who arranged it: that is itself not known, and a red flag.
    arrangedBy: input.arrangedBy ?? (hasAgent ? ('agent' as const) : ('unknown' as const)),
    agentId: input.agentId ?? null,
    agentName: input.agentId ? null : input.agentName,
    agentPhone: input.agentId ? null : input.agentPhone,
    withGuardian: input.withGuardian,
    travelledWith: input.travelledWith,
    travelledWithRelation: input.travelledWithRelation,
    familyKnows: input.familyKnows,
    familyAgreed: input.familyAgreed,
    docAppointmentLetter: input.documents.appointmentLetter,
    docId: input.documents.id,
    docSchoolAdmission: input.documents.schoolAdmission,
    migrantPhone: input.migrantPhone,
    expectedReturnOn: input.expectedReturnOn ?? null,
  };
}
