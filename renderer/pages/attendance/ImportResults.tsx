import { Alert, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import { navigate } from '../../router';
import type { CommitResult } from './importState';
import { monthLabel } from './labels';
import type { Finished, ImportOutcome } from './useImportBatch';
import { FileName } from '../../components/FileName';

const resultColors: Record<CommitResult['status'], string> = { imported: 'teal', unchanged: 'gray', replaced: 'blue', skipped: 'orange' };

function Changes({ result }: { result: CommitResult }) {
  const { t } = useTranslation();
  const c = result.changes;
  if (result.status !== 'replaced' || !c) return null;
  return (
    <Text size="xs">
      {t('attendance.importer.result.changes', {
        added: t('attendance.importer.result.childrenAdded', { count: c.added, formatted: formatNumber(c.added) }),
        removed: formatNumber(c.removed),
        changed: formatNumber(c.marksChanged),
      })}
    </Text>
  );
}

function OutcomeRow({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  const r = outcome.result;
  return (
    <Table.Tr>
      <Table.Td fw={500}>
        <FileName name={outcome.name} />
      </Table.Td>
      <Table.Td>{outcome.schoolName}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{monthLabel(outcome.month)}</Table.Td>
      {r ? (
        <>
          <Table.Td>
            <Badge color={resultColors[r.status]} variant="light" radius="sm" tt="none">
              {t(`attendance.importer.result.status.${r.status}`)}
            </Badge>
            <Changes result={r} />
          </Table.Td>
          <Table.Td ta="right">{formatNumber(r.childrenImported)}</Table.Td>
          <Table.Td ta="right">{formatNumber(r.childrenAdded)}</Table.Td>
          <Table.Td ta="right">{formatNumber(r.flagsRaised)}</Table.Td>
        </>
      ) : (
        <Table.Td colSpan={4}>
          <Text size="sm" c="red">
            {t('attendance.importer.result.failed', { reason: outcome.error ?? '' })}
          </Text>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** What the import did, file by file, and where to go next: the worklist of children it flagged. */
export function ImportResults({ finished, onStartOver }: { finished: Finished; onStartOver: () => void }) {
  const { t } = useTranslation();
  const results = finished.outcomes.flatMap((o) => (o.result ? [o.result] : []));
  const count = (status: CommitResult['status']) => results.filter((r) => r.status === status).length;
  const flags = results.reduce((n, r) => n + r.flagsRaised, 0);
  const failed = finished.outcomes.length - results.length;
  return (
    <Stack gap="md">
      <Alert color={failed > 0 ? 'orange' : 'teal'} title={t('attendance.importer.result.title')}>
        <Stack gap={4}>
          <Text size="sm" data-testid="import-result-summary">
            {t('attendance.importer.result.summary', {
              imported: formatNumber(count('imported')),
              replaced: formatNumber(count('replaced')),
              unchanged: formatNumber(count('unchanged')),
              skipped: formatNumber(count('skipped') + failed),
            })}
          </Text>
          <Text size="sm">{t('attendance.importer.result.flags', { count: flags, formatted: formatNumber(flags) })}</Text>
          {finished.notStarted > 0 && (
            <Text size="sm" fw={500}>
              {t('attendance.importer.result.cancelled', { count: finished.notStarted, n: formatNumber(finished.notStarted) })}
            </Text>
          )}
          {finished.notReady > 0 && (
            <Text size="sm">
              {t('attendance.importer.result.notReady', { count: finished.notReady, n: formatNumber(finished.notReady) })}
            </Text>
          )}
        </Stack>
      </Alert>
      <Group>
        <Button onClick={() => navigate('/worklist')}>{t('attendance.importer.result.openWorklist')}</Button>
        <Button variant="default" onClick={onStartOver}>
          {t('attendance.importer.result.again')}
        </Button>
      </Group>
      <Paper withBorder>
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing={6} fz="sm" striped aria-label={t('attendance.importer.result.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('attendance.importer.columns.file')}</Table.Th>
                <Table.Th>{t('attendance.importer.columns.school')}</Table.Th>
                <Table.Th>{t('attendance.importer.columns.month')}</Table.Th>
                <Table.Th>{t('attendance.importer.result.columns.result')}</Table.Th>
                <Table.Th ta="right">{t('attendance.importer.result.columns.children')}</Table.Th>
                <Table.Th ta="right">{t('attendance.importer.result.columns.added')}</Table.Th>
                <Table.Th ta="right">{t('attendance.importer.result.columns.flags')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {finished.outcomes.map((o) => (
                <OutcomeRow key={o.key} outcome={o} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
