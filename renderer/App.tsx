import { Center, Loader } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { call, deviceToken, onHostUnreachable, onUnauthorized, type ApiError } from './api/client';
import { setLanguage } from './i18n';
import { LoginPage } from './pages/auth/LoginPage';
import { ConnectPage } from './pages/devices/ConnectPage';
import { SetupPage } from './pages/setup/SetupPage';
import { sessionKeys, useMe } from './session';
import { Shell } from './Shell';
import { HostBanner } from './components/HostBanner';
import { HostUnreachable } from './components/HostUnreachable';

/**
 * First start → office setup; no session → login; otherwise the app in the user's language. A PC
 * the office host does not know (or revoked) is asked to pair first.
 */
export function App() {
  const queryClient = useQueryClient();
  const setup = useQuery({ queryKey: sessionKeys.setup, queryFn: () => call('setup.status', {}) });
  const me = useMe();
  const [unpaired, setUnpaired] = useState(false);
  const [unreachable, setUnreachable] = useState<ApiError | null>(null);

  useEffect(() => onHostUnreachable(setUnreachable), []);

  useEffect(
    () =>
      onUnauthorized((error) => {
        if (error.body.code === 'device_unknown') {
          deviceToken.clear();
          setUnpaired(true);
          return;
        }
        queryClient.setQueryData(sessionKeys.me, null);
      }),
    [queryClient],
  );

  useEffect(() => {
    if (me.data) setLanguage(me.data.language);
  }, [me.data]);

  if (unreachable) {
    return (
      <HostUnreachable
        error={unreachable}
        onRetry={() => {
          setUnreachable(null);
          void queryClient.resetQueries();
        }}
      />
    );
  }
  if (unpaired) {
    return (
      <ConnectPage
        onConnected={() => {
          setUnpaired(false);
          void queryClient.resetQueries();
        }}
      />
    );
  }
  if (setup.isPending || me.isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (!setup.data?.initialized) return <SetupPage />;
  if (me.data) return <Shell me={me.data} office={setup.data.office} />;
  return (
    <>
      <HostBanner />
      <LoginPage office={setup.data.office} />
    </>
  );
}
