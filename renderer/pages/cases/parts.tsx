import { Badge, Group, Text, TextInput, type TextInputProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDate } from '../../format';
import { asciiDigits } from '../register/labels';
import { dueColors, dueState, riskColors, todayIso, type CaseType, type RiskLevel } from './labels';

/** A date typed as DD/MM/YYYY (Bengali digits too), as ISO, or null when it is not a date. */
export function parseDay(text: string): string | null {
  return parseDate(asciiDigits(text));
}

/** Today as the user types a date: DD/MM/YYYY. */
export function todayText(): string {
  return formatDate(todayIso());
}

/** A DD/MM/YYYY text box; the form parses it when it is submitted. */
export function DateField(props: Omit<TextInputProps, 'placeholder' | 'inputMode'>) {
  return <TextInput placeholder="DD/MM/YYYY" inputMode="numeric" autoComplete="off" maxLength={10} {...props} />;
}

/** A small uppercase heading over a part of a form or page. */
export function SectionTitle({ children, right }: { children: ReactNode; right?: ReactNode }) {
  return (
    <Group justify="space-between" align="center" gap="xs" wrap="nowrap" mb={6}>
      <Text size="xs" fw={700} c="teal" tt="uppercase" style={{ letterSpacing: 0.4 }} component="h3" m={0}>
        {children}
      </Text>
      {right}
    </Group>
  );
}

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
