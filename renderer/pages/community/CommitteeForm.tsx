import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { committeeLevels } from '../../../electron/shared/communityVocabulary';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { navigate } from '../../router';
import { DateField, parseDay, todayText } from '../../components/DateField';
import { useFieldErrors } from '../register/useFieldErrors';
import { communityKeys } from './queries';

const fields = ['name', 'level', 'area', 'gramPanchayat', 'formedOn'] as const;
type Field = (typeof fields)[number];
type Level = ApiInput<'committees.create'>['level'];

function CommitteeFormBody({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFieldErrors<Field>();
  const [values, setValues] = useState<Record<Field, string>>({ name: '', level: '', area: '', gramPanchayat: '', formedOn: todayText() });
  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    form.clearFieldError(field);
  };
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
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    const formedOn = parseDay(values.formedOn);
    const missing = (['name', 'level', 'area'] as const).filter((f) => !values[f].trim());
    missing.forEach((f) => form.setFieldError(f, t('errors.required')));
    if (!formedOn) form.setFieldError('formedOn', t('errors.date'));
    if (missing.length || !formedOn) return;
    save.mutate({
      name: values.name.trim(),
      level: values.level as Level,
      area: values.area.trim(),
      gramPanchayat: values.gramPanchayat,
      formedOn,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('community.committees.fields.name')}
          withAsterisk
          data-autofocus
          value={values.name}
          error={form.errors.name}
          onChange={(e) => set('name', e.currentTarget.value)}
        />
        <Select
          label={t('community.committees.fields.level')}
          withAsterisk
          data={committeeLevels.map((l) => ({ value: l, label: t(`community.levels.${l}`) }))}
          value={values.level || null}
          error={form.errors.level}
          onChange={(v) => set('level', v ?? '')}
        />
        <TextInput
          label={t('community.committees.fields.area')}
          description={t('community.committees.fields.areaHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          withAsterisk
          value={values.area}
          error={form.errors.area}
          onChange={(e) => set('area', e.currentTarget.value)}
        />
        {values.level !== 'block' && (
          <TextInput
            label={t('community.committees.fields.gramPanchayat')}
            value={values.gramPanchayat}
            error={form.errors.gramPanchayat}
            onChange={(e) => set('gramPanchayat', e.currentTarget.value)}
          />
        )}
        <DateField
          label={t('community.committees.fields.formedOn')}
          withAsterisk
          value={values.formedOn}
          error={form.errors.formedOn}
          onChange={(e) => set('formedOn', e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('community.committees.save')}
          </Button>
        </Group>
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
