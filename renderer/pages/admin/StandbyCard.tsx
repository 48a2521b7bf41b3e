import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { CardTitle } from '../../components/CardTitle';
import { showError } from '../../components/errors';
import { formatDateTime } from '../../format';
import { FolderField } from './FolderField';
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
  const mode = status.data?.mode ?? 'live';
  const last = status.data?.lastSnapshotAt ?? null;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <CardTitle title={t('admin.standby.title')} intro={t('admin.standby.intro')} dimmed />
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
              <FolderField
                form={form}
                label={t('admin.standby.folder')}
                description={t('admin.standby.folderHint')}
                placeholder={t('admin.standby.folderPlaceholder')}
                browseTitle={t('admin.standby.browseTitle')}
              />
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
    </Paper>
  );
}
