import { Alert, Anchor, Button, Stack, Text, type ButtonProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { formatDateTime } from '../../format';
import { href, navigate } from '../../router';
import { ReasonModal } from '../../components/ReasonModal';
import { casesKeys } from './queries';

/** How long an emergency opening lasts (electron/cases/access.ts emergencyAccessHours). */
const emergencyHours = 4;

function BreakGlassModal({ caseId, onClose }: { caseId: number; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ReasonModal
      title={t('cases.emergency.title')}
      size="lg"
      intro={<Text size="sm">{t('cases.emergency.intro', { hours: emergencyHours })}</Text>}
      reasonLabel={t('cases.emergency.reason')}
      reasonHint={t('cases.emergency.reasonHint')}
      minRows={3}
      maxRows={null}
      maxLength={1000}
      submitLabel={t('cases.emergency.confirm')}
      send={(reason) => call('cases.breakGlass', { caseId, reason })}
      done={(grant) => ({ color: 'orange', message: t('cases.emergency.done', { until: formatDateTime(grant.expiresAt) }) })}
      refresh={casesKeys.all}
      onClose={onClose}
      then={() => navigate(`/cases/${caseId}`)}
    />
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
