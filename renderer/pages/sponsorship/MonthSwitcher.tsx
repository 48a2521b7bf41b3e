import { ActionIcon, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addMonths, monthLabel } from './months';

/** ‹ November 2026 › : steps through months, never past the office's current one. */
export function MonthSwitcher({ month, latest, onChange }: { month: string; latest: string | null; onChange: (month: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'bn' ? 'bn' : 'en';
  const next = addMonths(month, 1);
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={t('sponsorship.month.label')}>
      <ActionIcon variant="default" size="lg" aria-label={t('sponsorship.month.previous')} onClick={() => onChange(addMonths(month, -1))}>
        ‹
      </ActionIcon>
      <Text fw={600} miw={150} ta="center" aria-live="polite" data-testid="shown-month">
        {monthLabel(month, lang)}
      </Text>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('sponsorship.month.next')}
        disabled={latest !== null && next > latest}
        onClick={() => onChange(next)}
      >
        ›
      </ActionIcon>
    </Group>
  );
}
