import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { formatDateTime } from '../../format';
import { formatBytes } from './bytes';
import { backupKeys } from './keys';
import { labelFor } from './labels';
import { fileName } from './useRestore';

/** The backups Suraksha keeps in its data folder, newest first; each can be restored. */
export function BackupList({ onRestore }: { onRestore?: (path: string) => void }) {
  const { t } = useTranslation();
  const backups = useQuery({ queryKey: backupKeys.all, queryFn: () => call('admin.listBackups', {}) });
  const kinds = t('admin.backup.kinds', { returnObjects: true });

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('admin.backup.listTitle')}</Title>
        {backups.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('admin.backup.listEmpty')}
          </Text>
        )}
        {backups.data && backups.data.length > 0 && (
          <Table striped verticalSpacing={4} fz="sm" aria-label={t('admin.backup.listTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.backup.modifiedAt')}</Table.Th>
                <Table.Th>{t('admin.backup.kind')}</Table.Th>
                <Table.Th>{t('admin.backup.file')}</Table.Th>
                <Table.Th ta="right">{t('admin.backup.size')}</Table.Th>
                {onRestore && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.data.map((backup) => (
                <Table.Tr key={backup.path}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(backup.modifiedAt)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{labelFor(kinds, backup.kind)}</Table.Td>
                  <Table.Td ff="monospace" fz="xs" title={backup.path} style={{ wordBreak: 'break-all' }}>
                    {fileName(backup.path)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatBytes(backup.bytes)}
                  </Table.Td>
                  {onRestore && (
                    <Table.Td ta="right">
                      <Button size="compact-sm" variant="subtle" color="red" onClick={() => onRestore(backup.path)}>
                        {t('admin.backup.restoreThis')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
