import type { TFunction } from 'i18next';
import { auditDevice } from '../../../electron/shared/auditDevice';
import {
  auditDetails as detailsIn,
  auditRecord as recordIn,
  type AuditRow,
  type AuditTranslate,
} from '../../../electron/shared/auditWords';
import { currentLanguage } from '../../i18n';

export type { AuditRow } from '../../../electron/shared/auditWords';

// The screen's i18next lookup, as the shared audit words ask for it (their keys are built from an entry's action).
const lookup = (t: TFunction): AuditTranslate => t as unknown as AuditTranslate;

/** The Details column in the screen's language (see electron/shared/auditWords.ts). */
export function auditDetails(t: TFunction, row: AuditRow): string {
  return detailsIn(lookup(t), currentLanguage(), row);
}

/** The Record column in the screen's language. */
export function auditRecord(t: TFunction, row: AuditRow): string {
  return recordIn(lookup(t), currentLanguage(), row);
}

/** The PC column: the paired PC's name, an unpaired PC's pairing attempt, or the host PC itself. */
export function deviceWord(t: TFunction, row: { action: string; deviceName: string | null }): string {
  const device = auditDevice(row);
  return device === 'host' ? t('devices.audit.hostPc') : device === 'unpaired' ? t('devices.audit.unpaired') : device.name;
}
