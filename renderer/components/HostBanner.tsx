import { Alert, Button, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, desktop } from '../api/client';
import { formatDateTime } from '../format';
import { standbyKeys } from '../pages/admin/keys';

/**
 * Above every screen (the login too) when this is not the office's live host: the standby's
 * read-only snapshot with its time, or an old host another PC took over from.
 */
export function HostBanner({ inShell = false }: { inShell?: boolean }) {
  const { t } = useTranslation();
  const status = useQuery({ queryKey: standbyKeys.status, queryFn: () => call('standby.status', {}), staleTime: 60_000 });
  // A PC connected to the office host showing the standby's snapshot: it may go back to the host.
  const office = useQuery({ queryKey: ['officePc', 'state'], queryFn: () => desktop.officeState(), staleTime: 60_000 });
  const s = status.data;
  if (!s || s.mode === 'live') return null;
  return (
    <Alert
      color={s.mode === 'snapshot' ? 'indigo.9' : 'red.9'}
      variant="filled"
      radius={inShell ? 'sm' : 0}
      role="status"
      py={6}
      mb={inShell ? 'sm' : 0}
    >
      <Group justify="space-between" wrap="nowrap">
        {s.mode === 'snapshot'
          ? t('common.host.snapshotBanner', { time: formatDateTime(s.snapshotTakenAt) })
          : t('common.host.fencedBanner', { time: formatDateTime(s.takenOverAt), by: s.takenOverBy ?? '' })}
        {office.data?.showing === 'snapshot' ? (
          <Button size="compact-sm" variant="white" onClick={() => void desktop.backToHost()}>
            {t('devices.unreachable.tryAgain')}
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
