import type { TFunction } from 'i18next';
import type { ApiInput, ApiResult } from '../../../electron/api/contract';
import { formatDate } from '../../format';
import { parseDay, todayText } from '../../components/DateField';
import { asciiDigits } from '../register/labels';
import type { Arrangement, KnownAnswer, MigrationPurpose } from './labels';
import type { Departure } from './queries';

type Child = ApiResult<'children.get'>;
export type CreateInput = ApiInput<'migrations.create'>;

/** The facts that are either written in or ticked "not known": never left blank. */
export const knowableFields = [
  'guardianName',
  'village',
  'gramPanchayat',
  'expectedReturnOn',
  'district',
  'place',
  'address',
  'employer',
  'contactPhone',
  'migrantPhone',
] as const;
export type KnowableField = (typeof knowableFields)[number];

export const formFields = [
  'reportingPointId',
  'reportedBy',
  'reportedOn',
  'childId',
  'name',
  'sex',
  'birthKind',
  'dateOfBirth',
  'ageYears',
  'guardianRelation',
  'para',
  'leftOn',
  'purpose',
  'purposeDetail',
  'state',
  'arrangedBy',
  'agentId',
  'agentName',
  'agentPhone',
  'withGuardian',
  'travelledWith',
  'travelledWithRelation',
  'familyKnows',
  'familyAgreed',
  'docAppointmentLetter',
  'docId',
  'docSchoolAdmission',
  ...knowableFields,
] as const;
export type FormField = (typeof formFields)[number];

export interface Values extends Record<KnowableField, string> {
  reportingPointId: string | null;
  reportedBy: string;
  reportedOn: string;
  childId: number | null;
  name: string;
  sex: 'female' | 'male' | 'other' | null;
  birthKind: 'dob' | 'age' | 'unknown' | null;
  dateOfBirth: string;
  ageYears: string;
  guardianRelation: string;
  para: string;
  leftOn: string;
  purpose: MigrationPurpose | null;
  purposeDetail: string;
  state: string;
  arrangedBy: Arrangement | null;
  agentId: string | null;
  agentName: string;
  agentPhone: string;
  withGuardian: 'yes' | 'no' | null;
  travelledWith: string;
  travelledWithRelation: string;
  familyKnows: KnownAnswer | null;
  familyAgreed: KnownAnswer | null;
  docAppointmentLetter: KnownAnswer | null;
  docId: KnownAnswer | null;
  docSchoolAdmission: KnownAnswer | null;
  notKnown: Partial<Record<KnowableField, boolean>>;
}

const blankKnowable = Object.fromEntries(knowableFields.map((f) => [f, ''])) as Record<KnowableField, string>;

export function emptyValues(): Values {
  return {
    ...blankKnowable,
    reportingPointId: null,
    reportedBy: '',
    reportedOn: todayText(),
    childId: null,
    name: '',
    sex: null,
    birthKind: null,
    dateOfBirth: '',
    ageYears: '',
    guardianRelation: '',
    para: '',
    leftOn: '',
    purpose: null,
    purposeDetail: '',
    state: '',
    arrangedBy: null,
    agentId: null,
    agentName: '',
    agentPhone: '',
    withGuardian: null,
    travelledWith: '',
    travelledWithRelation: '',
    familyKnows: null,
    familyAgreed: null,
    docAppointmentLetter: null,
    docId: null,
    docSchoolAdmission: null,
    notKnown: {},
  };
}

/** What the register knows of a child, as the start of their departure. */
export function childFacts(child: Child): Partial<Values> {
  return {
    childId: child.id,
    name: child.nameEn ?? child.nameBn ?? '',
    sex: child.sex,
    ...(child.birthBasis === 'dob' && child.dateOfBirth
      ? { birthKind: 'dob' as const, dateOfBirth: formatDate(child.dateOfBirth) }
      : child.age !== null
        ? { birthKind: 'age' as const, ageYears: String(child.age) }
        : {}),
    guardianName: child.guardianName ?? '',
    guardianRelation: child.guardianRelation ?? '',
    village: child.village ?? '',
    gramPanchayat: child.gramPanchayat ?? '',
  };
}

/** A home visit found the child "migrated with family": they went with their parents, who know. */
export function migratedWithFamily(child: Child): Values {
  return {
    ...emptyValues(),
    ...childFacts(child),
    withGuardian: 'yes',
    travelledWith: child.guardianName ?? '',
    travelledWithRelation: child.guardianRelation ?? '',
    arrangedBy: 'family',
    familyKnows: 'yes',
    familyAgreed: 'yes',
  };
}

