import { Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { levelOptions } from './labels';
import { call } from '../../api/client';
import { AddOrEditModal } from '../../components/AddOrEditModal';
import { showError } from '../../components/errors';
import { navigate } from '../../router';
import { DateField, todayText } from '../../components/DateField';
import { SubmitRow } from '../../components/FormModal';
import { chosen, dayOf, filled, readableDay } from '../../components/forms';
import { useSaveConflict } from '../../components/SaveConflict';
import { formatDate } from '../../format';
import { communityKeys, type CommitteePageData } from './queries';

const fields = ['name', 'level', 'area', 'gramPanchayat', 'formedOn'] as const;
type CommitteeInput = ApiInput<'committees.create'>;
type Level = CommitteeInput['level'];
type Committee = CommitteePageData['committee'];

interface Values {
  name: string;
  level: Level | null;
  area: string;
  gramPanchayat: string;
  formedOn: string;
}

function initialValues(committee: Pick<Committee, (typeof fields)[number]> | null): Values {
  return {
    name: committee?.name ?? '',
    level: committee?.level ?? null,
    area: committee?.area ?? '',
    gramPanchayat: committee?.gramPanchayat ?? '',
    formedOn: committee ? formatDate(committee.formedOn) : todayText(),
  };
}

/** Forms a committee (committee = null) or corrects one over the version it read, the conflict dialog answering a stale save. */
function CommitteeFormBody({ committee, onDone }: { committee: Committee | null; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const required = filled(t('errors.required'));
  const form = useForm<Values>({
    initialValues: initialValues(committee),
    validate: { name: required, level: required, area: required, formedOn: readableDay(t('errors.date')) },
  });
  const save = useMutation({
    mutationFn: ({ input, version }: { input: CommitteeInput; version: number | null }) =>
      committee
        ? call('committees.update', { ...input, id: committee.id, version: version ?? committee.version })
        : call('committees.create', input),
    onSuccess: async (row) => {
      notifications.show({
        color: 'teal',
        message: t(committee ? 'community.committees.updated' : 'community.committees.created', { name: row.name }),
      });
      await queryClient.invalidateQueries({ queryKey: communityKeys.all });
      onDone();
      if (!committee) navigate(`/community/committees/${row.id}`);
    },
    onError: (error) => {
      if (!conflict.caught(error)) showError(t, error, form, fields);
    },
  });
  const inputOf = (values: Values): CommitteeInput => ({
    ...values,
    name: values.name.trim(),
    level: chosen(values.level),
    area: values.area.trim(),
    formedOn: dayOf(values.formedOn),
  });
  const conflict = useSaveConflict({
    form,
    version: committee?.version ?? null,
    toValues: (record) => initialValues(record as unknown as Committee),
    fields: {
      name: { label: t('community.committees.fields.name') },
      level: { label: t('community.committees.fields.level'), text: (level) => (level ? t(`community.levels.${level}`) : '') },
      area: { label: t('community.committees.fields.area') },
      gramPanchayat: { label: t('community.committees.fields.gramPanchayat') },
      formedOn: { label: t('community.committees.fields.formedOn') },
    },
    save: (values, version) => save.mutate({ input: inputOf(values), version }),
  });
  const submit = (values: Values) => save.mutate({ input: inputOf(values), version: conflict.version });
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      {conflict.dialog}
      <Stack gap="sm">
        <TextInput label={t('community.committees.fields.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Select label={t('community.committees.fields.level')} withAsterisk data={levelOptions(t)} {...form.getInputProps('level')} />
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

/** A new committee's form, or (given `committee`) the form to correct one, prefilled with what it read. */
export function CommitteeFormModal({
  opened,
  committee = null,
  onClose,
}: {
  opened: boolean;
  committee?: Committee | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AddOrEditModal opened={opened} onClose={onClose} title={t(committee ? 'community.committees.edit' : 'community.committees.add')}>
      {opened && <CommitteeFormBody committee={committee} onDone={onClose} />}
    </AddOrEditModal>
  );
}
