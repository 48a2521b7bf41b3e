import { Alert, Button, Code, Divider, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, deviceToken } from '../../api/client';
import { showError } from '../../components/errors';
import { filled } from '../../components/forms';
import { WelcomeCard } from '../setup/WelcomeCard';

const blank = { code: '', deviceName: '' };

/**
 * "Connect this PC to the office host": the one-time code from the host's screen and a name for
 * this PC. Once paired, the PC shows the host's certificate fingerprint for the person to compare
 * with the one on the host before going on.
 */
export function ConnectPage({ onConnected }: { onConnected: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: blank,
    validate: { code: filled(t('errors.required')), deviceName: filled(t('errors.required')) },
  });
  const pair = useMutation({
    mutationFn: (values: typeof blank) => call('devices.pair', values),
    // In the desktop app the token stays in the main process; a browser keeps it here.
    onSuccess: (paired) => {
      if (paired.deviceToken) deviceToken.set(paired.deviceToken);
    },
    onError: (error) => showError(t, error, form, ['code', 'deviceName']),
  });

  return (
    <WelcomeCard maw={520}>
      <Divider my="md" />
      {pair.data ? (
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('devices.connect.connectedTitle')}
          </Title>
          <Text>{t('devices.connect.fingerprintCheck')}</Text>
          <Code block data-testid="paired-fingerprint" style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>
            {pair.data.fingerprint}
          </Code>
          <Button onClick={onConnected}>{t('devices.connect.continue')}</Button>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit((values) => pair.mutate(values))} noValidate>
          <Stack gap="sm">
            <Title order={2} size="h3">
              {t('devices.connect.title')}
            </Title>
            <Alert color="blue" variant="light">
              {t('devices.connect.intro')}
            </Alert>
            <TextInput
              label={t('devices.connect.code')}
              description={t('devices.connect.codeHint')}
              inputMode="numeric"
              autoComplete="one-time-code"
              autoFocus
              {...form.getInputProps('code')}
            />
            <TextInput
              label={t('devices.connect.name')}
              description={t('devices.connect.nameHint')}
              {...form.getInputProps('deviceName')}
            />
            <Button type="submit" fullWidth mt="xs" loading={pair.isPending}>
              {t('devices.connect.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </WelcomeCard>
  );
}
