import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { committeeLevels } from '../../../electron/shared/communityVocabulary';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { navigate } from '../../router';
import { DateField, todayText } from '../../components/DateField';
import { SubmitRow } from '../../components/FormModal';
import { chosen, dayOf, filled, readableDay } from '../../components/forms';
import { communityKeys } from './queries';

const fields = ['name', 'level', 'area', 'gramPanchayat', 'formedOn'] as const;
type Level = ApiInput<'committees.create'>['level'];

function CommitteeFormBody({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const required = filled(t('errors.required'));
  const form = useForm({
    initialValues: { name: '', level: null as Level | null, area: '', gramPanchayat: '', formedOn: todayText() },
    validate: { name: required, level: required, area: required, formedOn: readableDay(t('errors.date')) },
  });
  const save = useMutation({
    mutationFn: (input: ApiInput<'committees.create'>) => call('committees.create', input),
    onSuccess: async (row) => {
      notifications.show({ color: 'teal', message: t('community.committees.created', { name: row.name }) });
      await queryClient.invalidateQueries({ queryKey: communityKeys.all });
      onDone();
      navigate(`/community/committees/${row.id}`);
    },
    onError: (error) => showError(t, error, form, fields),
  });
  const submit = (values: typeof form.values) =>
    save.mutate({
      ...values,
      name: values.name.trim(),
      level: chosen(values.level),
      area: values.area.trim(),
      formedOn: dayOf(values.formedOn),
    });
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <TextInput label={t('community.committees.fields.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Select
          label={t('community.committees.fields.level')}
          withAsterisk
          data={committeeLevels.map((l) => ({ value: l, label: t(`community.levels.${l}`) }))}
          {...form.getInputProps('level')}
        />
        <TextInput
          label={t('community.committees.fields.area')}
          description={t('community.committees.fields.areaHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          withAsterisk
          {...form.getInputProps('area')}
        />
        {form.values.level !== 'block' && (
          <TextInput label={t('community.committees.fields.gramPanchayat')} {...form.getInputProps('gramPanchayat')} />
        )}
        <DateField label={t('community.committees.fields.formedOn')} withAsterisk {...form.getInputProps('formedOn')} />
        <SubmitRow label={t('community.committees.save')} pending={save.isPending} />
      </Stack>
    </form>
  );
}

export function CommitteeFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('community.committees.add')}>
      {opened && <CommitteeFormBody onDone={onClose} />}
    </Modal>
  );
}
