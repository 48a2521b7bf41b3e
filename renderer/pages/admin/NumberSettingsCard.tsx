import { Alert, Button, Group, Loader, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput, ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { errorText, showError } from '../../components/errors';
import { formatNumber } from '../../format';
import { useFormState } from './formState';
import { auditKeys, settingsKeys } from './keys';

type Settings = ApiResult<'settings.get'>;
/** The office settings an administrator edits through `settings.update`. */
export type AdminSettingKey = keyof ApiInput<'settings.update'> & keyof Settings['values'];

export interface NumberSetting {
  key: AdminSettingKey;
  label: string;
  /** The field's hint, given the default value as the user's digits. */
  hint: (defaultValue: string) => string;
  min: number;
  max: number;
}

interface CardText {
  title: string;
  intro: string;
  save: string;
  saved: string;
}

/**
 * A card of whole-number office settings (session and lockout, attendance thresholds), each with its
 * range and default. `invalidateAll`: the change reaches beyond settings (e.g. every flag is recomputed).
 */
export function NumberSettingsCard({
  text,
  fields,
  invalidateAll = false,
}: {
  text: CardText;
  fields: NumberSetting[];
  invalidateAll?: boolean;
}) {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: settingsKeys.all, queryFn: () => call('settings.get', {}) });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <div>
          <Title order={4}>{text.title}</Title>
          <Text size="sm" c="dimmed">
            {text.intro}
          </Text>
        </div>
        {settings.isPending && <Loader size="sm" />}
        {settings.isError && <Alert color="red">{errorText(t, settings.error)}</Alert>}
        {settings.data && <NumbersForm settings={settings.data} text={text} fields={fields} invalidateAll={invalidateAll} />}
      </Stack>
    </Paper>
  );
}

function NumbersForm({
  settings,
  text,
  fields,
  invalidateAll,
}: {
  settings: Settings;
  text: CardText;
  fields: NumberSetting[];
  invalidateAll: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const keys = fields.map((f) => f.key);
  const form = useFormState<Record<string, string>>(Object.fromEntries(fields.map((f) => [f.key, String(settings.values[f.key])])));

  const save = useMutation({
    mutationFn: (values: Record<string, string>) =>
      call('settings.update', Object.fromEntries(fields.map((f) => [f.key, Number(values[f.key])])) as ApiInput<'settings.update'>),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: text.saved });
      if (invalidateAll) await queryClient.invalidateQueries();
      else
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
            label={field.label}
            description={field.hint(formatNumber(settings.defaults[field.key]))}
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
            {text.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
