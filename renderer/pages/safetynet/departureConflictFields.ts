import type { TFunction } from 'i18next';
import type { ConflictFields } from '../../components/SaveConflict';
import { knowableFields, type Values } from './departureFormValues';
import type { KnownAnswer } from './labels';

/** The departure form's fields as the conflict dialog names and reads them: codes in the user's words. */
export function departureConflictFields(
  t: TFunction,
  names: { points: Map<string, string>; agents: Map<string, string> },
): ConflictFields<Values> {
  const known = (label: 'familyKnows' | 'familyAgreed' | 'docAppointmentLetter' | 'docId' | 'docSchoolAdmission') => ({
    label: t(`safetynet.form.${label}`),
    text: (a: KnownAnswer | null) => (a ? t(`safetynet.known.${a}`) : ''),
  });
  const fields: ConflictFields<Values> = {
    reportingPointId: { label: t('safetynet.form.reportingPoint'), text: (id) => (id ? (names.points.get(id) ?? id) : '') },
    reportedBy: { label: t('safetynet.form.reportedBy') },
    reportedOn: { label: t('safetynet.form.reportedOn') },
    name: { label: t('safetynet.form.name') },
    sex: { label: t('safetynet.form.sex'), text: (s) => (s ? t(`safetynet.sex.${s}`) : '') },
    birthKind: { label: t('safetynet.form.birth'), text: (b) => (b ? t(`safetynet.form.birthKinds.${b}`) : '') },
    dateOfBirth: { label: t('safetynet.form.dateOfBirth') },
    ageYears: { label: t('safetynet.form.ageYears') },
    guardianRelation: { label: t('safetynet.form.guardianRelation') },
    para: { label: t('safetynet.form.para') },
    leftOn: { label: t('safetynet.form.leftOn') },
    purpose: { label: t('safetynet.form.purpose'), text: (p) => (p ? t(`safetynet.purposes.${p}`) : '') },
    purposeDetail: { label: t('safetynet.form.purposeDetail') },
    state: { label: t('safetynet.form.state') },
    arrangedBy: { label: t('safetynet.form.arrangedBy'), text: (a) => (a ? t(`safetynet.arrangements.${a}`) : '') },
    agentId: { label: t('safetynet.form.agent'), text: (id) => (id ? (names.agents.get(id) ?? id) : '') },
    agentName: { label: t('safetynet.form.agentName') },
    agentPhone: { label: t('safetynet.form.agentPhone') },
    withGuardian: { label: t('safetynet.form.withGuardian'), text: (w) => (w ? t(`safetynet.known.${w}`) : '') },
    travelledWith: { label: t('safetynet.form.travelledWith') },
    travelledWithRelation: { label: t('safetynet.form.travelledWithRelation') },
    familyKnows: known('familyKnows'),
    familyAgreed: known('familyAgreed'),
    docAppointmentLetter: known('docAppointmentLetter'),
    docId: known('docId'),
    docSchoolAdmission: known('docSchoolAdmission'),
  };
  for (const field of knowableFields) fields[field] = { label: t(`safetynet.form.${field}`) };
  return fields;
}
