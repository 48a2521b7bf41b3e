import { Alert, Button, DataList, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import type { RestoreCandidate } from './useRestore';

/** What the backup holds and what restoring it does, before anything is replaced. */
export function RestoreConfirmModal({
  candidate,
  restoring,
  onConfirm,
  onCancel,
}: {
  candidate: RestoreCandidate;
  restoring: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { summary } = candidate;

  return (
    <Modal
      opened
      onClose={onCancel}
      title={t('admin.restore.confirmTitle')}
      size="lg"
      closeOnClickOutside={!restoring}
      closeOnEscape={!restoring}
      withCloseButton={!restoring}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {t('admin.restore.holds', { file: candidate.label })}
        </Text>
        <DataList withDivider labelWidth={160} aria-label={t('admin.restore.holds', { file: candidate.label })}>
          <DataList.Item>
            <DataList.ItemLabel>{t('admin.restore.officeName')}</DataList.ItemLabel>
            <DataList.ItemValue>{summary.officeName}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('admin.restore.children')}</DataList.ItemLabel>
            <DataList.ItemValue>{formatNumber(summary.children)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('admin.restore.schools')}</DataList.ItemLabel>
            <DataList.ItemValue>{formatNumber(summary.schools)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('admin.restore.users')}</DataList.ItemLabel>
            <DataList.ItemValue>{formatNumber(summary.users)}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
        <Alert color="red" variant="light" title={t('admin.restore.warningTitle')}>
          <Stack gap={4}>
            <Text size="sm">{t('admin.restore.warning')}</Text>
            <Text size="sm">{t('admin.restore.loginAgain')}</Text>
          </Stack>
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={restoring}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={onConfirm} loading={restoring}>
            {t('admin.restore.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
