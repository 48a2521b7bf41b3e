import { Alert, Anchor, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { committeeLevels } from '../../../electron/shared/communityVocabulary';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { ExportButton } from '../../components/ExportButton';
import { ListHeader } from '../../components/ListHeader';
import { formatDate, formatNumber } from '../../format';
import { href } from '../../router';
import { can, type Me } from '../../session';
import { CommitteeFormModal } from './CommitteeForm';
import { DueBadge } from './parts';
import { useCommitteesDue } from './queries';

type Level = NonNullable<ApiInput<'committees.list'>['level']>;

/** The committees, the ones that have not met when due first, each with its members, last meeting and open points. */
export function CommitteesPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [level, setLevel] = useState<Level | null>(null);
  const [adding, setAdding] = useState(false);
  const due = useCommitteesDue();
  const rows = (due.data ?? []).filter((c) => level === null || c.level === level);
  const overdue = rows.filter((c) => c.due.state === 'overdue').length;
  const params = level ? { level } : {};
  return (
    <Stack gap="sm">
      <ListHeader
        title={t('community.committees.title')}
        countText={due.data ? t('community.committees.count', { count: rows.length, formatted: formatNumber(rows.length) }) : null}
        countTestId="committees-total"
        clearLabel={t('community.clearFilters')}
        onClear={level ? () => setLevel(null) : null}
      >
        <ExportButton exportList={() => call('committees.dueExport', params)} />
        {can(me, 'community.write') && <Button onClick={() => setAdding(true)}>{t('community.committees.add')}</Button>}
      </ListHeader>
      <Select
        aria-label={t('community.committees.fields.level')}
        placeholder={t('community.committees.allLevels')}
        clearable
        w={260}
        data={committeeLevels.map((l) => ({ value: l, label: t(`community.levels.${l}`) }))}
        value={level}
        onChange={(v) => setLevel(v as Level | null)}
      />
      {due.isError && <Alert color="red">{errorText(t, due.error)}</Alert>}
      {overdue > 0 && (
        <Alert color="red" variant="light" data-testid="committees-overdue">
          {t('community.committees.overdueSummary', { count: overdue, formatted: formatNumber(overdue) })}
        </Alert>
      )}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover verticalSpacing={6} fz="sm" aria-label={t('community.committees.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('community.columns.committee')}</Table.Th>
                <Table.Th>{t('community.columns.level')}</Table.Th>
                <Table.Th>{t('community.columns.gramPanchayat')}</Table.Th>
                <Table.Th ta="right">{t('community.columns.members')}</Table.Th>
                <Table.Th>{t('community.columns.lastMet')}</Table.Th>
                <Table.Th ta="right">{t('community.columns.openPoints')}</Table.Th>
                <Table.Th>{t('community.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td fw={500}>
                    <Anchor href={href(`/community/committees/${c.id}`)}>{c.name}</Anchor>
                    <Text size="xs" c="dimmed">
                      {c.area}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`community.levels.${c.level}`)}</Table.Td>
                  <Table.Td>{c.gramPanchayat}</Table.Td>
                  <Table.Td ta="right">{formatNumber(c.members)}</Table.Td>
                  <Table.Td>{c.lastMetOn ? formatDate(c.lastMetOn) : t('community.committees.neverMet')}</Table.Td>
                  <Table.Td ta="right">{formatNumber(c.openActionPoints)}</Table.Td>
                  <Table.Td>
                    <DueBadge due={c.due} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {due.data && rows.length === 0 && (
          <Text c="dimmed" ta="center" p="lg">
            {t('community.committees.empty')}
          </Text>
        )}
      </Paper>
      <Group>
        <Text size="sm" c="dimmed">
          {t('community.committees.frequencyNote')}
        </Text>
      </Group>
      <CommitteeFormModal opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
