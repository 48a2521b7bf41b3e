import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput, ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { asciiDigits, schoolTypes, type SchoolType } from './labels';
import { registerKeys } from './queries';
import { useFieldErrors } from './useFieldErrors';

export type SchoolRow = ApiResult<'schools.list'>[number];

type SchoolInput = ApiInput<'schools.create'>;
type Field = 'name' | 'udise' | 'type' | 'gramPanchayat' | 'village' | 'headTeacher' | 'phone';
const fields: readonly Field[] = ['name', 'udise', 'type', 'gramPanchayat', 'village', 'headTeacher', 'phone'];

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
  const [values, setValues] = useState<Values>(() => initialValues(school, prefill));
  const form = useFieldErrors<Field>();

  const save = useMutation({
    mutationFn: (input: SchoolInput) => (school ? call('schools.update', { ...input, id: school.id }) : call('schools.create', input)),
    onSuccess: (row) => {
      void queryClient.invalidateQueries({ queryKey: registerKeys.all });
      notifications.show({
        color: 'teal',
        message: t(school ? 'register.schools.updated' : 'register.schools.created', { name: row.name }),
      });
      onSaved?.(row);
      onDone();
    },
    onError: (error) => showError(t, error, form, fields),
  });

  const set = <K extends Field>(field: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    form.clearFieldError(field);
  };
  const text = (field: Exclude<Field, 'type'>) => ({
    value: values[field],
    error: form.errors[field],
    onChange: (e: { currentTarget: HTMLInputElement }) => set(field, e.currentTarget.value),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    if (!values.type) {
      form.setFieldError('type', t('errors.schoolType'));
      return;
    }
    save.mutate({
      name: values.name,
      udise: asciiDigits(values.udise).trim(),
      type: values.type,
      gramPanchayat: values.gramPanchayat,
      village: values.village,
      headTeacher: values.headTeacher,
      phone: asciiDigits(values.phone),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput label={t('register.schools.fields.name')} withAsterisk data-autofocus {...text('name')} />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t('register.schools.fields.udise')}
            withAsterisk
            description={t('register.schools.fields.udiseHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            inputMode="numeric"
            maxLength={11}
            styles={{ input: { fontVariantNumeric: 'tabular-nums', letterSpacing: 1 } }}
            {...text('udise')}
          />
          <Select
            label={t('register.schools.fields.type')}
            withAsterisk
            placeholder={t('register.schools.fields.typePlaceholder')}
            data={schoolTypes.map((type) => ({ value: type, label: t(`register.schoolTypes.${type}`) }))}
            value={values.type}
            error={form.errors.type}
            onChange={(v) => set('type', schoolTypes.find((type) => type === v) ?? null)}
            allowDeselect={false}
          />
          <TextInput label={t('register.schools.fields.gramPanchayat')} {...text('gramPanchayat')} />
          <TextInput label={t('register.schools.fields.village')} {...text('village')} />
          <TextInput label={t('register.schools.fields.headTeacher')} {...text('headTeacher')} />
          <TextInput label={t('register.schools.fields.phone')} type="tel" {...text('phone')} />
        </SimpleGrid>
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
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(school ? 'register.schools.edit' : 'register.schools.add')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <SchoolFormBody school={school} prefill={prefill} onDone={onClose} onSaved={onSaved} />
    </Modal>
  );
}
