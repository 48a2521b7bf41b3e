import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { dueColors, dueState, riskColors, type CaseType, type RiskLevel } from './labels';

export function RiskBadge({ level, size = 'sm' }: { level: RiskLevel; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={riskColors[level]}
      variant={level === 'critical' ? 'filled' : 'light'}
      radius="sm"
      tt="none"
      size={size}
      miw="max-content"
    >
      {t(`cases.riskLevels.${level}`)}
    </Badge>
  );
}

export function TypeBadges({ types, size = 'sm' }: { types: readonly CaseType[]; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {types.map((type) => (
        <Badge
          key={type}
          variant="outline"
          color={type === 'child_marriage' ? 'pink' : 'gray'}
          radius="sm"
          tt="none"
          size={size}
          fw={500}
          miw="max-content"
        >
          {t(`cases.types.${type}`)}
        </Badge>
      ))}
    </Group>
  );
}

export function StatusBadge({ status, size = 'sm' }: { status: 'open' | 'closed'; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={status === 'open' ? 'teal' : 'gray'}
      variant={status === 'open' ? 'light' : 'filled'}
      radius="sm"
      tt="none"
      size={size}
      miw="max-content"
    >
      {t(`cases.status.${status}`)}
    </Badge>
  );
}

/** A due date, red when overdue and orange when due today, with the words for it (not colour alone). */
export function DueDate({ dueOn, size = 'sm' }: { dueOn: string | null; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const state = dueState(dueOn);
  if (!dueOn || !state) return null;
  return (
    <Text span size={size} c={dueColors[state]} fw={state === 'later' ? undefined : 600} style={{ whiteSpace: 'nowrap' }}>
      {formatDate(dueOn)}
      {state !== 'later' && ` · ${t(`cases.due.${state}`)}`}
    </Text>
  );
}
