import { Button, Divider, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { ApiError, call } from '../../api/client';
import { showError } from '../../components/errors';
import { filled } from '../../components/forms';
import { formatDateTime } from '../../format';
import { currentLanguage } from '../../i18n';
import { sessionKeys } from '../../session';
import { PasswordField } from '../admin/PasswordField';
import { WelcomeCard } from '../setup/WelcomeCard';

type Office = ApiResult<'setup.status'>['office'];

const blank = { username: '', password: '' };

/** "Locked until" comes as an ISO timestamp; the user reads it as local DD/MM/YYYY HH:MM. */
function withLocalTime(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const until = error.body.values.until;
  if (typeof until !== 'string' || !until) return error;
  return new ApiError(error.status, { ...error.body, values: { ...error.body.values, until: formatDateTime(until) } });
}

export function LoginPage({ office }: { office: Office }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const required = filled(t('errors.required'));
  const form = useForm({ initialValues: blank, validate: { username: required, password: required } });
  // A language picked on this screen is the user's choice, so it also becomes their saved one.
  const [languagePicked, setLanguagePicked] = useState(false);

  const login = useMutation({
    mutationFn: (values: typeof blank) => call('auth.login', values),
    onSuccess: async (me) => {
      const language = currentLanguage();
      if (languagePicked && me && me.language !== language) {
        await call('auth.setLanguage', { language }).catch(() => undefined);
      }
      await queryClient.invalidateQueries({ queryKey: sessionKeys.me });
    },
    onError: (error) => {
      form.setFieldValue('password', '');
      showError(t, withLocalTime(error), form, ['username', 'password']);
    },
  });

  return (
    <WelcomeCard maw={420} onLanguage={() => setLanguagePicked(true)}>
      {office && (
        <Stack gap={0} mt="md" data-testid="login-office">
          <Text fw={600}>{office.officeName}</Text>
          <Text size="sm" c="dimmed">
            {office.organisation} · {office.block}, {office.district}
          </Text>
        </Stack>
      )}
      <Divider my="md" />
      <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
        <Stack gap="sm">
          <Title order={3}>{t('admin.login.title')}</Title>
          <TextInput label={t('admin.login.username')} autoComplete="username" autoFocus {...form.getInputProps('username')} />
          <PasswordField label={t('admin.login.password')} autoComplete="current-password" {...form.getInputProps('password')} />
          <Button type="submit" fullWidth mt="xs" loading={login.isPending}>
            {t('admin.login.submit')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('admin.login.forgotten')}
          </Text>
        </Stack>
      </form>
    </WelcomeCard>
  );
}
