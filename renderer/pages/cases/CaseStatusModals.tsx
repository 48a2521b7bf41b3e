import { Alert, Checkbox, List, Select, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { DateField, todayText } from '../../components/DateField';
import { NoteField } from '../../components/NoteField';
import { showError } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { ReasonModal } from '../../components/ReasonModal';
import { chosen, dayOf } from '../../components/forms';
import { outcomesFor } from '../../../electron/shared/caseVocabulary';
import { formatDate } from '../../format';
import type { CaseFile, Outcome } from './labels';
import { casesKeys } from './queries';

const closeFields = ['outcome', 'outcomeNote', 'closedOn', 'withOpenActions'] as const;

/**
 * Closing a case records its outcome: what the office counts to report its impact. The outcomes that
 * fit the case's types are offered; the rest only once "Other outcomes" is ticked. Next actions not
 * yet done are listed, and closing with them open must be confirmed.
 */
export function CloseCaseModal({ file, onClose }: { file: CaseFile; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fit = outcomesFor(file.types);
  const openActions = file.actions.filter((a) => !a.doneOn);
  const form = useForm({
    initialValues: { outcome: null as Outcome | null, outcomeNote: '', closedOn: todayText(), showOthers: false, withOpenActions: false },
    onValuesChange: (values, previous) => {
      // Hiding the other outcomes again takes back one chosen among them.
      if (previous.showOthers && !values.showOthers && values.outcome && fit.others.includes(values.outcome))
        form.setFieldValue('outcome', null);
    },
  });
  const label = (o: Outcome) => ({ value: o, label: t(`cases.outcomes.${o}`) });
  const typesText = file.types.map((type) => t(`cases.types.${type}`)).join(', ');
  const data = form.values.showOthers
    ? [
        { group: t('cases.close.fitting', { types: typesText }), items: fit.fitting.map(label) },
        { group: t('cases.close.otherGroup'), items: fit.others.map(label) },
      ]
    : fit.fitting.map(label);

  const close = useMutation({
    mutationFn: ({ showOthers, ...values }: typeof form.values) =>
      call('cases.close', {
        id: file.id,
        ...values,
        outcome: chosen(values.outcome),
        closedOn: dayOf(values.closedOn),
        otherOutcome: showOthers && values.outcome !== null && fit.others.includes(values.outcome),
      }),
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
        description={form.values.showOthers ? undefined : t('cases.close.fitting', { types: typesText })}
        placeholder={t('cases.form.choose')}
        withAsterisk
        data-autofocus
        data={data}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true, position: 'bottom-start' }}
        {...form.getInputProps('outcome')}
      />
      {fit.others.length > 0 && (
        <Checkbox
          label={t('cases.close.otherOutcomes', { count: fit.others.length })}
          {...form.getInputProps('showOthers', { type: 'checkbox' })}
        />
      )}
      <NoteField
        label={t('cases.close.note')}
        placeholder={t('cases.close.noteHint')}
        maxLength={2000}
        {...form.getInputProps('outcomeNote')}
      />
      <DateField label={t('cases.close.closedOn')} withAsterisk w={200} {...form.getInputProps('closedOn')} />
      {openActions.length > 0 && (
        <Alert color="orange" variant="light" title={t('cases.close.openActions', { count: openActions.length })}>
          <List size="sm" mb="xs">
            {openActions.map((a) => (
              <List.Item key={a.id}>
                {a.description} — {t('cases.close.actionDue', { date: formatDate(a.dueOn), owner: a.ownerName })}
              </List.Item>
            ))}
          </List>
          <Checkbox label={t('cases.close.withOpenActions')} {...form.getInputProps('withOpenActions', { type: 'checkbox' })} />
        </Alert>
      )}
    </FormModal>
  );
}

export function ReopenCaseModal({ file, onClose }: { file: CaseFile; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ReasonModal
      title={t('cases.reopen.title', { caseNumber: file.caseNumber })}
      intro={
        file.outcome && (
          <Text size="sm" c="dimmed">
            {t('cases.reopen.wasClosed', { outcome: t(`cases.outcomes.${file.outcome}`) })}
          </Text>
        )
      }
      reasonLabel={t('cases.reopen.reason')}
      reasonHint={t('cases.reopen.reasonHint')}
      maxLength={1000}
      submitLabel={t('cases.reopen.submit')}
      send={(reason) => call('cases.reopen', { id: file.id, reason })}
      done={() => ({ color: 'teal', message: t('cases.reopen.done', { caseNumber: file.caseNumber }) })}
      refresh={casesKeys.all}
      onClose={onClose}
    />
  );
}
