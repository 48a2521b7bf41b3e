import { Alert, Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { levelOptions } from './labels';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { FilterSelect } from '../../components/FilterSelect';
import { ListTable } from '../../components/ListTable';
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
      <FilterSelect
        label={t('community.committees.fields.level')}
        anyLabel={t('community.committees.allLevels')}
        w={260}
        data={levelOptions(t)}
        value={level}
        onChange={(v) => setLevel(v as Level | null)}
      />
      {due.isError && <Alert color="red">{errorText(t, due.error)}</Alert>}
      {overdue > 0 && (
        <Alert color="red" variant="light" data-testid="committees-overdue">
          {t('community.committees.overdueSummary', { count: overdue, formatted: formatNumber(overdue) })}
        </Alert>
      )}
      <ListTable
        label={t('community.committees.table')}
        minWidth={900}
        columns={[
          { label: t('community.columns.committee') },
          { label: t('community.columns.level') },
          { label: t('community.columns.gramPanchayat') },
          { label: t('community.columns.members'), numeric: true },
          { label: t('community.columns.lastMet') },
          { label: t('community.columns.openPoints'), numeric: true },
          { label: t('community.columns.status') },
        ]}
        after={
          <>
            {due.data && rows.length === 0 && (
              <Text c="dimmed" ta="center" p="lg">
                {t('community.committees.empty')}
              </Text>
            )}
          </>
        }
      >
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
      </ListTable>
      <Group>
        <Text size="sm" c="dimmed">
          {t('community.committees.frequencyNote')}
        </Text>
      </Group>
      <CommitteeFormModal opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
