import { Box, Button, Group, Modal, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { formatDate } from '../../format';
import { useFieldErrors } from '../register/useFieldErrors';
import { authorities, isOneOf, referralStatuses, type Authority, type CaseFile } from './labels';
import { DateField, parseDay, SectionTitle, todayText } from './parts';
import { casesKeys } from './queries';
import { consentFields, ConsentFields, useConsent } from './ConsentFields';
import { ReferralConsent } from './ReferralConsent';

type Referral = CaseFile['referrals'][number];

const referFields = ['authority', 'authorityName', 'contact', 'referredOn', 'reason', ...consentFields] as const;
type ReferField = (typeof referFields)[number];

function ReferModal({ file, onClose }: { file: CaseFile; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [authority, setAuthority] = useState<Authority | null>(null);
  const [authorityName, setAuthorityName] = useState('');
  const [contact, setContact] = useState('');
  const [referredOn, setReferredOn] = useState(todayText);
  const [reason, setReason] = useState('');
  const form = useFieldErrors<ReferField>();
  const consent = useConsent();

  const refer = useMutation({
    mutationFn: async (input: { authority: Authority; referredOn: string }) =>
      call('cases.refer', {
        caseId: file.id,
        authority: input.authority,
        authorityName,
        contact,
        referredOn: input.referredOn,
        reason,
        consent: await consent.toInput(),
      }),
    onSuccess: async (saved) => {
      notifications.show({ color: 'teal', message: t('cases.refer.done', { name: saved.authorityName }) });
      await queryClient.invalidateQueries({ queryKey: casesKeys.all });
      onClose();
    },
    onError: (error) => showError(t, error, form, referFields),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    const iso = parseDay(referredOn);
    if (!authority) form.setFieldError('authority', t('errors.authority'));
    if (!authorityName.trim()) form.setFieldError('authorityName', t('errors.required'));
    if (!reason.trim()) form.setFieldError('reason', t('errors.required'));
    if (!iso) form.setFieldError('referredOn', referredOn.trim() ? t('errors.date') : t('errors.required'));
    if (authority && authorityName.trim() && reason.trim() && iso) refer.mutate({ authority, referredOn: iso });
  };
  const typed = (setter: (v: string) => void, field: ReferField) => (e: { currentTarget: { value: string } }) => {
    setter(e.currentTarget.value);
    form.clearFieldError(field);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('cases.refer.title', { caseNumber: file.caseNumber })}
      size="lg"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <Select
              label={t('cases.refer.authority')}
              placeholder={t('cases.form.choose')}
              withAsterisk
              data-autofocus
              data={authorities.map((a) => ({ value: a, label: t(`cases.authorities.${a}`) }))}
              value={authority}
              error={form.errors.authority}
              allowDeselect={false}
              onChange={(v) => {
                setAuthority(isOneOf(authorities, v) ? v : null);
                form.clearFieldError('authority');
              }}
            />
            <DateField
              label={t('cases.refer.referredOn')}
              withAsterisk
              value={referredOn}
              error={form.errors.referredOn}
              onChange={typed(setReferredOn, 'referredOn')}
            />
          </Group>
          <TextInput
            label={t('cases.refer.authorityName')}
            placeholder={t('cases.refer.authorityNameHint')}
            withAsterisk
            maxLength={200}
            value={authorityName}
            error={form.errors.authorityName}
            onChange={typed(setAuthorityName, 'authorityName')}
          />
          <TextInput
            label={t('cases.refer.contact')}
            placeholder={t('cases.refer.contactHint')}
            maxLength={300}
            value={contact}
            error={form.errors.contact}
            onChange={typed(setContact, 'contact')}
          />
          <Textarea
            label={t('cases.refer.reason')}
            placeholder={t('cases.refer.reasonHint')}
            withAsterisk
            autosize
            minRows={3}
            maxRows={8}
            maxLength={2000}
            value={reason}
            error={form.errors.reason}
            onChange={typed(setReason, 'reason')}
          />
          <ConsentFields consent={consent} errors={form.errors} clear={form.clearFieldError} />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={refer.isPending}>
              {t('cases.refer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ReferralItem({ referral }: { referral: Referral }) {
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
        <ReferralItem key={r.id} referral={r} />
      ))}
      {referring && <ReferModal file={file} onClose={() => setReferring(false)} />}
    </Paper>
  );
}
