import type { TFunction } from 'i18next';
import type { ConflictFields } from '../../components/SaveConflict';
import type { CaseFormValues } from './caseFormValues';

/** The case form's fields as the conflict dialog names and reads them: codes in the user's words. */
export function caseConflictFields(t: TFunction, workerNames: Map<number, string>): ConflictFields<CaseFormValues> {
  return {
    types: { label: t('cases.form.types'), text: (types) => types.map((type) => t(`cases.types.${type}`)).join(', ') },
    children: { label: t('cases.form.sectionChildren'), text: (kids) => kids.map((c) => c.nameEn ?? c.nameBn ?? c.childCode).join(', ') },
    reporterKind: { label: t('cases.form.reporterKind'), text: (kind) => (kind ? t(`cases.reporterKinds.${kind}`) : '') },
    reporterName: { label: t('cases.form.reporterName') },
    reportedOn: { label: t('cases.form.reportedOn') },
    village: { label: t('cases.form.village') },
    gramPanchayat: { label: t('cases.form.gramPanchayat') },
    riskLevel: { label: t('cases.form.riskLevel'), text: (level) => (level ? t(`cases.riskLevels.${level}`) : '') },
    riskReason: { label: t('cases.form.riskReason') },
    workerIds: { label: t('cases.form.workers'), text: (ids) => ids.map((id) => workerNames.get(id) ?? String(id)).join(', ') },
    plannedMarriageOn: { label: t('cases.form.plannedMarriageOn') },
    summary: { label: t('cases.form.summary') },
  };
}
