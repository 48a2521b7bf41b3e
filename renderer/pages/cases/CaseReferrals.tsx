import { Box, Button, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { NoteField } from '../../components/NoteField';
import { formatDate } from '../../format';
import { FormModal } from '../../components/FormModal';
import { chosen, dayOf } from '../../components/forms';
import { authorities, isOneOf, referralStatuses, type Authority, type CaseFile } from './labels';
import { DateField, todayText } from '../../components/DateField';
import { SectionTitle } from '../../components/SectionTitle';
import { casesKeys } from './queries';
import { consentFields, ConsentFields, useConsent } from './ConsentFields';
import { ReferralConsent } from './ReferralConsent';
import { ReferralFirs } from './CaseFirs';
import { ReferralOfficialSelect } from '../community/ReferralOfficialSelect';

type Referral = CaseFile['referrals'][number];

const referFields = ['authority', 'authorityName', 'contact', 'referredOn', 'reason', ...consentFields] as const;

function ReferModal({ file, onClose }: { file: CaseFile; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      authority: null as Authority | null,
      authorityName: '',
      contact: '',
      referredOn: todayText(),
      reason: '',
      officialId: null as number | null,
    },
  });

  const consent = useConsent();

  const refer = useMutation({
    mutationFn: async (values: typeof form.values) =>
      call('cases.refer', {
        caseId: file.id,
        authority: chosen(values.authority),
        authorityName: values.authorityName,
        contact: values.contact,
        referredOn: dayOf(values.referredOn),
        reason: values.reason,
        ...(values.officialId === null ? {} : { stakeholderId: values.officialId }),
        consent: await consent.toInput(),
      }),
    onSuccess: async (saved) => {
      notifications.show({ color: 'teal', message: t('cases.refer.done', { name: saved.authorityName }) });
      await queryClient.invalidateQueries({ queryKey: casesKeys.all });
      onClose();
    },
    onError: (error) => showError(t, error, form, referFields),
  });

  return (
    <FormModal
      title={t('cases.refer.title', { caseNumber: file.caseNumber })}
      size="lg"
      onClose={onClose}
      onSubmit={form.onSubmit((values) => refer.mutate(values))}
      submitLabel={t('cases.refer.submit')}
      pending={refer.isPending}
    >
      <Group grow align="flex-start">
        <Select
          label={t('cases.refer.authority')}
          placeholder={t('cases.form.choose')}
          withAsterisk
          data-autofocus
          data={authorities.map((a) => ({ value: a, label: t(`cases.authorities.${a}`) }))}
          allowDeselect={false}
          {...form.getInputProps('authority')}
        />
        <DateField label={t('cases.refer.referredOn')} withAsterisk {...form.getInputProps('referredOn')} />
      </Group>
      <ReferralOfficialSelect
        value={form.values.officialId}
        onChange={(official) => {
          form.setFieldValue('officialId', official?.id ?? null);
          if (!official) return;
          form.setFieldValue(
            'authorityName',
            [official.name, official.designation, official.schoolName ?? official.institution].filter(Boolean).join(', '),
          );
          if (!form.values.contact.trim() && official.phone) form.setFieldValue('contact', official.phone);
          form.clearFieldError('authorityName');
        }}
      />
      <TextInput
        label={t('cases.refer.authorityName')}
        placeholder={t('cases.refer.authorityNameHint')}
        withAsterisk
        maxLength={200}
        {...form.getInputProps('authorityName')}
      />
      <TextInput
        label={t('cases.refer.contact')}
        placeholder={t('cases.refer.contactHint')}
        maxLength={300}
        {...form.getInputProps('contact')}
      />
      <NoteField
        label={t('cases.refer.reason')}
        placeholder={t('cases.refer.reasonHint')}
        required
        minRows={3}
        maxRows={8}
        maxLength={2000}
        {...form.getInputProps('reason')}
      />
      <ConsentFields consent={consent} errors={form.errors} clear={form.clearFieldError} />
    </FormModal>
  );
}

function ReferralItem({ referral, open }: { referral: Referral; open: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: (status: Referral['status']) => call('cases.updateReferral', { id: referral.id, status }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: casesKeys.all }),
    onError: (error) => showError(t, error),
  });
  const authority = t(`cases.authorities.${referral.authority}`);
  return (
    <Box
      component="article"
      aria-label={t('cases.referrals.itemLabel', { name: referral.authorityName })}
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {referral.authorityName}
          </Text>
          <Text size="xs" c="dimmed">
            {[authority, referral.contact, t('cases.referrals.referredOn', { date: formatDate(referral.referredOn) })]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </div>
        <Select
          aria-label={t('cases.referrals.status')}
          size="xs"
          w={170}
          data={referralStatuses.map((s) => ({ value: s, label: t(`cases.referralStatuses.${s}`) }))}
          value={referral.status}
          allowDeselect={false}
          disabled={update.isPending}
          onChange={(v) => {
            if (isOneOf(referralStatuses, v) && v !== referral.status) update.mutate(v);
          }}
        />
      </Group>
      <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {referral.reason}
      </Text>
      <ReferralConsent referral={referral} />
      {referral.authority === 'police' && <ReferralFirs referral={referral} open={open} />}
    </Box>
  );
}

/** Referrals to officials, their status, and the letter that goes with each. */
export function CaseReferrals({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const [referring, setReferring] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('cases.referrals.title')}>
      <SectionTitle
        right={
          file.status === 'open' && (
            <Button size="compact-sm" variant="light" onClick={() => setReferring(true)}>
              {t('cases.referrals.refer')}
            </Button>
          )
        }
      >
        {t('cases.referrals.title')}
      </SectionTitle>
      {file.referrals.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('cases.referrals.none')}
        </Text>
      )}
      {file.referrals.map((r) => (
        <ReferralItem key={r.id} referral={r} open={file.status === 'open'} />
      ))}
      {referring && <ReferModal file={file} onClose={() => setReferring(false)} />}
    </Paper>
  );
}
