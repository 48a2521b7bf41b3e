import { Alert, Button, Group, Loader, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput, ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { errorText, showError } from '../../components/errors';
import { filled } from '../../components/forms';
import { formatNumber } from '../../format';
import { auditKeys, settingsKeys } from './keys';
import { NumberField } from '../../components/NumberField';

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

/** Before saving: the question to ask about what the change does, or null to save at once. */
export type ConfirmChange = (values: Record<string, number>) => Promise<string | null>;

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
  confirmChange,
}: {
  text: CardText;
  fields: NumberSetting[];
  invalidateAll?: boolean;
  confirmChange?: ConfirmChange;
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
        {settings.data && (
          <NumbersForm settings={settings.data} text={text} fields={fields} invalidateAll={invalidateAll} confirmChange={confirmChange} />
        )}
      </Stack>
    </Paper>
  );
}

function NumbersForm({
  settings,
  text,
  fields,
  invalidateAll,
  confirmChange,
}: {
  settings: Settings;
  text: CardText;
  fields: NumberSetting[];
  invalidateAll: boolean;
  confirmChange: ConfirmChange | undefined;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const keys = fields.map((f) => f.key);
  const required = filled(t('errors.required'));
  const form = useForm<Record<string, string>>({
    initialValues: Object.fromEntries(fields.map((f) => [f.key, String(settings.values[f.key])])),
    validate: Object.fromEntries(fields.map((f) => [f.key, (typed: string) => required(typed) ?? rangeError(f, typed)])),
  });

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

  const [question, setQuestion] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  // Out of range is refused at the field as it is typed, never clamped to the nearest allowed value.
  function rangeError(field: NumberSetting, raw = form.values[field.key]): string | null {
    if (raw === undefined || raw === '') return null;
    const n = Number(raw);
    return Number.isInteger(n) && n >= field.min && n <= field.max
      ? null
      : t('errors.numberRange', { min: formatNumber(field.min), max: formatNumber(field.max) });
  }
  const submit = async (values: Record<string, string>) => {
    if (!confirmChange) return save.mutate(values);
    setChecking(true);
    try {
      const asked = await confirmChange(Object.fromEntries(fields.map((f) => [f.key, Number(values[f.key])])));
      if (asked === null) save.mutate(values);
      else setQuestion(asked);
    } catch (error) {
      showError(t, error, form, keys);
    } finally {
      setChecking(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="sm" maw={460}>
        {fields.map((field) => (
          <NumberField
            key={field.key}
            label={field.label}
            description={field.hint(formatNumber(settings.defaults[field.key]))}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            w="100%"
            value={form.values[field.key]}
            error={rangeError(field) ?? form.errors[field.key]}
            onChange={(value) => form.setFieldValue(field.key, value)}
          />
        ))}
        <Group>
          <Button type="submit" loading={save.isPending || checking}>
            {text.save}
          </Button>
        </Group>
      </Stack>
      <Modal opened={question !== null} onClose={() => setQuestion(null)} title={text.save} centered>
        <Text size="sm" data-testid="settings-change-question">
          {question}
        </Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setQuestion(null)}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => {
              setQuestion(null);
              save.mutate(form.values);
            }}
          >
            {text.save}
          </Button>
        </Group>
      </Modal>
    </form>
  );
}
