import { Alert, Button, Checkbox, Code, Divider, Group, NumberInput, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { CardTitle } from '../../components/CardTitle';
import { errorText, fieldProblems, problemText, showError } from '../../components/errors';
import { auditKeys } from '../admin/keys';
import { DevicesTable } from './DevicesTable';
import { officeHostKeys } from './keys';
import { PairingCodePanel } from './PairingCodePanel';

type Status = ApiResult<'officeHost.status'>;

interface Values {
  on: boolean;
  addresses: string[];
  other: string;
  port: number | string;
}

function valuesOf(status: Status): Values {
  const listed = new Set(status.interfaces.filter((i) => i.private).map((i) => i.address));
  return {
    on: status.config.on,
    addresses: status.config.addresses.filter((a) => listed.has(a)),
    other: status.config.addresses.find((a) => !listed.has(a)) ?? '',
    port: status.config.port,
  };
}

function hostUrl(address: string, port: number): string {
  return `https://${address.includes(':') ? `[${address}]` : address}:${port}/`;
}

/**
 * "Make this PC the office host": on or off, which of this PC's private addresses to listen on and
 * the port; then the address and certificate fingerprint the other PCs need, the pairing code, and
 * the paired PCs.
 */
export function OfficeHostCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: officeHostKeys.status, queryFn: () => call('officeHost.status', {}) });
  const form = useForm<Values>({ initialValues: { on: false, addresses: [], other: '', port: 8475 } });
  const { setValues, resetDirty } = form;
  useEffect(() => {
    if (!status.data) return;
    setValues(valuesOf(status.data));
    resetDirty(valuesOf(status.data));
    // Only when the host's status is read again, not as the user types.
  }, [status.data]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      call('officeHost.update', {
        on: v.on,
        addresses: [...v.addresses, ...(v.other.trim() ? [v.other.trim()] : [])],
        port: Number(v.port),
      }),
    onSuccess: async (next) => {
      queryClient.setQueryData(officeHostKeys.status, next);
      notifications.show({ color: 'teal', message: t('devices.officeHost.saved') });
      await queryClient.invalidateQueries({ queryKey: auditKeys.all });
    },
    onError: (error, v) => {
      // A refused address is said at the list, or at the other address when it is that one.
      const problems = fieldProblems(error);
      for (const p of problems) {
        const index = /^addresses\.(\d+)$/.exec(p.field)?.[1];
        const at = index === undefined ? p.field : Number(index) >= v.addresses.length ? 'other' : 'addresses';
        form.setFieldError(at, problemText(t, p));
      }
      if (problems.length === 0) showError(t, error);
    },
  });

  const data = status.data;
  if (!data) return status.error ? <Alert color="red">{errorText(t, status.error)}</Alert> : null;
  const listening = data.listening.filter((l) => l.problem === null);

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <CardTitle title={t('devices.officeHost.title')} intro={t('devices.officeHost.intro')} />
        {data.fromCommandLine && (
          <Alert color="blue" variant="light">
            {t('devices.officeHost.commandLine')}
          </Alert>
        )}
        <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
          <Stack gap="sm">
            <Switch label={t('devices.officeHost.on')} {...form.getInputProps('on', { type: 'checkbox' })} />
            <Checkbox.Group
              label={t('devices.officeHost.listenOn')}
              description={t('devices.officeHost.listenHint')}
              {...form.getInputProps('addresses')}
            >
              <Stack gap={6} mt={6}>
                {data.interfaces.map((i) => (
                  <Checkbox
                    key={`${i.interfaceName}-${i.address}`}
                    value={i.address}
                    disabled={!i.private}
                    label={
                      i.private
                        ? t('devices.officeHost.interfaceLabel', { address: i.address, name: i.interfaceName })
                        : t('devices.officeHost.publicAddress', { address: i.address, name: i.interfaceName })
                    }
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <Group grow align="flex-start">
              <TextInput
                label={t('devices.officeHost.otherAddress')}
                description={t('devices.officeHost.otherAddressHint')}
                {...form.getInputProps('other')}
              />
              <NumberInput
                label={t('devices.officeHost.port')}
                min={1024}
                max={65535}
                allowDecimal={false}
                maw={160}
                {...form.getInputProps('port')}
              />
            </Group>
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('devices.officeHost.save')}
              </Button>
            </Group>
          </Stack>
        </form>
        <Divider />
        {data.config.on || data.fromCommandLine ? (
          <Stack gap="xs">
            {listening.map((l) => (
              <Text key={l.address} fw={600} data-testid="office-host-url">
                {t('devices.officeHost.listening', { url: hostUrl(l.address, l.port) })}
              </Text>
            ))}
            {data.listening
              .filter((l) => l.problem !== null)
              .map((l) => (
                <Alert key={l.address} color="red" variant="light">
                  {t('devices.officeHost.notListening', { address: l.address, port: l.port, problem: l.problem ?? '' })}
                </Alert>
              ))}
            {data.fingerprint && (
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t('devices.officeHost.fingerprint')}
                </Text>
                <Code block data-testid="office-host-fingerprint" style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>
                  {data.fingerprint}
                </Code>
                <Text size="xs" c="dimmed">
                  {t('devices.officeHost.fingerprintHint')}
                </Text>
              </Stack>
            )}
            {listening.length > 0 && (
              <>
                <Divider />
                <PairingCodePanel />
              </>
            )}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('devices.officeHost.offNow')}
          </Text>
        )}
        <Divider />
        <DevicesTable />
      </Stack>
    </Paper>
  );
}
