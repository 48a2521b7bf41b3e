import { Alert, Button, Group, Loader, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { errorText, showError } from '../../components/errors';
import { formatNumber } from '../../format';
import { useFormState } from './formState';
import { settingsKeys } from './keys';

type SettingsData = ApiResult<'settings.get'>;
type ThresholdKey = 'attendanceThresholdPercent' | 'absenceRunDays' | 'fallingMonths';

const fields: {
  key: ThresholdKey;
  hint: 'attendanceThresholdHint' | 'absenceRunHint' | 'fallingMonthsHint';
  min: number;
  max: number;
}[] = [
  { key: 'attendanceThresholdPercent', hint: 'attendanceThresholdHint', min: 1, max: 100 },
  { key: 'absenceRunDays', hint: 'absenceRunHint', min: 2, max: 60 },
  { key: 'fallingMonths', hint: 'fallingMonthsHint', min: 2, max: 12 },
];
const keys = fields.map((f) => f.key);

/** When an imported register puts a child on the worklist; an administrator sets it for the office. */
export function AttendanceSettings() {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: settingsKeys.all, queryFn: () => call('settings.get', {}) });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <div>
          <Title order={4}>{t('admin.attendanceSettings.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('admin.attendanceSettings.intro')}
          </Text>
        </div>
        {settings.isPending && <Loader size="sm" />}
        {settings.isError && <Alert color="red">{errorText(t, settings.error)}</Alert>}
        {settings.data && <ThresholdsForm settings={settings.data} />}
      </Stack>
    </Paper>
  );
}

function ThresholdsForm({ settings }: { settings: SettingsData }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormState<Record<ThresholdKey, string>>({
    attendanceThresholdPercent: String(settings.values.attendanceThresholdPercent),
    absenceRunDays: String(settings.values.absenceRunDays),
    fallingMonths: String(settings.values.fallingMonths),
  });

  const save = useMutation({
    mutationFn: (values: Record<ThresholdKey, string>) =>
      call('settings.update', {
        attendanceThresholdPercent: Number(values.attendanceThresholdPercent),
        absenceRunDays: Number(values.absenceRunDays),
        fallingMonths: Number(values.fallingMonths),
      }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('admin.attendanceSettings.saved') });
      // The worklist, schools' trends and the audit log all changed with the thresholds.
      await queryClient.invalidateQueries();
    },
    onError: (error) => showError(t, error, form, keys),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.requireFilled(keys, t('errors.required'))) save.mutate(form.values);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={460}>
        {fields.map((field) => (
          <NumberInput
            key={field.key}
            label={t(`admin.attendanceSettings.${field.key}`)}
            description={t(`admin.attendanceSettings.${field.hint}`, { value: formatNumber(settings.defaults[field.key]) })}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            min={field.min}
            max={field.max}
            allowDecimal={false}
            allowNegative={false}
            w="100%"
            value={form.values[field.key]}
            error={form.errors[field.key]}
            onChange={(value) => form.setValue(field.key, String(value))}
          />
        ))}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('admin.attendanceSettings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
