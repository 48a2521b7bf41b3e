import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { filled } from '../../components/forms';
import { usersChanged } from './keys';
import { PasswordRules } from './PasswordRules';
import { PasswordField } from './PasswordField';

type User = ApiResult<'users.list'>[number];

/** For a user who forgot their password or locked themselves out. */
export function PasswordResetModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { password: '' }, validate: { password: filled(t('errors.required')) } });

  const reset = useMutation({
    mutationFn: ({ password }: typeof form.values) => call('users.resetPassword', { id: user.id, password }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('admin.users.resetDone', { name: user.fullName }) });
      await usersChanged(queryClient);
      onClose();
    },
    onError: (error) => showError(t, error, form, ['password']),
  });

  return (
    <FormModal
      title={t('admin.users.resetTitle', { name: user.fullName })}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => reset.mutate(values))}
      submitLabel={t('admin.users.reset')}
      pending={reset.isPending}
    >
      <Text size="sm">{t('admin.users.resetIntro', { username: user.username })}</Text>
      <PasswordField
        label={t('admin.users.newPassword')}
        withAsterisk
        autoComplete="new-password"
        data-autofocus
        {...form.getInputProps('password')}
      />
      <PasswordRules password={form.values.password} username={user.username} />
    </FormModal>
  );
}
