import { Button, Group, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { dayOf } from '../../components/forms';
import { DateField, todayText } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { formatDate } from '../../format';
import type { CaseFile } from './labels';
import { casesKeys } from './queries';

type Referral = CaseFile['referrals'][number];

const firFields = ['firNumber', 'policeStation', 'lodgedOn'] as const;

function RecordFirModal({ referral, onClose }: { referral: Referral; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { firNumber: '', policeStation: referral.authorityName, lodgedOn: todayText() } });
  const record = useMutation({
    mutationFn: (values: typeof form.values) =>
      call('cases.recordFir', {
        caseId: referral.caseId,
        referralId: referral.id,
        firNumber: values.firNumber,
        policeStation: values.policeStation,
        lodgedOn: dayOf(values.lodgedOn),
      }),
    onSuccess: async (saved) => {
      notifications.show({ color: 'teal', message: t('cases.firs.done', { number: saved.firNumber }) });
      await queryClient.invalidateQueries({ queryKey: casesKeys.all });
      onClose();
    },
    onError: (error) => showError(t, error, form, firFields),
  });
  return (
    <FormModal
      title={t('cases.firs.title', { name: referral.authorityName })}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => record.mutate(values))}
      submitLabel={t('cases.firs.submit')}
      pending={record.isPending}
    >
      <Group grow align="flex-start">
        <TextInput label={t('cases.firs.number')} withAsterisk data-autofocus maxLength={50} {...form.getInputProps('firNumber')} />
        <DateField label={t('cases.firs.lodgedOn')} withAsterisk {...form.getInputProps('lodgedOn')} />
      </Group>
      <TextInput label={t('cases.firs.policeStation')} withAsterisk maxLength={200} {...form.getInputProps('policeStation')} />
    </FormModal>
  );
}

/** On a referral to the police: the FIRs lodged on it, and recording one when the police say so. */
export function ReferralFirs({ referral, open }: { referral: Referral; open: boolean }) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);
  const firs = useQuery({ queryKey: casesKeys.firs(referral.caseId), queryFn: () => call('cases.firs', { caseId: referral.caseId }) });
  const mine = (firs.data ?? []).filter((f) => f.referralId === referral.id);
  return (
    <Group justify="space-between" align="center" mt={4} gap="xs">
      <Text size="sm">
        {mine.length === 0
          ? t('cases.firs.none')
          : mine
              .map((f) => t('cases.firs.item', { number: f.firNumber, station: f.policeStation, date: formatDate(f.lodgedOn) }))
              .join('; ')}
      </Text>
      {open && (
        <Button size="compact-xs" variant="light" onClick={() => setRecording(true)}>
          {t('cases.firs.record')}
        </Button>
      )}
      {recording && <RecordFirModal referral={referral} onClose={() => setRecording(false)} />}
    </Group>
  );
}
