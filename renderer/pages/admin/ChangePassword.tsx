import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { auditKeys } from './keys';
import { useFormState } from './formState';
import { PasswordRules } from './PasswordRules';
import { PasswordField } from './PasswordField';

const blank = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangePassword({ username }: { username: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormState(blank);

  const change = useMutation({
    mutationFn: (values: typeof blank) =>
      call('auth.changePassword', { currentPassword: values.currentPassword, newPassword: values.newPassword }),
    onSuccess: async () => {
      form.reset();
      notifications.show({ color: 'teal', message: t('admin.account.changed') });
      await queryClient.invalidateQueries({ queryKey: auditKeys.all });
    },
    onError: (error) => showError(t, error, form, ['currentPassword', 'newPassword']),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.requireFilled(['currentPassword', 'newPassword', 'confirmPassword'], t('errors.required'))) return;
    if (form.values.newPassword !== form.values.confirmPassword) {
      form.setFieldError('confirmPassword', t('admin.password.mismatch'));
      return;
    }
    change.mutate(form.values);
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4}>{t('admin.account.passwordTitle')}</Title>
          <PasswordField label={t('admin.account.currentPassword')} autoComplete="current-password" {...form.text('currentPassword')} />
          <PasswordField label={t('admin.account.newPassword')} autoComplete="new-password" {...form.text('newPassword')} />
          <PasswordField label={t('admin.password.confirm')} autoComplete="new-password" {...form.text('confirmPassword')} />
          <PasswordRules password={form.values.newPassword} username={username} />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('admin.account.change')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
