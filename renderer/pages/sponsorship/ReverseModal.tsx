import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { formatDate } from '../../format';
import { useFieldErrors } from '../register/useFieldErrors';
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
  const [reason, setReason] = useState('');
  const form = useFieldErrors<'reason'>();
  const label = postingLabel(posting);

  const reverse = useMutation({
    mutationFn: () => call('ledger.reverse', { postingId: posting.id, reason: reason.trim() }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('sponsorship.reverse.done', { label }) });
      void queryClient.invalidateQueries({ queryKey: sponsorshipKeys.all });
      onClose();
    },
    onError: (error) => showError(t, error, form, ['reason']),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    if (!reason.trim()) form.setFieldError('reason', t('sponsorship.reverse.reasonRequired'));
    else reverse.mutate();
  };

  const who = posting.sponsorName ?? posting.childName;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('sponsorship.reverse.title', { label })}
      size="md"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
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
            <Button type="submit" color="orange" loading={reverse.isPending}>
              {t('sponsorship.reverse.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
