import { Alert, Radio, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { NoteField } from '../../components/NoteField';
import { FormModal } from '../../components/FormModal';
import { chosen } from '../../components/forms';
import { endReasons, isOneOf, type EndReason, type SponsorshipStatus } from './labels';
import { sponsorshipKeys } from './queries';

const fields = ['status', 'reason', 'reasonKind'] as const;

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
  const form = useForm({
    initialValues: { status: choices[0] ?? null, reasonKind: null as EndReason | null, reason: '' },
  });
  const { status, reasonKind } = form.values;

  const change = useMutation({
    mutationFn: (values: typeof form.values) =>
      call('sponsorships.setStatus', {
        ...values,
        id: sponsorship.id,
        status: chosen(values.status),
        reasonKind: values.status === 'ended' ? values.reasonKind : null,
      }),
    onSuccess: (_saved, values) => {
      void queryClient.invalidateQueries({ queryKey: sponsorshipKeys.all });
      notifications.show({
        color: 'teal',
        message: t('sponsorship.status.done', { status: t(`sponsorship.statuses.${chosen(values.status)}`) }),
      });
      onClose();
    },
    onError: (error) => showError(t, error, form, fields),
  });

  const reasonRequired = status === 'paused' || (status === 'ended' && reasonKind === 'other');

  return (
    <FormModal
      title={t('sponsorship.status.title', { sponsorship: sponsorship.title })}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => change.mutate(values))}
      submitLabel={t('sponsorship.status.submit')}
      pending={change.isPending}
      color={status === 'ended' ? 'red' : undefined}
      disabled={!status}
    >
      <Radio.Group
        label={t('sponsorship.status.newStatus')}
        {...form.getInputProps('status')}
        onChange={(v) => {
          form.setFieldValue('status', isOneOf(choices, v) ? v : null);
          form.clearErrors();
        }}
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
          {...form.getInputProps('reasonKind')}
        />
      )}
      <NoteField
        label={status === 'paused' ? t('sponsorship.status.pauseReason') : t('sponsorship.status.note')}
        required={reasonRequired}
        maxRows={5}
        maxLength={1000}
        {...form.getInputProps('reason')}
      />
      {(status === 'lapsed' || status === 'ended' || status === 'paused') && (
        <Alert color="gray" variant="light" p="xs">
          <Text size="sm">{t('sponsorship.status.familyKeepsSupport')}</Text>
        </Alert>
      )}
    </FormModal>
  );
}
