import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { formatNumber } from '../../format';
import { settingsKeys } from '../admin/keys';
import { TitledPanel } from '../../components/TitledPanel';
import { sponsorshipKeys } from './queries';
import { NumberField } from '../../components/NumberField';
import { hintBelow } from '../../components/fieldHint';

const fields = ['arrearsPastDueDays', 'arrearsLapsedMonths', 'arrearsEndedMonths'] as const;
type Field = (typeof fields)[number];
type Values = Record<Field, number>;

function ThresholdsForm({ saved, defaults, writes }: { saved: Values; defaults: Values; writes: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: saved });

  const update = useMutation({
    mutationFn: (input: Values) => call('sponsorship.settings.update', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: settingsKeys.all });
      void queryClient.invalidateQueries({ queryKey: sponsorshipKeys.all });
      notifications.show({ color: 'teal', message: t('sponsorship.thresholds.saved') });
    },
    onError: (error) => showError(t, error, form, fields),
  });

  const input = (field: Field, label: string, unit: string) => (
    <NumberField
      label={label}
      {...hintBelow(t('sponsorship.thresholds.default', { value: formatNumber(defaults[field]) }))}
      rightSection={
        <Text size="xs" c="dimmed" pr={8}>
          {unit}
        </Text>
      }
      rightSectionWidth={70}
      disabled={!writes}
      {...form.getInputProps(field)}
      onChange={(v) => form.setFieldValue(field, Number(v) || 0)}
    />
  );

  return (
    <form onSubmit={form.onSubmit((values) => update.mutate(values))} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {input('arrearsPastDueDays', t('sponsorship.thresholds.pastDueDays'), t('sponsorship.thresholds.days'))}
          {input('arrearsLapsedMonths', t('sponsorship.thresholds.lapsedMonths'), t('sponsorship.thresholds.months'))}
          {input('arrearsEndedMonths', t('sponsorship.thresholds.endedMonths'), t('sponsorship.thresholds.months'))}
        </SimpleGrid>
        {writes && (
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              {t('sponsorship.thresholds.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** When a sponsor counts as past due, and when the due list suggests lapsing or ending: the coordinator's thresholds. */
export function ArrearsSettingsCard({ writes }: { writes: boolean }) {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: settingsKeys.all, queryFn: () => call('settings.get', {}) });
  const v = settings.data?.values;
  const d = settings.data?.defaults;
  return (
    <TitledPanel title={t('sponsorship.thresholds.title')}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('sponsorship.thresholds.explain')}
      </Text>
      {v && d && (
        <ThresholdsForm
          key={`${v.arrearsPastDueDays}-${v.arrearsLapsedMonths}-${v.arrearsEndedMonths}`}
          saved={{
            arrearsPastDueDays: v.arrearsPastDueDays,
            arrearsLapsedMonths: v.arrearsLapsedMonths,
            arrearsEndedMonths: v.arrearsEndedMonths,
          }}
          defaults={{
            arrearsPastDueDays: d.arrearsPastDueDays,
            arrearsLapsedMonths: d.arrearsLapsedMonths,
            arrearsEndedMonths: d.arrearsEndedMonths,
          }}
          writes={writes}
        />
      )}
    </TitledPanel>
  );
}
