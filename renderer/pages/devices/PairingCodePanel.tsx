import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { SectionTitle } from '../../components/SectionTitle';
import { formatNumber } from '../../format';
import { officeHostKeys } from './keys';

/** Seconds from now until `iso`, ticking every second while a code is shown. */
function useSecondsLeft(iso: string | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!iso) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [iso]);
  return iso ? Math.max(0, Math.round((Date.parse(iso) - now) / 1000)) : 0;
}

/** "Add a PC": the one-time pairing code in large digits, with the time it has left. */
export function PairingCodePanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const open = useQuery({ queryKey: officeHostKeys.code, queryFn: () => call('devices.pairingCodeOpen', {}) });
  const make = useMutation({
    mutationFn: () => call('devices.pairingCode', {}),
    onSuccess: (made) => queryClient.setQueryData(officeHostKeys.code, made),
    onError: (error) => showError(t, error),
  });
  const code = open.data ?? null;
  const left = useSecondsLeft(code?.expiresAt ?? null);

  return (
    <Stack gap="xs">
      <SectionTitle>{t('devices.officeHost.pairingTitle')}</SectionTitle>
      <Text size="sm">{t('devices.officeHost.pairingIntro')}</Text>
      {code && (
        <Group gap="md" align="baseline">
          <Text size="xs" c="dimmed" component="span">
            {t('devices.officeHost.code')}
          </Text>
          <Text ff="monospace" fz={28} fw={700} data-testid="pairing-code" style={{ letterSpacing: 4 }}>
            {code.code.slice(0, 4)} {code.code.slice(4)}
          </Text>
          <Text size="sm" aria-live="polite">
            {left > 0
              ? t('devices.officeHost.codeLeft', { minutes: formatNumber(Math.floor(left / 60)), seconds: formatNumber(left % 60) })
              : t('devices.officeHost.codeGone')}
          </Text>
        </Group>
      )}
      <Group>
        <Button variant={code ? 'default' : 'filled'} onClick={() => make.mutate()} loading={make.isPending}>
          {t('devices.officeHost.makeCode')}
        </Button>
      </Group>
    </Stack>
  );
}
