import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { useFormState } from './formState';
import { auditKeys, usersKeys } from './keys';
import { PasswordRules } from './PasswordRules';
import { isRole, roleOptions } from './roles';
import { PasswordField } from './PasswordField';

const blank = { fullName: '', username: '', role: '', password: '' };
const apiFields = ['fullName', 'username', 'role', 'password'] as const;

export function UserCreateModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormState(blank);

  const create = useMutation({
    mutationFn: (values: typeof blank) => {
      if (!isRole(values.role)) throw new Error(t('errors.role'));
      return call('users.create', { fullName: values.fullName, username: values.username, role: values.role, password: values.password });
    },
    onSuccess: async (user) => {
      notifications.show({ color: 'teal', message: t('admin.users.created', { name: user.fullName, username: user.username }) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: usersKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]);
      onClose();
    },
    onError: (error) => showError(t, error, form, apiFields),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = form.requireFilled(['fullName', 'username', 'password'], t('errors.required'));
    if (!isRole(form.values.role)) form.setFieldError('role', t('errors.role'));
    else if (filled) create.mutate(form.values);
  };

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common.close') }} title={t('admin.users.addTitle')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('admin.users.fullName')} withAsterisk data-autofocus {...form.text('fullName')} />
          <TextInput
            label={t('admin.users.username')}
            description={t('admin.setup.usernameHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            withAsterisk
            autoComplete="off"
            {...form.text('username')}
          />
          <Select
            label={t('admin.users.role')}
            placeholder={t('admin.users.rolePlaceholder')}
            withAsterisk
            data={roleOptions(t)}
            value={form.values.role || null}
            onChange={(value) => form.setValue('role', value ?? '')}
            error={form.errors.role}
            allowDeselect={false}
          />
          <PasswordField
            label={t('admin.users.initialPassword')}
            description={t('admin.users.initialPasswordHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            withAsterisk
            autoComplete="new-password"
            {...form.text('password')}
          />
          <PasswordRules password={form.values.password} username={form.values.username} />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('admin.users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
