import { Center, Loader } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call, onUnauthorized } from './api/client';
import { setLanguage } from './i18n';
import { LoginPage } from './pages/auth/LoginPage';
import { SetupPage } from './pages/setup/SetupPage';
import { sessionKeys, useMe } from './session';
import { Shell } from './Shell';
import { HostBanner } from './components/HostBanner';

/** First start → office setup; no session → login; otherwise the app in the user's language. */
export function App() {
  const queryClient = useQueryClient();
  const setup = useQuery({ queryKey: sessionKeys.setup, queryFn: () => call('setup.status', {}) });
  const me = useMe();

  useEffect(
    () =>
      onUnauthorized(() => {
        queryClient.setQueryData(sessionKeys.me, null);
      }),
    [queryClient],
  );

  useEffect(() => {
    if (me.data) setLanguage(me.data.language);
  }, [me.data]);

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
