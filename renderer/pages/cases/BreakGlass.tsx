import { Alert, Anchor, Button, Stack, Text, Textarea, type ButtonProps } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { formatDateTime } from '../../format';
import { href, navigate } from '../../router';
import { FormModal } from '../../components/FormModal';
import { casesKeys } from './queries';

/** How long an emergency opening lasts (electron/cases/access.ts emergencyAccessHours). */
const emergencyHours = 4;

function BreakGlassModal({ caseId, onClose }: { caseId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { reason: '' } });
  const open = useMutation({
    mutationFn: ({ reason }: typeof form.values) => call('cases.breakGlass', { caseId, reason }),
    onSuccess: async (grant) => {
      notifications.show({ color: 'orange', message: t('cases.emergency.done', { until: formatDateTime(grant.expiresAt) }) });
      await queryClient.invalidateQueries({ queryKey: casesKeys.all });
      onClose();
      navigate(`/cases/${caseId}`);
    },
    onError: (error) => showError(t, error, form, ['reason']),
  });
  return (
    <FormModal
      title={t('cases.emergency.title')}
      size="lg"
      onClose={onClose}
      onSubmit={form.onSubmit((values) => open.mutate(values))}
      submitLabel={t('cases.emergency.confirm')}
      color="orange"
      pending={open.isPending}
    >
      <Text size="sm">{t('cases.emergency.intro', { hours: emergencyHours })}</Text>
      <Textarea
        label={t('cases.emergency.reason')}
        placeholder={t('cases.emergency.reasonHint')}
        withAsterisk
        data-autofocus
        autosize
        minRows={3}
        maxLength={1000}
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}

/** Break the glass: for a case worker refused a case, opening it in an emergency with a reason. */
export function BreakGlassButton({ caseId, size = 'sm' }: { caseId: number; size?: ButtonProps['size'] }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button size={size} variant="light" color="orange" onClick={() => setAsking(true)}>
        {t('cases.emergency.open')}
      </Button>
      {asking && <BreakGlassModal caseId={caseId} onClose={() => setAsking(false)} />}
    </>
  );
}

/**
 * What the case's workers and the manager must see at once: who opened which of their cases in an
 * emergency, why, and until when. Shown above every screen of those who work on cases.
 */
export function EmergencyOpenings() {
  const { t } = useTranslation();
  const openings = useQuery({
    queryKey: casesKeys.emergencyOpenings(),
    queryFn: () => call('cases.emergencyOpenings', {}),
    refetchInterval: 60_000,
  });
  if (!openings.data || openings.data.length === 0) return null;
  return (
    <Alert color="orange" title={t('cases.emergency.noticeTitle')} mb="md" role="status">
      <Stack gap={4}>
        {openings.data.map((o) => (
          <Text key={o.id} size="sm">
            <Anchor href={href(`/cases/${o.caseId}`)} c="orange.9" size="sm" fw={500}>
              {t('cases.emergency.notice', {
                name: o.openedBy,
                caseNumber: o.caseNumber,
                at: formatDateTime(o.grantedAt),
                reason: o.reason,
              })}
            </Anchor>
            {' · '}
            {o.active ? t('cases.emergency.until', { until: formatDateTime(o.expiresAt) }) : t('cases.emergency.ended')}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
