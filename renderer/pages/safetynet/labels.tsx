import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DepartureLevel } from '../../../electron/shared/safetynetVocabulary';
import { formatDate } from '../../format';

export {
  arrangements,
  checkInMethods,
  checkInOutcomes,
  departureLevels,
  howSureLevels,
  knownAnswers,
  migrationPurposes,
  reportingPointKinds,
  returnConditions,
} from '../../../electron/shared/safetynetVocabulary';
export type {
  Arrangement,
  CheckInOutcome,
  DepartureLevel,
  KnownAnswer,
  MigrationPurpose,
  ReportingPointKind,
} from '../../../electron/shared/safetynetVocabulary';

export const levelColors: Record<DepartureLevel, string> = { high: 'red', medium: 'orange', low: 'gray' };

export function LevelBadge({ level, size = 'sm' }: { level: DepartureLevel; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={levelColors[level]} variant={level === 'high' ? 'filled' : 'light'} radius="sm" tt="none" size={size} miw="max-content">
      {t(`safetynet.levels.${level}`)}
    </Badge>
  );
}

export function CheckInBadge({ status }: { status: 'overdue' | 'due' | 'later' | null }) {
  const { t } = useTranslation();
  if (status === null) return null;
  return (
    <Badge
      color={status === 'overdue' ? 'red' : status === 'due' ? 'yellow' : 'gray'}
      variant="light"
      radius="sm"
      tt="none"
      miw="max-content"
    >
      {t(`safetynet.checkInStatus.${status}`)}
    </Badge>
  );
}

/** A fact the reporter did not know reads "Not known", never as an empty space. */
export function Known({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation();
  return value ? (
    <>{value}</>
  ) : (
    <Text span c="dimmed" fs="italic" size="inherit">
      {t('safetynet.notKnown')}
    </Text>
  );
}

export function knownDate(iso: string | null | undefined): string | null {
  return iso ? formatDate(iso) : null;
}

export function isOneOf<T extends string>(list: readonly T[], value: string | null | undefined): value is T {
  return value !== null && value !== undefined && (list as readonly string[]).includes(value);
}
