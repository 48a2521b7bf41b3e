import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WordBadge } from '../../components/WordBadge';
import { formatDate } from '../../format';
import { dueColors, dueState, riskColors, type CaseType, type RiskLevel } from './labels';

export function RiskBadge({ level, size = 'sm' }: { level: RiskLevel; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <WordBadge color={riskColors[level]} variant={level === 'critical' ? 'filled' : 'light'} size={size}>
      {t(`cases.riskLevels.${level}`)}
    </WordBadge>
  );
}

export function TypeBadges({ types, size = 'sm' }: { types: readonly CaseType[]; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {types.map((type) => (
        <WordBadge key={type} variant="outline" color={type === 'child_marriage' ? 'pink' : 'gray'} size={size} fw={500}>
          {t(`cases.types.${type}`)}
        </WordBadge>
      ))}
    </Group>
  );
}

export function StatusBadge({ status, size = 'sm' }: { status: 'open' | 'closed'; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <WordBadge color={status === 'open' ? 'teal' : 'gray'} variant={status === 'open' ? 'light' : 'filled'} size={size}>
      {t(`cases.status.${status}`)}
    </WordBadge>
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
