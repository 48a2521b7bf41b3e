import { Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { hintBelow } from '../../components/fieldHint';
import { FormModal } from '../../components/FormModal';
import { chosen, filled } from '../../components/forms';
import { usersChanged } from './keys';
import { PasswordRules } from './PasswordRules';
import { roleOptions, type Role } from './roles';
import { PasswordField } from './PasswordField';

const apiFields = ['fullName', 'username', 'role', 'password'] as const;

export function UserCreateModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const required = filled(t('errors.required'));
  const form = useForm({
    initialValues: { fullName: '', username: '', role: null as Role | null, password: '' },
    validate: { fullName: required, username: required, role: filled(t('errors.role')), password: required },
  });

  const create = useMutation({
    mutationFn: (values: typeof form.values) => call('users.create', { ...values, role: chosen(values.role) }),
    onSuccess: async (user) => {
      notifications.show({ color: 'teal', message: t('admin.users.created', { name: user.fullName, username: user.username }) });
      await usersChanged(queryClient);
      onClose();
    },
    onError: (error) => showError(t, error, form, apiFields),
  });

  return (
    <FormModal
      title={t('admin.users.addTitle')}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => create.mutate(values))}
      submitLabel={t('admin.users.create')}
      pending={create.isPending}
    >
      <TextInput label={t('admin.users.fullName')} withAsterisk data-autofocus {...form.getInputProps('fullName')} />
      <TextInput
        label={t('admin.users.username')}
        {...hintBelow(t('admin.setup.usernameHint'))}
        withAsterisk
        autoComplete="off"
        {...form.getInputProps('username')}
      />
      <Select
        label={t('admin.users.role')}
        placeholder={t('admin.users.rolePlaceholder')}
        withAsterisk
        data={roleOptions(t)}
        allowDeselect={false}
        {...form.getInputProps('role')}
      />
      <PasswordField
        label={t('admin.users.initialPassword')}
        {...hintBelow(t('admin.users.initialPasswordHint'))}
        withAsterisk
        autoComplete="new-password"
        {...form.getInputProps('password')}
      />
      <PasswordRules password={form.values.password} username={form.values.username} />
    </FormModal>
  );
}
