import { Button, Group, Modal, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { useFormState } from './formState';
import { auditKeys, usersKeys } from './keys';
import { isRole, roleOptions } from './roles';

type User = ApiResult<'users.list'>[number];

const apiFields = ['fullName', 'role'] as const;

export function UserEditModal({ user, isSelf, onClose }: { user: User; isSelf: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormState<{ fullName: string; role: string }>({ fullName: user.fullName, role: user.role });
  const [active, setActive] = useState(user.active);

  const update = useMutation({
    mutationFn: (values: { fullName: string; role: string }) => {
      if (!isRole(values.role)) throw new Error(t('errors.role'));
      return call('users.update', { id: user.id, fullName: values.fullName, role: values.role, active });
    },
    onSuccess: async (saved) => {
      notifications.show({ color: 'teal', message: t('admin.users.updated', { name: saved.fullName }) });
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
    if (form.requireFilled(['fullName'], t('errors.required'))) update.mutate(form.values);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('admin.users.editTitle', { name: user.fullName })}
      size="md"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('admin.users.username')} value={user.username} readOnly variant="filled" />
          <TextInput label={t('admin.users.fullName')} withAsterisk data-autofocus {...form.text('fullName')} />
          <Select
            label={t('admin.users.role')}
            data={roleOptions(t)}
            value={form.values.role}
            onChange={(value) => form.setValue('role', value ?? '')}
            error={form.errors.role}
            allowDeselect={false}
            disabled={isSelf}
          />
          <Switch
            label={t('admin.users.activeSwitch')}
            description={t('admin.users.activeHint')}
            checked={active}
            onChange={(event) => setActive(event.currentTarget.checked)}
            disabled={isSelf}
          />
          {isSelf && (
            <Text size="sm" c="dimmed">
              {t('admin.users.selfHint')}
            </Text>
          )}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
