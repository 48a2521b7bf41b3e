import { Alert, Button, Group, Loader, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { errorText, showError } from '../../components/errors';
import { formatNumber } from '../../format';
import { auditKeys, settingsKeys } from './keys';
import { useFormState } from './formState';

type OfficeSettingsData = ApiResult<'settings.get'>;
/** The security settings this form edits; each area's thresholds are edited on that area's screens. */
type SettingKey = 'sessionTimeoutMinutes' | 'lockoutAttempts' | 'lockoutMinutes';

const fields: {
  key: SettingKey;
  label: 'sessionTimeoutMinutes' | 'lockoutAttempts' | 'lockoutMinutes';
  hint: 'sessionTimeoutHint' | 'lockoutAttemptsHint' | 'lockoutMinutesHint';
  min: number;
  max: number;
}[] = [
  { key: 'sessionTimeoutMinutes', label: 'sessionTimeoutMinutes', hint: 'sessionTimeoutHint', min: 5, max: 480 },
  { key: 'lockoutAttempts', label: 'lockoutAttempts', hint: 'lockoutAttemptsHint', min: 3, max: 20 },
  { key: 'lockoutMinutes', label: 'lockoutMinutes', hint: 'lockoutMinutesHint', min: 1, max: 1440 },
];
const keys = fields.map((f) => f.key);

/** Session timeout and lockout, for an administrator; they apply to everyone in the office. */
export function OfficeSettings() {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: settingsKeys.all, queryFn: () => call('settings.get', {}) });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <div>
          <Title order={4}>{t('admin.settings.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('admin.settings.intro')}
          </Text>
        </div>
        {settings.isPending && <Loader size="sm" />}
        {settings.isError && <Alert color="red">{errorText(t, settings.error)}</Alert>}
        {settings.data && <SettingsForm settings={settings.data} />}
      </Stack>
    </Paper>
  );
}

function SettingsForm({ settings }: { settings: OfficeSettingsData }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormState<Record<SettingKey, string>>({
    sessionTimeoutMinutes: String(settings.values.sessionTimeoutMinutes),
    lockoutAttempts: String(settings.values.lockoutAttempts),
    lockoutMinutes: String(settings.values.lockoutMinutes),
  });

  const save = useMutation({
    mutationFn: (values: Record<SettingKey, string>) =>
      call('settings.update', {
        sessionTimeoutMinutes: Number(values.sessionTimeoutMinutes),
        lockoutAttempts: Number(values.lockoutAttempts),
        lockoutMinutes: Number(values.lockoutMinutes),
      }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('admin.settings.saved') });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: settingsKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]);
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
            label={t(`admin.settings.${field.label}`)}
            description={t(`admin.settings.${field.hint}`, { value: formatNumber(settings.defaults[field.key]) })}
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
            {t('admin.settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
