import { Alert, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { formatBytes } from './bytes';
import { FolderField } from './FolderField';
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

  return (
    <Paper withBorder p="md">
      <form onSubmit={form.onSubmit(({ folder }) => backup.mutate(folder))} noValidate>
        <Stack gap="sm">
          <Title order={4}>{t('admin.backup.nowTitle')}</Title>
          <FolderField
            form={form}
            label={t('admin.backup.folder')}
            description={t('admin.backup.folderHint')}
            placeholder={t('admin.backup.folderPlaceholder')}
            browseTitle={t('admin.backup.browse.title')}
          />
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
    </Paper>
  );
}
