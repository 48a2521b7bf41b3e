import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { stakeholderCategories } from '../../../electron/shared/communityVocabulary';
import type { ApiInput } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { useFieldErrors } from '../register/useFieldErrors';
import { asciiDigits } from '../register/labels';
import { communityKeys, type StakeholderRow } from './queries';

const fields = ['name', 'sex', 'category', 'designation', 'institution', 'gramPanchayat', 'village', 'phone'] as const;
type Field = (typeof fields)[number];
type Sex = ApiInput<'stakeholders.create'>['sex'];
type Category = ApiInput<'stakeholders.create'>['category'];

function StakeholderFormBody({ onSaved, defaultCategory }: { onSaved: (row: StakeholderRow) => void; defaultCategory?: Category }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFieldErrors<Field>();
  const [values, setValues] = useState<Record<Field, string>>({
    name: '',
    sex: '',
    category: defaultCategory ?? '',
    designation: '',
    institution: '',
    gramPanchayat: '',
    village: '',
    phone: '',
  });
  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    form.clearFieldError(field);
  };
  const save = useMutation({
    mutationFn: (input: ApiInput<'stakeholders.create'>) => call('stakeholders.create', input),
    onSuccess: async (row) => {
      notifications.show({ color: 'teal', message: t('community.stakeholders.created', { name: row.name }) });
      await queryClient.invalidateQueries({ queryKey: communityKeys.all });
      onSaved(row);
    },
    onError: (error) => showError(t, error, form, fields),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    const missing = (['name', 'sex', 'category'] as const).filter((f) => !values[f].trim());
    missing.forEach((f) => form.setFieldError(f, t('errors.required')));
    if (missing.length) return;
    save.mutate({
      name: values.name.trim(),
      sex: values.sex as Sex,
      category: values.category as Category,
      designation: values.designation,
      institution: values.institution,
      gramPanchayat: values.gramPanchayat,
      village: values.village,
      phone: asciiDigits(values.phone).trim(),
    });
  };
  const text = (field: Field, label: string, extra: { withAsterisk?: boolean; type?: string } = {}) => (
    <TextInput
      label={label}
      {...extra}
      value={values[field]}
      error={form.errors[field]}
      onChange={(e) => set(field, e.currentTarget.value)}
    />
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {text('name', t('community.person.name'), { withAsterisk: true })}
        <SimpleGrid cols={2}>
          <Select
            label={t('community.person.sex')}
            withAsterisk
            data={(['female', 'male', 'other'] as const).map((s) => ({ value: s, label: t(`community.sexes.${s}`) }))}
            value={values.sex || null}
            error={form.errors.sex}
            onChange={(v) => set('sex', v ?? '')}
          />
          <Select
            label={t('community.person.category')}
            withAsterisk
            searchable
            data={stakeholderCategories.map((c) => ({ value: c, label: t(`community.categories.${c}`) }))}
            value={values.category || null}
            error={form.errors.category}
            onChange={(v) => set('category', v ?? '')}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          {text('designation', t('community.person.designation'))}
          {text('institution', t('community.person.institution'))}
          {text('gramPanchayat', t('community.person.gramPanchayat'))}
          {text('village', t('community.person.village'))}
        </SimpleGrid>
        {text('phone', t('community.person.phone'), { type: 'tel' })}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('community.stakeholders.save')}
          </Button>
        </Group>
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
