import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, desktop } from '../../api/client';
import { showError } from '../../components/errors';
import { formatDateTime } from '../../format';
import { FolderBrowserModal } from './FolderBrowserModal';
import { auditKeys, standbyKeys } from './keys';

/**
 * The standby PC: the folder on it (a shared folder) the host copies a snapshot into every 15
 * minutes and when it stops, the last copy's time, a copy now; on the standby showing the snapshot,
 * "Make this PC the host".
 */
export function StandbyCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: standbyKeys.card, queryFn: () => call('standby.status', {}) });
  const form = useForm({ initialValues: { folder: '' } });
  const saved = status.data?.folder ?? '';
  useEffect(() => {
    form.setValues({ folder: saved });
    form.resetDirty({ folder: saved });
    // Only when the stored folder changes, not on every keystroke.
  }, [saved]);
  const refresh = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: standbyKeys.all }), queryClient.invalidateQueries({ queryKey: auditKeys.all })]);
  const save = useMutation({
    mutationFn: (folder: string) => call('standby.setFolder', { folder }),
    onSuccess: refresh,
    onError: (error) => showError(t, error, form, ['folder']),
  });
  const copy = useMutation({
    mutationFn: () => call('standby.copyNow', {}),
    onSuccess: refresh,
    onError: (error) => showError(t, error, form, ['folder']),
  });
  const promote = useMutation({
    mutationFn: () => call('standby.promote', {}),
    onSuccess: () => queryClient.invalidateQueries(),
    onError: (error) => showError(t, error),
  });
  const [browsing, setBrowsing] = useState(false);
  const chooseFolder = async () => {
    if (!desktop.available()) return setBrowsing(true);
    const folder = await desktop.pickFolder();
    if (folder) form.setFieldValue('folder', folder);
  };
  const mode = status.data?.mode ?? 'live';
  const last = status.data?.lastSnapshotAt ?? null;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('admin.standby.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('admin.standby.intro')}
        </Text>
        {mode === 'snapshot' ? (
          <>
            <Text size="sm">{t('admin.standby.promoteIntro')}</Text>
            <Group>
              <Button color="red" loading={promote.isPending} onClick={() => promote.mutate()}>
                {t('admin.standby.promote')}
              </Button>
            </Group>
          </>
        ) : (
          <form onSubmit={form.onSubmit(({ folder }) => save.mutate(folder.trim()))} noValidate>
            <Stack gap="sm">
              <Group align="flex-start" gap="xs" wrap="nowrap">
                <TextInput
                  label={t('admin.standby.folder')}
                  description={t('admin.standby.folderHint')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  placeholder={t('admin.standby.folderPlaceholder')}
                  style={{ flex: 1 }}
                  {...form.getInputProps('folder')}
                />
                <Button variant="default" mt={25} onClick={() => void chooseFolder()}>
                  {t('admin.backup.chooseFolder')}
                </Button>
              </Group>
              <Text size="sm" role="status">
                {last ? t('admin.standby.last', { time: formatDateTime(last) }) : t('admin.standby.none')}
              </Text>
              <Group>
                <Button type="submit" loading={save.isPending} disabled={mode !== 'live'}>
                  {t('admin.standby.save')}
                </Button>
                <Button variant="default" loading={copy.isPending} disabled={!saved || mode !== 'live'} onClick={() => copy.mutate()}>
                  {t('admin.standby.copyNow')}
                </Button>
              </Group>
              {copy.data && (
                <Alert color="teal" role="status">
                  {t('admin.standby.copied', { time: formatDateTime(copy.data.takenAt) })}
                </Alert>
              )}
            </Stack>
          </form>
        )}
      </Stack>
      <FolderBrowserModal opened={browsing} onClose={() => setBrowsing(false)} onChoose={(path) => form.setFieldValue('folder', path)} />
    </Paper>
  );
}
