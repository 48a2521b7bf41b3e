import { Alert, Button, Group, Modal, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { useFieldErrors } from '../register/useFieldErrors';
import { endReasons, isOneOf, type EndReason, type SponsorshipStatus } from './labels';
import { sponsorshipKeys } from './queries';

type StatusInput = ApiInput<'sponsorships.setStatus'>;
const fields = ['status', 'reason', 'reasonKind'] as const;
type Field = (typeof fields)[number];

const nextStatuses: Record<SponsorshipStatus, readonly SponsorshipStatus[]> = {
  active: ['paused', 'lapsed', 'ended'],
  paused: ['active', 'lapsed', 'ended'],
  lapsed: ['active', 'ended'],
  ended: [],
};

/** Pause (with a reason), lapse, resume or end (with a reason) a sponsorship. The family's support never stops by itself. */
export function SponsorshipStatusModal({
  sponsorship,
  onClose,
}: {
  sponsorship: { id: number; status: SponsorshipStatus; title: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const choices = nextStatuses[sponsorship.status];
  const [status, setStatus] = useState<SponsorshipStatus | null>(choices[0] ?? null);
  const [reasonKind, setReasonKind] = useState<EndReason | null>(null);
  const [reason, setReason] = useState('');
  const form = useFieldErrors<Field>();

  const change = useMutation({
    mutationFn: (input: StatusInput) => call('sponsorships.setStatus', input),
    onSuccess: (_saved, input) => {
      void queryClient.invalidateQueries({ queryKey: sponsorshipKeys.all });
      notifications.show({ color: 'teal', message: t('sponsorship.status.done', { status: t(`sponsorship.statuses.${input.status}`) }) });
      onClose();
    },
    onError: (error) => showError(t, error, form, fields),
  });

  const reasonRequired = status === 'paused' || (status === 'ended' && reasonKind === 'other');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    if (!status) return;
    if (status === 'ended' && !reasonKind) form.setFieldError('reasonKind', t('sponsorship.status.chooseReason'));
    if (reasonRequired && !reason.trim()) form.setFieldError('reason', t('errors.required'));
    if ((status === 'ended' && !reasonKind) || (reasonRequired && !reason.trim())) return;
    change.mutate({
      id: sponsorship.id,
      status,
      ...(status === 'ended' && reasonKind ? { reasonKind } : {}),
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('sponsorship.status.title', { sponsorship: sponsorship.title })}
      size="md"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Radio.Group
            label={t('sponsorship.status.newStatus')}
            value={status}
            onChange={(v) => {
              setStatus(isOneOf(choices, v) ? v : null);
              form.clearAll();
            }}
            error={form.errors.status}
          >
            <Stack gap={6} mt={4}>
              {choices.map((s) => (
                <Radio key={s} value={s} label={t(`sponsorship.status.to.${s}`)} description={t(`sponsorship.status.means.${s}`)} />
              ))}
            </Stack>
          </Radio.Group>
          {status === 'ended' && (
            <Select
              label={t('sponsorship.status.endReason')}
              placeholder={t('sponsorship.choose')}
              withAsterisk
              allowDeselect={false}
              data={endReasons.map((r) => ({ value: r, label: t(`sponsorship.endReasons.${r}`) }))}
              value={reasonKind}
              error={form.errors.reasonKind}
              onChange={(v) => {
                setReasonKind(isOneOf(endReasons, v) ? v : null);
                form.clearFieldError('reasonKind');
              }}
            />
          )}
          <Textarea
            label={status === 'paused' ? t('sponsorship.status.pauseReason') : t('sponsorship.status.note')}
            withAsterisk={reasonRequired}
            autosize
            minRows={2}
            maxRows={5}
            maxLength={1000}
            value={reason}
            error={form.errors.reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              form.clearFieldError('reason');
            }}
          />
          {(status === 'lapsed' || status === 'ended' || status === 'paused') && (
            <Alert color="gray" variant="light" p="xs">
              <Text size="sm">{t('sponsorship.status.familyKeepsSupport')}</Text>
            </Alert>
          )}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={status === 'ended' ? 'red' : undefined} loading={change.isPending} disabled={!status}>
              {t('sponsorship.status.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
