import { Alert, Button, Code, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, desktop } from '../../api/client';
import { showError } from '../../components/errors';
import { formatBytes } from './bytes';
import { FolderBrowserModal } from './FolderBrowserModal';
import { auditKeys, backupKeys } from './keys';

const blank = { folder: '' };

/** A copy of the database now, into Suraksha's backups folder or one the user names. */
export function BackupNow() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: blank });

  const backup = useMutation({
    mutationFn: (folder: string) => call('admin.backupNow', { folder: folder.trim() || undefined }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: backupKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]),
    onError: (error) => showError(t, error, form, ['folder']),
  });

  const [browsing, setBrowsing] = useState(false);
  // The desktop app asks Windows' own folder dialog; the browser build lists the PC's folders through the host.
  const chooseFolder = async () => {
    if (!desktop.available()) return setBrowsing(true);
    const folder = await desktop.pickFolder();
    if (folder) form.setFieldValue('folder', folder);
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={form.onSubmit(({ folder }) => backup.mutate(folder))} noValidate>
        <Stack gap="sm">
          <Title order={4}>{t('admin.backup.nowTitle')}</Title>
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              label={t('admin.backup.folder')}
              description={t('admin.backup.folderHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              placeholder={t('admin.backup.folderPlaceholder')}
              style={{ flex: 1 }}
              {...form.getInputProps('folder')}
            />
            <Button variant="default" mt={25} onClick={() => void chooseFolder()}>
              {t('admin.backup.chooseFolder')}
            </Button>
          </Group>
          <Group>
            <Button type="submit" loading={backup.isPending}>
              {t('admin.backup.run')}
            </Button>
          </Group>
          {backup.data && (
            <Alert color="teal" title={t('admin.backup.saved')} role="status">
              <Text size="sm" style={{ wordBreak: 'break-all' }}>
                <Code>{backup.data.path}</Code> ({formatBytes(backup.data.bytes)})
              </Text>
            </Alert>
          )}
        </Stack>
      </form>
      <FolderBrowserModal opened={browsing} onClose={() => setBrowsing(false)} onChoose={(path) => form.setFieldValue('folder', path)} />
    </Paper>
  );
}
