import { Select, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { DateField, todayText } from '../../components/DateField';
import { showError } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { chosen, dayOf } from '../../components/forms';
import { outcomes, type CaseFile, type Outcome } from './labels';
import { casesKeys } from './queries';

const closeFields = ['outcome', 'outcomeNote', 'closedOn'] as const;

/** Closing a case records its outcome: what the office counts to report its impact. */
export function CloseCaseModal({ file, onClose }: { file: CaseFile; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { outcome: null as Outcome | null, outcomeNote: '', closedOn: todayText() } });

  const close = useMutation({
    mutationFn: (values: typeof form.values) =>
      call('cases.close', { id: file.id, ...values, outcome: chosen(values.outcome), closedOn: dayOf(values.closedOn) }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('cases.close.done', { caseNumber: file.caseNumber }) });
      await queryClient.invalidateQueries({ queryKey: casesKeys.all });
      onClose();
    },
    onError: (error) => showError(t, error, form, closeFields),
  });

  return (
    <FormModal
      title={t('cases.close.title', { caseNumber: file.caseNumber })}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => close.mutate(values))}
      submitLabel={t('cases.close.submit')}
      pending={close.isPending}
    >
      <Select
        label={t('cases.close.outcome')}
        placeholder={t('cases.form.choose')}
        withAsterisk
        data-autofocus
        data={outcomes.map((o) => ({ value: o, label: t(`cases.outcomes.${o}`) }))}
        allowDeselect={false}
        {...form.getInputProps('outcome')}
      />
      <Textarea
        label={t('cases.close.note')}
        placeholder={t('cases.close.noteHint')}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={2000}
        {...form.getInputProps('outcomeNote')}
      />
      <DateField label={t('cases.close.closedOn')} withAsterisk w={200} {...form.getInputProps('closedOn')} />
    </FormModal>
  );
}

export function ReopenCaseModal({ file, onClose }: { file: CaseFile; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { reason: '' } });

  const reopen = useMutation({
    mutationFn: (values: typeof form.values) => call('cases.reopen', { id: file.id, ...values }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('cases.reopen.done', { caseNumber: file.caseNumber }) });
      await queryClient.invalidateQueries({ queryKey: casesKeys.all });
      onClose();
    },
    onError: (error) => showError(t, error, form, ['reason']),
  });

  return (
    <FormModal
      title={t('cases.reopen.title', { caseNumber: file.caseNumber })}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => reopen.mutate(values))}
      submitLabel={t('cases.reopen.submit')}
      pending={reopen.isPending}
      color="orange"
    >
      {file.outcome && (
        <Text size="sm" c="dimmed">
          {t('cases.reopen.wasClosed', { outcome: t(`cases.outcomes.${file.outcome}`) })}
        </Text>
      )}
      <Textarea
        label={t('cases.reopen.reason')}
        placeholder={t('cases.reopen.reasonHint')}
        withAsterisk
        data-autofocus
        autosize
        minRows={2}
        maxRows={6}
        maxLength={1000}
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}
