import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { stakeholderCategories } from '../../../electron/shared/communityVocabulary';
import type { ApiInput } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { SubmitRow } from '../../components/FormModal';
import { chosen, filled } from '../../components/forms';
import { asciiDigits } from '../register/labels';
import { communityKeys, type StakeholderRow } from './queries';

const fields = ['name', 'sex', 'category', 'designation', 'institution', 'gramPanchayat', 'village', 'phone'] as const;
type TextField = Exclude<(typeof fields)[number], 'sex' | 'category'>;
type Sex = ApiInput<'stakeholders.create'>['sex'];
type Category = ApiInput<'stakeholders.create'>['category'];

function StakeholderFormBody({ onSaved, defaultCategory }: { onSaved: (row: StakeholderRow) => void; defaultCategory?: Category }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const required = filled(t('errors.required'));
  const form = useForm({
    initialValues: {
      name: '',
      sex: null as Sex | null,
      category: defaultCategory ?? (null as Category | null),
      designation: '',
      institution: '',
      gramPanchayat: '',
      village: '',
      phone: '',
    },
    validate: { name: required, sex: required, category: required },
  });
  const save = useMutation({
    mutationFn: (input: ApiInput<'stakeholders.create'>) => call('stakeholders.create', input),
    onSuccess: async (row) => {
      notifications.show({ color: 'teal', message: t('community.stakeholders.created', { name: row.name }) });
      await queryClient.invalidateQueries({ queryKey: communityKeys.all });
      onSaved(row);
    },
    onError: (error) => showError(t, error, form, fields),
  });
  const submit = (values: typeof form.values) =>
    save.mutate({
      ...values,
      name: values.name.trim(),
      sex: chosen(values.sex),
      category: chosen(values.category),
      phone: asciiDigits(values.phone).trim(),
    });
  const text = (field: TextField, label: string, extra: { withAsterisk?: boolean; type?: string } = {}) => (
    <TextInput label={label} {...extra} {...form.getInputProps(field)} />
  );
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        {text('name', t('community.person.name'), { withAsterisk: true })}
        <SimpleGrid cols={2}>
          <Select
            label={t('community.person.sex')}
            withAsterisk
            data={(['female', 'male', 'other'] as const).map((s) => ({ value: s, label: t(`community.sexes.${s}`) }))}
            {...form.getInputProps('sex')}
          />
          <Select
            label={t('community.person.category')}
            withAsterisk
            searchable
            data={stakeholderCategories.map((c) => ({ value: c, label: t(`community.categories.${c}`) }))}
            {...form.getInputProps('category')}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          {text('designation', t('community.person.designation'))}
          {text('institution', t('community.person.institution'))}
          {text('gramPanchayat', t('community.person.gramPanchayat'))}
          {text('village', t('community.person.village'))}
        </SimpleGrid>
        {text('phone', t('community.person.phone'), { type: 'tel' })}
        <SubmitRow label={t('community.stakeholders.save')} pending={save.isPending} />
      </Stack>
    </form>
  );
}

/** Adds a person to the stakeholders' register: an official, or anyone of the community met by name. */
export function StakeholderFormModal(props: {
  opened: boolean;
  onClose: () => void;
  onSaved?: (row: StakeholderRow) => void;
  defaultCategory?: Category;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('community.stakeholders.add')} size="lg">
      {props.opened && (
        <StakeholderFormBody
          defaultCategory={props.defaultCategory}
          onSaved={(row) => {
            props.onSaved?.(row);
            props.onClose();
          }}
        />
      )}
    </Modal>
  );
}
