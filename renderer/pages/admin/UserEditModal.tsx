import { Select, Switch, Text, TextInput } from '@mantine/core';
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
import { roleOptions } from './roles';

type User = ApiResult<'users.list'>[number];

const apiFields = ['fullName', 'role', 'active'] as const;

export function UserEditModal({ user, isSelf, onClose }: { user: User; isSelf: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { fullName: user.fullName, role: user.role, active: user.active },
    validate: { fullName: filled(t('errors.required')) },
  });

  const update = useMutation({
    mutationFn: (values: typeof form.values) => call('users.update', { ...values, id: user.id }),
    onSuccess: async (saved) => {
      notifications.show({ color: 'teal', message: t('admin.users.updated', { name: saved.fullName }) });
      await usersChanged(queryClient);
      onClose();
    },
    onError: (error) => showError(t, error, form, apiFields),
  });

  return (
    <FormModal
      title={t('admin.users.editTitle', { name: user.fullName })}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => update.mutate(values))}
      submitLabel={t('common.save')}
      pending={update.isPending}
    >
      <TextInput label={t('admin.users.username')} value={user.username} readOnly variant="filled" />
      <TextInput label={t('admin.users.fullName')} withAsterisk data-autofocus {...form.getInputProps('fullName')} />
      <Select label={t('admin.users.role')} data={roleOptions(t)} allowDeselect={false} disabled={isSelf} {...form.getInputProps('role')} />
      <Switch
        label={t('admin.users.activeSwitch')}
        description={t('admin.users.activeHint')}
        disabled={isSelf}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
      {isSelf && (
        <Text size="sm" c="dimmed">
          {t('admin.users.selfHint')}
        </Text>
      )}
    </FormModal>
  );
}
