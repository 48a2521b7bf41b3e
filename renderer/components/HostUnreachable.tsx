import { Alert, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desktop, type ApiError } from '../api/client';
import { formatDateTime } from '../format';
import { errorText } from './errors';

/**
 * The desktop app connected to the office host, which cannot be reached: says so, offers the latest
 * snapshot read-only with its time (when this PC knows the standby folder), and tries the host again.
 */
export function HostUnreachable({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const takenAt = error.body.values.snapshotTakenAt;
  return (
    <Center h="100vh">
      <Paper withBorder p="lg" maw={560}>
        <Stack>
          <Title order={1} size="h3">
            {t('devices.unreachable.title')}
          </Title>
          <Text>{errorText(t, error)}</Text>
          {typeof takenAt === 'string' ? (
            <Text size="sm">{t('devices.unreachable.snapshotHint')}</Text>
          ) : (
            <Text size="sm">{t('devices.unreachable.noSnapshot')}</Text>
          )}
          {problem ? <Alert color="red">{problem}</Alert> : null}
          <Group>
            {typeof takenAt === 'string' && desktop.available() ? (
              <Button onClick={() => desktop.openSnapshot().catch((err: unknown) => setProblem(errorText(t, err)))}>
                {t('devices.unreachable.openSnapshot', { time: formatDateTime(takenAt) })}
              </Button>
            ) : null}
            <Button variant="default" onClick={onRetry}>
              {t('devices.unreachable.tryAgain')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
