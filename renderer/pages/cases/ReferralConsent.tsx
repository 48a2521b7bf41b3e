import { Button, Group, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { consentFields, ConsentFields, consentLine, useConsent } from './ConsentFields';
import type { CaseFile } from './labels';
import { casesKeys } from './queries';
import { ReferralLetter } from './ReferralLetter';

type Referral = CaseFile['referrals'][number];

function RecordConsentModal({ referral, onClose }: { referral: Referral; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The consent's values live in useConsent (shared with the referral form); the form holds their errors.
  const form = useForm({ initialValues: {} });
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
  return (
    <FormModal
      title={t('cases.consent.recordTitle', { name: referral.authorityName })}
      size="lg"
      onClose={onClose}
      onSubmit={form.onSubmit(() => record.mutate())}
      submitLabel={t('cases.consent.record')}
      pending={record.isPending}
    >
      <ConsentFields consent={consent} errors={form.errors} clear={form.clearFieldError} />
    </FormModal>
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
