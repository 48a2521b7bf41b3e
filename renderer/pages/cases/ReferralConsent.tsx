import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { useFieldErrors } from '../register/useFieldErrors';
import { consentFields, ConsentFields, consentLine, useConsent } from './ConsentFields';
import type { CaseFile } from './labels';
import { casesKeys } from './queries';
import { ReferralLetter } from './ReferralLetter';

type Referral = CaseFile['referrals'][number];

function RecordConsentModal({ referral, onClose }: { referral: Referral; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFieldErrors<(typeof consentFields)[number]>();
  const consent = useConsent();
  const record = useMutation({
    mutationFn: async () => call('cases.recordConsent', { referralId: referral.id, consent: await consent.toInput() }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('cases.consent.recorded') });
      await queryClient.invalidateQueries({ queryKey: casesKeys.all });
      onClose();
    },
    onError: (error) => showError(t, error, form, consentFields),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    record.mutate();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('cases.consent.recordTitle', { name: referral.authorityName })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ConsentFields consent={consent} errors={form.errors} clear={form.clearFieldError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('cases.consent.record')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The consent a referral was made with; its letter only once consent (or why none was needed) is recorded. */
export function ReferralConsent({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);
  const line = consentLine(t, referral);
  if (line) {
    return (
      <>
        <Text size="xs" c="dimmed" mt={4}>
          {line}
        </Text>
        <ReferralLetter referralId={referral.id} />
      </>
    );
  }
  return (
    <Group gap="sm" mt={6}>
      <Text size="sm" c="red.8">
        {t('cases.consent.missing')}
      </Text>
      <Button size="compact-sm" variant="light" onClick={() => setRecording(true)}>
        {t('cases.consent.record')}
      </Button>
      {recording && <RecordConsentModal referral={referral} onClose={() => setRecording(false)} />}
    </Group>
  );
}
