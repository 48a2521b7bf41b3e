import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiInput, ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { AddOrEditModal } from '../../components/AddOrEditModal';
import { showError } from '../../components/errors';
import { FormForFields } from '../../components/FormModal';
import { chosen } from '../../components/forms';
import { useSaveConflict } from '../../components/SaveConflict';
import { asciiDigits, schoolTypes, type SchoolType } from './labels';
import { registerKeys } from './queries';

export type SchoolRow = ApiResult<'schools.list'>[number];

type SchoolInput = ApiInput<'schools.create'>;
const fields = ['name', 'udise', 'type', 'gramPanchayat', 'village', 'headTeacher', 'phone'] as const;

interface Values {
  name: string;
  udise: string;
  type: SchoolType | null;
  gramPanchayat: string;
  village: string;
  headTeacher: string;
  phone: string;
}

/** What a new school's form starts with when another screen knows it (the name and UDISE a register gives). */
export interface SchoolPrefill {
  name: string;
  udise: string;
}

function initialValues(school: SchoolRow | null, prefill?: SchoolPrefill): Values {
  return {
    name: school?.name ?? prefill?.name ?? '',
    udise: school?.udise ?? prefill?.udise ?? '',
    type: school?.type ?? null,
    gramPanchayat: school?.gramPanchayat ?? '',
    village: school?.village ?? '',
    headTeacher: school?.headTeacher ?? '',
    phone: school?.phone ?? '',
  };
}

function SchoolFormBody({
  school,
  prefill,
  onDone,
  onSaved,
}: {
  school: SchoolRow | null;
  prefill?: SchoolPrefill;
  onDone: () => void;
  onSaved?: (row: { id: number; name: string; udise: string }) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: initialValues(school, prefill),
    // The server names every other field's problem; a type not chosen yet is said in the form's own words.
    validate: { type: (type) => (type ? null : t('errors.schoolType')) },
  });

  const save = useMutation({
    mutationFn: ({ input, version }: { input: SchoolInput; version: number | null }) =>
      school ? call('schools.update', { ...input, id: school.id, version: version ?? school.version }) : call('schools.create', input),
    onSuccess: (row) => {
      void queryClient.invalidateQueries({ queryKey: registerKeys.all });
      notifications.show({
        color: 'teal',
        message: t(school ? 'register.schools.updated' : 'register.schools.created', { name: row.name }),
      });
      onSaved?.(row);
      onDone();
    },
    onError: (error) => {
      if (!conflict.caught(error)) showError(t, error, form, fields);
    },
  });

  const inputOf = (values: Values): SchoolInput => ({
    ...values,
    type: chosen(values.type),
    udise: asciiDigits(values.udise).trim(),
    phone: asciiDigits(values.phone),
  });
  const conflict = useSaveConflict({
    form,
    version: school?.version ?? null,
    toValues: (record) => initialValues(record as unknown as SchoolRow),
    fields: {
      name: { label: t('register.schools.fields.name') },
      udise: { label: t('register.schools.fields.udise') },
      type: { label: t('register.schools.fields.type'), text: (type) => (type ? t(`register.schoolTypes.${type}`) : '') },
      gramPanchayat: { label: t('register.schools.fields.gramPanchayat') },
      village: { label: t('register.schools.fields.village') },
      headTeacher: { label: t('register.schools.fields.headTeacher') },
      phone: { label: t('register.schools.fields.phone') },
    },
    save: (values, version) => save.mutate({ input: inputOf(values), version }),
  });

  const submit = (values: Values) => save.mutate({ input: inputOf(values), version: conflict.version });

  return (
    <FormForFields onSubmit={form.onSubmit(submit)} onCancel={onDone} submitLabel={t('common.save')} pending={save.isPending}>
      {conflict.dialog}
      <TextInput label={t('register.schools.fields.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          label={t('register.schools.fields.udise')}
          withAsterisk
          description={t('register.schools.fields.udiseHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          inputMode="numeric"
          maxLength={11}
          styles={{ input: { fontVariantNumeric: 'tabular-nums', letterSpacing: 1 } }}
          {...form.getInputProps('udise')}
        />
        <Select
          label={t('register.schools.fields.type')}
          withAsterisk
          placeholder={t('register.schools.fields.typePlaceholder')}
          data={schoolTypes.map((type) => ({ value: type, label: t(`register.schoolTypes.${type}`) }))}
          allowDeselect={false}
          {...form.getInputProps('type')}
        />
        <TextInput label={t('register.schools.fields.gramPanchayat')} {...form.getInputProps('gramPanchayat')} />
        <TextInput label={t('register.schools.fields.village')} {...form.getInputProps('village')} />
        <TextInput label={t('register.schools.fields.headTeacher')} {...form.getInputProps('headTeacher')} />
        <TextInput label={t('register.schools.fields.phone')} type="tel" {...form.getInputProps('phone')} />
      </SimpleGrid>
    </FormForFields>
  );
}

/** Adds a school (school = null) or edits one; the content unmounts on close, so each opening starts fresh. */
export function SchoolFormModal({
  opened,
  school,
  prefill,
  onClose,
  onSaved,
}: {
  opened: boolean;
  school: SchoolRow | null;
  prefill?: SchoolPrefill;
  onClose: () => void;
  onSaved?: (row: { id: number; name: string; udise: string }) => void;
}) {
  const { t } = useTranslation();
  return (
    <AddOrEditModal opened={opened} onClose={onClose} title={t(school ? 'register.schools.edit' : 'register.schools.add')} size="lg">
      <SchoolFormBody school={school} prefill={prefill} onDone={onClose} onSaved={onSaved} />
    </AddOrEditModal>
  );
}
