import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { useFieldErrors } from '../register/useFieldErrors';
import { isOneOf, outcomes, type CaseFile, type Outcome } from './labels';
import { DateField, parseDay, todayText } from './parts';
import { casesKeys } from './queries';

const closeFields = ['outcome', 'outcomeNote', 'closedOn'] as const;

/** Closing a case records its outcome: what the office counts to report its impact. */
export function CloseCaseModal({ file, onClose }: { file: CaseFile; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [note, setNote] = useState('');
  const [closedOn, setClosedOn] = useState(todayText);
  const form = useFieldErrors<(typeof closeFields)[number]>();

  const close = useMutation({
    mutationFn: (input: { outcome: Outcome; closedOn: string }) => call('cases.close', { id: file.id, ...input, outcomeNote: note }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('cases.close.done', { caseNumber: file.caseNumber }) });
      await queryClient.invalidateQueries({ queryKey: casesKeys.all });
      onClose();
    },
    onError: (error) => showError(t, error, form, closeFields),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    const iso = parseDay(closedOn);
    if (!outcome) form.setFieldError('outcome', t('errors.caseOutcome'));
    if (!iso) form.setFieldError('closedOn', closedOn.trim() ? t('errors.date') : t('errors.required'));
    if (outcome && iso) close.mutate({ outcome, closedOn: iso });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('cases.close.title', { caseNumber: file.caseNumber })}
      size="md"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('cases.close.outcome')}
            placeholder={t('cases.form.choose')}
            withAsterisk
            data-autofocus
            data={outcomes.map((o) => ({ value: o, label: t(`cases.outcomes.${o}`) }))}
            value={outcome}
            error={form.errors.outcome}
            allowDeselect={false}
            onChange={(v) => {
              setOutcome(isOneOf(outcomes, v) ? v : null);
              form.clearFieldError('outcome');
            }}
          />
          <Textarea
            label={t('cases.close.note')}
            placeholder={t('cases.close.noteHint')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            value={note}
            error={form.errors.outcomeNote}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              form.clearFieldError('outcomeNote');
            }}
          />
          <DateField
            label={t('cases.close.closedOn')}
            withAsterisk
            w={200}
            value={closedOn}
            error={form.errors.closedOn}
            onChange={(e) => {
              setClosedOn(e.currentTarget.value);
              form.clearFieldError('closedOn');
            }}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={close.isPending}>
              {t('cases.close.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function ReopenCaseModal({ file, onClose }: { file: CaseFile; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const form = useFieldErrors<'reason'>();

  const reopen = useMutation({
    mutationFn: () => call('cases.reopen', { id: file.id, reason }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('cases.reopen.done', { caseNumber: file.caseNumber }) });
      await queryClient.invalidateQueries({ queryKey: casesKeys.all });
      onClose();
    },
    onError: (error) => showError(t, error, form, ['reason']),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    if (!reason.trim()) form.setFieldError('reason', t('errors.required'));
    else reopen.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('cases.reopen.title', { caseNumber: file.caseNumber })}
      size="md"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
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
            value={reason}
            error={form.errors.reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              form.clearFieldError('reason');
            }}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={reopen.isPending}>
              {t('cases.reopen.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
