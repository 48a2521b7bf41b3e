import { Alert, Button, Group, Loader, Modal, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { backupKeys } from './keys';

/**
 * Choosing a backup folder in the browser build: a browser never tells a page the path of a folder
 * on the PC, so Suraksha's host lists the folders and the user walks to the pen drive.
 */
export function FolderBrowserModal({
  title,
  opened,
  onClose,
  onChoose,
}: {
  /** What the folder is for: the backups, or the standby's snapshots. */
  title: string;
  opened: boolean;
  onClose: () => void;
  onChoose: (path: string) => void;
}) {
  const { t } = useTranslation();
  const [path, setPath] = useState<string | undefined>();
  const listing = useQuery({
    queryKey: [...backupKeys.all, 'folders', path ?? ''],
    queryFn: () => call('admin.browseFolders', { path }),
    enabled: opened,
  });
  const here = listing.data?.path ?? null;

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <Stack gap="sm">
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }} aria-live="polite">
          {here ?? t('admin.backup.browse.start')}
        </Text>
        {listing.isError && <Alert color="red">{errorText(t, listing.error)}</Alert>}
        {listing.isPending && <Loader size="sm" />}
        {listing.data && (
          <ScrollArea.Autosize mah={320} type="auto">
            <Stack gap={0} role="group" aria-label={t('admin.backup.browse.folders')}>
              {here !== null && (
                <NavLink
                  component="button"
                  label={t('admin.backup.browse.up')}
                  onClick={() => setPath(listing.data.parent ?? undefined)}
                  leftSection={<span aria-hidden>↑</span>}
                />
              )}
              {listing.data.folders.map((f) => (
                <NavLink
                  component="button"
                  key={f.path}
                  label={f.name}
                  onClick={() => setPath(f.path)}
                  rightSection={<span aria-hidden>→</span>}
                />
              ))}
              {listing.data.folders.length === 0 && (
                <Text size="sm" c="dimmed" py="xs">
                  {t('admin.backup.browse.empty')}
                </Text>
              )}
            </Stack>
          </ScrollArea.Autosize>
        )}
        {here !== null && listing.data && !listing.data.writable && (
          <Text size="sm" c="red.8">
            {t('admin.backup.browse.readOnly')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={here === null || !listing.data?.writable}
            onClick={() => {
              if (here) onChoose(here);
              onClose();
            }}
          >
            {t('admin.backup.browse.choose')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
