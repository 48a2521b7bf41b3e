import { Alert, Code, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { can, type Me } from '../../session';
import { BackupList } from './BackupList';
import { BackupNow } from './BackupNow';
import { RestoreConfirmModal } from './RestoreConfirmModal';
import { RestoreFromFile } from './RestoreFromFile';
import { useRestore } from './useRestore';

export function BackupPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const mayRestore = can(me, 'backup.restore');
  const restore = useRestore();
  const outcome = useRef<HTMLDivElement>(null);

  // The outcome shows at the top of the page, also when the restore began from the list below.
  useEffect(() => {
    if (restore.problem || restore.restored) outcome.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [restore.problem, restore.restored]);

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('admin.backup.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={900}>
          {t('admin.backup.intro')}
        </Text>
      </div>

      <div ref={outcome}>
        {restore.problem && (
          <Alert color="red" variant="filled" title={t('admin.restore.problemTitle')} role="alert">
            {restore.problem}
          </Alert>
        )}
        {restore.restored && (
          <Alert color="teal" title={t('admin.restore.done')} role="status">
            <Text size="sm" style={{ wordBreak: 'break-all' }}>
              {t('admin.restore.doneDetail', { file: restore.restored.label })} <Code>{restore.restored.safetyCopy}</Code>
            </Text>
          </Alert>
        )}
      </div>

      <SimpleGrid cols={{ base: 1, md: mayRestore ? 2 : 1 }} spacing="md">
        <BackupNow />
        {mayRestore && <RestoreFromFile onFile={(file) => void restore.inspectFile(file)} checking={restore.inspecting} />}
      </SimpleGrid>

      <BackupList onRestore={mayRestore ? restore.inspectPath : undefined} />

      {restore.candidate && (
        <RestoreConfirmModal
          candidate={restore.candidate}
          restoring={restore.restoring}
          onConfirm={restore.confirm}
          onCancel={restore.cancel}
        />
      )}
    </Stack>
  );
}
