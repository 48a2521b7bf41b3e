import { TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { AddOrEditModal } from '../../components/AddOrEditModal';
import { showError } from '../../components/errors';
import { FormForFields } from '../../components/FormModal';
import { asciiDigits } from '../register/labels';
import { useChildFilters } from '../register/queries';
import type { VolunteerRow } from './labels';
import { attendanceKeys } from './queries';

const fields = ['name', 'phone', 'villages'] as const;

function VolunteerFormBody({ volunteer, onDone }: { volunteer: VolunteerRow | null; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const places = useChildFilters();
  const form = useForm({
    initialValues: { name: volunteer?.name ?? '', phone: volunteer?.phone ?? '', villages: volunteer?.villages ?? [] },
  });

  const save = useMutation({
    mutationFn: (values: typeof form.values) => {
      const input = { ...values, phone: asciiDigits(values.phone) };
      return volunteer ? call('volunteers.update', { ...input, id: volunteer.id }) : call('volunteers.create', input);
    },
    onSuccess: async (_saved, values) => {
      notifications.show({
        color: 'teal',
        message: t(volunteer ? 'attendance.volunteers.updated' : 'attendance.volunteers.created', { name: values.name.trim() }),
      });
      await queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
      onDone();
    },
    onError: (error) => showError(t, error, form, fields),
  });

  return (
    <FormForFields
      onSubmit={form.onSubmit((values) => save.mutate(values))}
      onCancel={onDone}
      submitLabel={t('common.save')}
      pending={save.isPending}
    >
      <TextInput
        label={t('attendance.volunteers.fields.name')}
        withAsterisk
        data-autofocus
        maxLength={120}
        {...form.getInputProps('name')}
      />
      <TextInput label={t('attendance.volunteers.fields.phone')} type="tel" maxLength={20} {...form.getInputProps('phone')} />
      <TagsInput
        label={t('attendance.volunteers.fields.villages')}
        description={t('attendance.volunteers.fields.villagesHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        data={places.data?.villages ?? []}
        clearable
        {...form.getInputProps('villages')}
      />
    </FormForFields>
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
    <AddOrEditModal opened={opened} onClose={onClose} title={t(volunteer ? 'attendance.volunteers.edit' : 'attendance.volunteers.add')}>
      <VolunteerFormBody key={volunteer?.id ?? 'new'} volunteer={volunteer} onDone={onClose} />
    </AddOrEditModal>
  );
}
