import { Alert, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { formatDate } from '../../format';
import { FormModal } from '../../components/FormModal';
import type { Posting } from './labels';
import { Money } from './money';
import { sponsorshipKeys } from './queries';

/** The number a posting is known by: its receipt or voucher number, else its ledger id. */
export function postingLabel(p: Posting): string {
  return p.receiptNo ?? p.voucherNo ?? `#${p.id}`;
}

/**
 * A correction never edits a posting: a reversal posts its lines negated and names it, with the reason.
 * A reversed receipt keeps its number (the sequence stays unbroken); the reversal gets none of its own.
 */
export function ReverseModal({ posting, onClose }: { posting: Posting; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { reason: '' } });
  const label = postingLabel(posting);

  const reverse = useMutation({
    mutationFn: (values: typeof form.values) => call('ledger.reverse', { postingId: posting.id, ...values }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('sponsorship.reverse.done', { label }) });
      void queryClient.invalidateQueries({ queryKey: sponsorshipKeys.all });
      onClose();
    },
    onError: (error) => showError(t, error, form, ['reason']),
  });

  const who = posting.sponsorName ?? posting.childName;
  return (
    <FormModal
      title={t('sponsorship.reverse.title', { label })}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => reverse.mutate(values))}
      submitLabel={t('sponsorship.reverse.submit')}
      pending={reverse.isPending}
      color="orange"
    >
      <Text size="sm">
        {t(`sponsorship.postingKinds.${posting.kind}`)} · {formatDate(posting.valueDate)}
        {who ? ` · ${who}` : ''} · <Money paise={posting.amountPaise} fw={600} />
      </Text>
      <Alert color="orange" variant="light" p="xs">
        <Text size="sm">{t('sponsorship.reverse.explain')}</Text>
      </Alert>
      <Textarea
        label={t('sponsorship.reverse.reason')}
        placeholder={t('sponsorship.reverse.reasonHint')}
        withAsterisk
        data-autofocus
        autosize
        minRows={2}
        maxRows={5}
        maxLength={500}
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}