export function departureValues(d: Departure): Values {
  const text = (v: string | null) => v ?? '';
  const values: Values = {
    reportingPointId: String(d.reportingPointId),
    reportedBy: text(d.reportedBy),
    reportedOn: formatDate(d.reportedOn),
    childId: d.childId,
    name: d.name,
    sex: d.sex,
    birthKind: d.birthBasis,
    dateOfBirth: formatDate(d.dateOfBirth),
    ageYears: d.ageYears === null ? '' : String(d.ageYears),
    guardianName: text(d.guardianName),
    guardianRelation: text(d.guardianRelation),
    village: text(d.village),
    para: text(d.para),
    gramPanchayat: text(d.gramPanchayat),
    leftOn: formatDate(d.leftOn),
    purpose: d.purpose,
    purposeDetail: text(d.purposeDetail),
    expectedReturnOn: formatDate(d.expectedReturnOn),
    state: d.destState,
    district: text(d.destDistrict),
    place: text(d.destPlace),
    address: text(d.destAddress),
    employer: text(d.employer),
    contactPhone: text(d.contactPhone),
    arrangedBy: d.arrangedBy,
    agentId: d.agentId === null ? null : String(d.agentId),
    agentName: text(d.agentName),
    agentPhone: text(d.agentPhone),
    withGuardian: d.withGuardian ? 'yes' : 'no',
    travelledWith: text(d.travelledWith),
    travelledWithRelation: text(d.travelledWithRelation),
    familyKnows: d.familyKnows,
    familyAgreed: d.familyAgreed,
    docAppointmentLetter: d.docAppointmentLetter,
    docId: d.docId,
    docSchoolAdmission: d.docSchoolAdmission,
    migrantPhone: text(d.migrantPhone),
    notKnown: {},
  };
  // A saved departure's empty facts were recorded as not known.
  for (const f of knowableFields) if (!values[f]) values.notKnown[f] = true;
  return values;
}

/** Checks what the form can check itself and builds the API input; the server checks the rest. */
export function toInput(v: Values, t: TFunction): { input: CreateInput | null; problems: Partial<Record<FormField, string>> } {
  const problems: Partial<Record<FormField, string>> = {};
  const required = t('errors.required');
  const choose = t('errors.safetynet.knownAnswer');
  const day = (field: FormField, text: string, needed: boolean): string | null => {
    if (!text.trim()) {
      if (needed) problems[field] = required;
      return null;
    }
    const parsed = parseDay(text);
    if (!parsed) problems[field] = t('errors.date');
    return parsed;
  };
  if (!v.reportingPointId) problems.reportingPointId = t('safetynet.form.choosePoint');
  if (!v.name.trim()) problems.name = required;
  if (!v.sex) problems.sex = t('errors.sex');
  if (!v.birthKind) problems.birthKind = choose;
  const dateOfBirth = v.birthKind === 'dob' ? day('dateOfBirth', v.dateOfBirth, true) : null;
  const age = v.birthKind === 'age' ? Number(asciiDigits(v.ageYears.trim())) : null;
  if (v.birthKind === 'age' && (!v.ageYears.trim() || !Number.isInteger(age) || (age ?? -1) < 0 || (age ?? 101) > 100))
    problems.ageYears = t('errors.safetynet.age');
  const leftOn = day('leftOn', v.leftOn, true);
  const reportedOn = day('reportedOn', v.reportedOn, true);
  if (!v.purpose) problems.purpose = t('errors.safetynet.purpose');
  if (!v.state.trim()) problems.state = required;
  if (!v.arrangedBy) problems.arrangedBy = t('errors.safetynet.arrangedBy');
  if (!v.withGuardian) problems.withGuardian = t('errors.safetynet.withGuardian');
  for (const f of ['familyKnows', 'familyAgreed', 'docAppointmentLetter', 'docId', 'docSchoolAdmission'] as const)
    if (!v[f]) problems[f] = choose;
  for (const f of knowableFields) if (!v[f].trim() && !v.notKnown[f]) problems[f] = t('safetynet.form.fillOrNotKnown');
  const expectedReturnOn = v.notKnown.expectedReturnOn ? null : day('expectedReturnOn', v.expectedReturnOn, false);
  if (Object.keys(problems).length > 0 || !leftOn || !v.purpose || !v.sex || !v.arrangedBy) return { input: null, problems };
  const known = (f: KnowableField) => (v.notKnown[f] ? null : v[f].trim() || null);
  const agentFromRegister = v.arrangedBy === 'agent' && v.agentId ? Number(v.agentId) : null;
  return {
    problems,
    input: {
      reportingPointId: Number(v.reportingPointId),
      reportedBy: v.reportedBy,
      reportedOn,
      childId: v.childId,
      name: v.name.trim(),
      sex: v.sex,
      dateOfBirth,
      ageYears: age,
      guardianName: known('guardianName'),
      guardianRelation: v.guardianRelation,
      village: known('village'),
      para: v.para,
      gramPanchayat: known('gramPanchayat'),
      leftOn,
      purpose: v.purpose,
      purposeDetail: v.purposeDetail,
      destination: { state: v.state.trim(), district: known('district'), place: known('place'), address: known('address') },
      employer: known('employer'),
      contactPhone: known('contactPhone'),
      arrangedBy: v.arrangedBy,
      agentId: agentFromRegister,
      agentName: v.arrangedBy === 'agent' && !agentFromRegister ? v.agentName : null,
      agentPhone: v.arrangedBy === 'agent' && !agentFromRegister ? v.agentPhone : null,
      withGuardian: v.withGuardian === 'yes',
      travelledWith: v.travelledWith,
      travelledWithRelation: v.travelledWithRelation,
      familyKnows: v.familyKnows ?? 'unknown',
      familyAgreed: v.familyAgreed ?? 'unknown',
      documents: {
        appointmentLetter: v.docAppointmentLetter ?? 'unknown',
        id: v.docId ?? 'unknown',
        schoolAdmission: v.docSchoolAdmission ?? 'unknown',
      },
      migrantPhone: known('migrantPhone'),
      expectedReturnOn,
    },
  };
}

/** Where the API names a nested field (destination.state), the form's own field. */
export function formFieldOf(apiField: string): string {
  return apiField.startsWith('destination.')
    ? apiField.slice('destination.'.length)
    : apiField.startsWith('documents.')
      ? `doc${apiField.charAt(10).toUpperCase()}${apiField.slice(11)}`
      : apiField;
}
