import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { useFormState } from './formState';
import { auditKeys, usersKeys } from './keys';
import { PasswordRules } from './PasswordRules';
import { PasswordField } from './PasswordField';

type User = ApiResult<'users.list'>[number];

const blank = { password: '' };

/** For a user who forgot their password or locked themselves out. */
export function PasswordResetModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormState(blank);

  const reset = useMutation({
    mutationFn: (password: string) => call('users.resetPassword', { id: user.id, password }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('admin.users.resetDone', { name: user.fullName }) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: usersKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]);
      onClose();
    },
    onError: (error) => showError(t, error, form, ['password']),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.requireFilled(['password'], t('errors.required'))) reset.mutate(form.values.password);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('admin.users.resetTitle', { name: user.fullName })}
      size="md"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('admin.users.resetIntro', { username: user.username })}</Text>
          <PasswordField
            label={t('admin.users.newPassword')}
            withAsterisk
            autoComplete="new-password"
            data-autofocus
            {...form.text('password')}
          />
          <PasswordRules password={form.values.password} username={user.username} />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending}>
              {t('admin.users.reset')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
