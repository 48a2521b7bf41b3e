import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { SectionTitle } from '../../components/SectionTitle';
import { formatDateTime } from '../../format';
import { auditKeys } from '../admin/keys';
import { officeHostKeys } from './keys';

type Device = ApiResult<'devices.list'>[number];

/** The paired PCs with their last use; a lost or replaced one is revoked here, and refused at once. */
export function DevicesTable() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: officeHostKeys.devices, queryFn: () => call('devices.list', {}), refetchInterval: 30_000 });
  const [asked, setAsked] = useState<Device | null>(null);
  const revoke = useMutation({
    mutationFn: (device: Device) => call('devices.revoke', { id: device.id }),
    onSuccess: async (_done, device) => {
      setAsked(null);
      notifications.show({ color: 'teal', message: t('devices.officeHost.revoked', { name: device.name }) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: officeHostKeys.devices }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]);
    },
    onError: (error) => showError(t, error),
  });

  const rows = list.data ?? [];
  return (
    <Stack gap="xs">
      <SectionTitle>{t('devices.officeHost.devicesTitle')}</SectionTitle>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('devices.officeHost.noDevices')}
        </Text>
      ) : (
        <Table striped withTableBorder aria-label={t('devices.officeHost.devicesTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('devices.officeHost.name')}</Table.Th>
              <Table.Th>{t('devices.officeHost.pairedAt')}</Table.Th>
              <Table.Th>{t('devices.officeHost.lastUsed')}</Table.Th>
              <Table.Th>{t('devices.officeHost.lastAddress')}</Table.Th>
              <Table.Th>{t('devices.officeHost.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td fw={600}>{d.name}</Table.Td>
                <Table.Td>{formatDateTime(d.pairedAt)}</Table.Td>
                <Table.Td>{d.lastUsedAt ? formatDateTime(d.lastUsedAt) : t('devices.officeHost.never')}</Table.Td>
                <Table.Td ff="monospace">{d.lastAddress ?? d.pairedFrom ?? ''}</Table.Td>
                <Table.Td>
                  {d.revokedAt ? (
                    <Text size="sm" c="dimmed">
                      {t('devices.officeHost.revokedOn', { when: formatDateTime(d.revokedAt) })}
                    </Text>
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm">{t('devices.officeHost.active')}</Text>
                      <Button
                        size="compact-sm"
                        color="red"
                        variant="light"
                        aria-label={t('devices.officeHost.revokeNamed', { name: d.name })}
                        onClick={() => setAsked(d)}
                      >
                        {t('devices.officeHost.revoke')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={asked !== null}
        onClose={() => setAsked(null)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={asked ? t('devices.officeHost.revokeNamed', { name: asked.name }) : ''}
      >
        <Stack>
          <Text>{asked ? t('devices.officeHost.revokeConfirm', { name: asked.name }) : ''}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsked(null)}>
              {t('devices.officeHost.cancel')}
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={() => asked && revoke.mutate(asked)}>
              {t('devices.officeHost.revokeYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
