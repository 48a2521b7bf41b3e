import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { filled } from '../../components/forms';
import { auditKeys } from './keys';
import { PasswordRules } from './PasswordRules';
import { PasswordField } from './PasswordField';

const blank = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangePassword({ username }: { username: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const required = filled(t('errors.required'));
  const form = useForm({
    initialValues: blank,
    validate: {
      currentPassword: required,
      newPassword: required,
      confirmPassword: (confirm, values) => required(confirm) ?? (confirm === values.newPassword ? null : t('admin.password.mismatch')),
    },
  });

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

  return (
    <Paper withBorder p="md">
      <form onSubmit={form.onSubmit((values) => change.mutate(values))} noValidate>
        <Stack gap="sm">
          <Title order={4}>{t('admin.account.passwordTitle')}</Title>
          <PasswordField
            label={t('admin.account.currentPassword')}
            autoComplete="current-password"
            {...form.getInputProps('currentPassword')}
          />
          <PasswordField label={t('admin.account.newPassword')} autoComplete="new-password" {...form.getInputProps('newPassword')} />
          <PasswordField label={t('admin.password.confirm')} autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
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
