import { Badge, Button, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { ExportButton } from '../../components/ExportButton';
import { ListHeader } from '../../components/ListHeader';
import { formatNumber } from '../../format';
import { navigate } from '../../router';
import { can, type Me } from '../../session';
import { Money } from './money';
import { Link } from '../../components/Link';
import { useSponsoredChildren } from './queries';
import { SponsoredChildFormModal } from './SponsoredChildForm';
import { QueryStatus } from '../../components/QueryStatus';

type Row = ApiResult<'sponsoredChildren.list'>[number];
type StatusFilter = 'waiting' | 'supported' | 'left' | 'all';

const priorityColors = { 1: 'red', 2: 'orange', 3: 'gray' } as const;

export function PriorityBadge({ priority }: { priority: number }) {
  const { t } = useTranslation();
  const p = priority === 1 || priority === 2 ? priority : 3;
  return (
    <Badge color={priorityColors[p]} variant={p === 1 ? 'filled' : 'light'} radius="sm" tt="none" miw="max-content">
      {t(`sponsorship.priorities.p${p}`)}
    </Badge>
  );
}

function ChildRow({ row }: { row: Row }) {
  const { t } = useTranslation();
  return (
    <Table.Tr
      style={{ cursor: 'pointer' }}
      onClick={(e) => {
        if (!(e.target instanceof HTMLAnchorElement)) navigate(`/sponsorship/children/${row.id}`);
      }}
    >
      <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
        {row.childCode}
      </Table.Td>
      <Table.Td>
        <Link to={`/sponsorship/children/${row.id}`} fw={600}>
          {row.name}
        </Link>
        <Text size="xs" c="dimmed">
          {[row.age === null ? null : t('register.years', { count: row.age, formatted: formatNumber(row.age) }), row.village]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <PriorityBadge priority={row.priority} />
      </Table.Td>
      <Table.Td>
        {row.guardianName}
        <Text span size="xs" c="dimmed" ml={6}>
          {row.guardianRelation}
        </Text>
      </Table.Td>
      <Table.Td>{t(`sponsorship.payoutMethods.${row.payoutMethod}`)}</Table.Td>
      <Table.Td ta="right">
        <Money paise={row.monthlySupportPaise} />
      </Table.Td>
      <Table.Td>{row.missionVatsalya ? t('common.yes') : ''}</Table.Td>
      <Table.Td>
        <Text size="sm">{t(`sponsorship.childStatuses.${row.status}`)}</Text>
        {row.activeSponsorships > 0 && (
          <Text size="xs" c="dimmed">
            {t('sponsorship.children.sponsorsCount', { count: row.activeSponsorships, formatted: formatNumber(row.activeSponsorships) })}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The children of the programme: those waiting for a sponsor first, most urgent at the top, then those supported. */
export function SponsoredChildrenPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StatusFilter>('waiting');
  const [adding, setAdding] = useState(false);
  const list = useSponsoredChildren(status === 'all' ? null : status);
  const rows = list.data ?? [];
  const writes = can(me, 'sponsorship.write');

  return (
    <Stack gap="sm">
      <ListHeader
        title={t('sponsorship.children.title')}
        countText={list.data ? t('sponsorship.children.count', { count: rows.length, formatted: formatNumber(rows.length) }) : null}
        countTestId="sponsored-children-total"
        clearLabel={t('sponsorship.clearFilters')}
        onClear={null}
      >
        <ExportButton exportList={() => call('sponsoredChildren.export', status === 'all' ? {} : { status })} />
        {writes && <Button onClick={() => setAdding(true)}>{t('sponsorship.children.add')}</Button>}
      </ListHeader>
      <SegmentedControl
        aria-label={t('sponsorship.children.filterStatus')}
        value={status}
        onChange={(v) => setStatus(v === 'supported' || v === 'left' || v === 'all' ? v : 'waiting')}
        data={[
          { value: 'waiting', label: t('sponsorship.children.waiting') },
          { value: 'supported', label: t('sponsorship.children.supported') },
          { value: 'left', label: t('sponsorship.children.left') },
          { value: 'all', label: t('common.all') },
        ]}
        w="fit-content"
      />
      <QueryStatus query={list} />
      {list.data && (
        <Paper withBorder style={{ overflowX: 'auto' }} opacity={list.isPlaceholderData ? 0.6 : 1}>
          <Table highlightOnHover verticalSpacing={6} fz="sm" miw={940} aria-label={t('sponsorship.children.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sponsorship.children.columns.code')}</Table.Th>
                <Table.Th>{t('sponsorship.children.columns.name')}</Table.Th>
                <Table.Th>{t('sponsorship.children.columns.priority')}</Table.Th>
                <Table.Th>{t('sponsorship.children.columns.guardian')}</Table.Th>
                <Table.Th>{t('sponsorship.children.columns.payout')}</Table.Th>
                <Table.Th ta="right">{t('sponsorship.children.columns.monthly')}</Table.Th>
                <Table.Th>{t('sponsorship.children.columns.missionVatsalya')}</Table.Th>
                <Table.Th>{t('sponsorship.children.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <ChildRow key={row.id} row={row} />
              ))}
            </Table.Tbody>
          </Table>
          {rows.length === 0 && (
            <Text c="dimmed" ta="center" p="xl">
              {status === 'waiting'
                ? t('sponsorship.children.noneWaiting')
                : writes
                  ? t('sponsorship.children.empty')
                  : t('sponsorship.children.emptyReadOnly')}
            </Text>
          )}
        </Paper>
      )}
      {adding && <SponsoredChildFormModal existing={null} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
