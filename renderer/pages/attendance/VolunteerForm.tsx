import { Button, Group, Modal, Stack, TagsInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { asciiDigits } from '../register/labels';
import { useChildFilters } from '../register/queries';
import { useFieldErrors } from '../register/useFieldErrors';
import type { VolunteerRow } from './labels';
import { attendanceKeys } from './queries';

const fields = ['name', 'phone', 'villages'] as const;
type Field = (typeof fields)[number];

function VolunteerFormBody({ volunteer, onDone }: { volunteer: VolunteerRow | null; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const places = useChildFilters();
  const [name, setName] = useState(volunteer?.name ?? '');
  const [phone, setPhone] = useState(volunteer?.phone ?? '');
  const [villages, setVillages] = useState<string[]>(volunteer?.villages ?? []);
  const form = useFieldErrors<Field>();

  const save = useMutation({
    mutationFn: (input: ApiInput<'volunteers.create'>) =>
      volunteer ? call('volunteers.update', { ...input, id: volunteer.id }) : call('volunteers.create', input),
    onSuccess: async () => {
      notifications.show({
        color: 'teal',
        message: t(volunteer ? 'attendance.volunteers.updated' : 'attendance.volunteers.created', { name }),
      });
      await queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
      onDone();
    },
    onError: (error) => showError(t, error, form, fields),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    if (!name.trim()) {
      form.setFieldError('name', t('errors.required'));
      return;
    }
    save.mutate({ name: name.trim(), phone: asciiDigits(phone).trim(), villages });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('attendance.volunteers.fields.name')}
          withAsterisk
          data-autofocus
          maxLength={120}
          value={name}
          error={form.errors.name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            form.clearFieldError('name');
          }}
        />
        <TextInput
          label={t('attendance.volunteers.fields.phone')}
          type="tel"
          maxLength={20}
          value={phone}
          error={form.errors.phone}
          onChange={(e) => {
            setPhone(e.currentTarget.value);
            form.clearFieldError('phone');
          }}
        />
        <TagsInput
          label={t('attendance.volunteers.fields.villages')}
          description={t('attendance.volunteers.fields.villagesHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data={places.data?.villages ?? []}
          value={villages}
          error={form.errors.villages}
          clearable
          onChange={(v) => {
            setVillages(v);
            form.clearFieldError('villages');
          }}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Adds a volunteer (volunteer = null) or edits one; each opening starts from the saved values. */
export function VolunteerFormModal({
  opened,
  volunteer,
  onClose,
}: {
  opened: boolean;
  volunteer: VolunteerRow | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(volunteer ? 'attendance.volunteers.edit' : 'attendance.volunteers.add')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <VolunteerFormBody key={volunteer?.id ?? 'new'} volunteer={volunteer} onDone={onClose} />
    </Modal>
  );
}
