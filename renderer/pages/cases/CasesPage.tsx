import { ListHeader } from '../../components/ListHeader';
import { ListPagination } from '../../components/ListPagination';
import { useListFilters } from '../../components/useListFilters';
import { useListPage } from '../../components/useListPage';
import { Anchor, Button, Checkbox, Group, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ExportButton } from '../../components/ExportButton';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { FilterSelect, PlaceFilter } from '../../components/FilterSelect';
import { SearchInput } from '../../components/SearchInput';
import { formatDate, formatNumber } from '../../format';
import { href, navigate } from '../../router';
import { can, type Me } from '../../session';
import { useChildFilters } from '../register/queries';
import { caseTypes, riskLevels, todayIso, type CaseRow, type CaseType, type RiskLevel } from './labels';
import { DueDate, RiskBadge, StatusBadge, TypeBadges } from './parts';
import { CASE_PAGE_SIZE, useCaseList, useCaseWorkers, type CaseListParams } from './queries';
import { QueryStatus } from '../../components/QueryStatus';

type Status = 'open' | 'closed' | 'any';

interface Filters {
  type: CaseType | null;
  riskLevel: RiskLevel | null;
  workerId: number | null;
  gramPanchayat: string | null;
  dueToday: boolean;
  status: Status;
}

const noFilters: Filters = { type: null, riskLevel: null, workerId: null, gramPanchayat: null, dueToday: false, status: 'open' };

const oneLine = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

/** The children of a listed case, code and name side by side. */
function ChildrenCell({ row }: { row: CaseRow }) {
  const codes = (row.childCodes ?? '').split(', ').filter(Boolean);
  const names = (row.childNames ?? '').split(', ');
  return (
    <Stack gap={0}>
      {codes.map((code, i) => (
        <Text key={code} size="sm" style={oneLine}>
          <Text span ff="monospace" fz="xs" c="dimmed" mr={6}>
            {code}
          </Text>
          {codes.length === names.length ? names[i] : ''}
        </Text>
      ))}
    </Stack>
  );
}

function CaseTableRow({ row }: { row: CaseRow }) {
  const { t } = useTranslation();
  return (
    <Table.Tr
      style={{ cursor: 'pointer' }}
      onClick={(e) => {
        // The case number is a real link; a click anywhere else on the row opens the same page.
        if (!(e.target instanceof HTMLAnchorElement)) navigate(`/cases/${row.id}`);
      }}
    >
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Anchor href={href(`/cases/${row.id}`)} ff="monospace" fw={600} size="sm">
          {row.caseNumber}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <TypeBadges types={row.types} size="sm" />
      </Table.Td>
      <Table.Td maw={260}>
        <ChildrenCell row={row} />
      </Table.Td>
      <Table.Td>
        <RiskBadge level={row.riskLevel} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(row.reportedOn)}</Table.Td>
      <Table.Td>{row.status === 'open' ? <DueDate dueOn={row.nextDue} /> : null}</Table.Td>
      <Table.Td maw={200}>
        <Text size="sm" lineClamp={2} title={row.workers ?? undefined}>
          {row.workers}
        </Text>
      </Table.Td>
      <Table.Td>
        <StatusBadge status={row.status} />
        {row.outcome && (
          <Text size="xs" c="dimmed" mt={2}>
            {t(`cases.outcomes.${row.outcome}`)}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** "My cases" for a case worker; every case, or one worker's, for managers. Due actions come first. */
export function CasesPage({ me, dueToday = false }: { me: Me; dueToday?: boolean }) {
  const { t } = useTranslation();
  const seesAll = can(me, 'cases.all');
  const [scope, setScope] = useState<'mine' | 'all'>(seesAll ? 'all' : 'mine');
  const { text, setText, q, filters, setFilter, filtered, clear } = useListFilters(noFilters, { ...noFilters, dueToday });
  const workers = useCaseWorkers();
  const places = useChildFilters();

  const params = useMemo<CaseListParams>(
    () => ({
      ...(q ? { q } : {}),
      ...(filters.type ? { type: filters.type } : {}),
      ...(filters.status !== 'any' ? { status: filters.status } : {}),
      ...(filters.riskLevel ? { riskLevel: filters.riskLevel } : {}),
      ...(scope === 'all' && filters.workerId !== null ? { workerId: filters.workerId } : {}),
      ...(filters.gramPanchayat ? { gramPanchayat: filters.gramPanchayat } : {}),
      ...(filters.dueToday ? { dueBy: todayIso() } : {}),
      mine: scope === 'mine',
    }),
    [q, filters, scope],
  );
  const [page, setPage] = useListPage(JSON.stringify(params));
  const list = useCaseList(params, page);
  const total = list.data?.total ?? 0;
  // "No open cases" is not "no cases": the closed ones under the same search are counted, to be shown.
  const closed = useCaseList({ ...params, status: 'closed' }, 1);
  const closedTotal = params.status === 'open' ? (closed.data?.total ?? 0) : 0;
  const pages = Math.max(1, Math.ceil(total / CASE_PAGE_SIZE));

  return (
    <Stack gap="sm">
      <ListHeader
        title={scope === 'mine' ? t('cases.list.titleMine') : t('cases.list.titleAll')}
        countText={list.data ? t('cases.list.total', { count: total, formatted: formatNumber(total) }) : null}
        countTestId="cases-total"
        clearLabel={t('cases.list.clearFilters')}
        onClear={filtered ? clear : null}
      >
        {seesAll && (
          <SegmentedControl
            aria-label={t('cases.list.scope')}
            value={scope}
            onChange={(v) => setScope(v === 'mine' ? 'mine' : 'all')}
            data={[
              { value: 'mine', label: t('cases.list.mine') },
              { value: 'all', label: t('cases.list.all') },
            ]}
          />
        )}
        <ExportButton exportList={() => call('cases.export', params)} />
        <Button onClick={() => navigate('/cases/new')}>{t('cases.list.open')}</Button>
      </ListHeader>

      <Group gap="xs" align="center" wrap="wrap">
        <SearchInput
          label={t('cases.list.search')}
          placeholder={t('cases.list.searchPlaceholder')}
          value={text}
          onSearch={setText}
          style={{ flex: '1 1 200px' }}
        />
        <ChoiceFilter
          label={t('cases.list.filterType')}
          anyLabel={t('cases.list.allTypes')}
          choices={caseTypes}
          choiceName={(type) => t(`cases.types.${type}`)}
          value={filters.type}
          onChange={(v) => setFilter('type', v)}
          w={190}
        />
        <ChoiceFilter
          label={t('cases.list.filterRisk')}
          anyLabel={t('cases.list.allRisks')}
          choices={riskLevels}
          choiceName={(r) => t(`cases.riskLevels.${r}`)}
          value={filters.riskLevel}
          onChange={(v) => setFilter('riskLevel', v)}
          w={140}
        />
        {seesAll && scope === 'all' && (
          <FilterSelect<number>
            label={t('cases.list.filterWorker')}
            anyLabel={t('cases.list.allWorkers')}
            searchable
            data={(workers.data ?? []).map((w) => ({ value: w.id, label: w.fullName }))}
            value={filters.workerId}
            onChange={(v) => setFilter('workerId', v)}
            w={180}
          />
        )}
        <PlaceFilter
          kind="gramPanchayats"
          places={places.data}
          label={t('cases.list.filterGp')}
          anyLabel={t('cases.list.allGps')}
          value={filters.gramPanchayat}
          onChange={(v) => setFilter('gramPanchayat', v)}
          w={150}
        />
        <SegmentedControl
          aria-label={t('cases.list.filterStatus')}
          value={filters.status}
          onChange={(v) => setFilter('status', v === 'closed' ? 'closed' : v === 'any' ? 'any' : 'open')}
          data={[
            { value: 'open', label: t('cases.list.statusOpen') },
            { value: 'closed', label: t('cases.list.statusClosed') },
            { value: 'any', label: t('cases.list.statusAny') },
          ]}
        />
        <Checkbox
          label={t('cases.list.dueToday')}
          checked={filters.dueToday}
          onChange={(e) => setFilter('dueToday', e.currentTarget.checked)}
        />
      </Group>

      <QueryStatus query={list} />

      {list.data && (
        <>
          <Paper withBorder style={{ overflowX: 'auto' }} opacity={list.isPlaceholderData ? 0.6 : 1}>
            <Table highlightOnHover verticalSpacing={6} horizontalSpacing="sm" fz="sm" miw={980} aria-label={t('cases.list.table')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('cases.list.columns.caseNumber')}</Table.Th>
                  <Table.Th>{t('cases.list.columns.types')}</Table.Th>
                  <Table.Th>{t('cases.list.columns.children')}</Table.Th>
                  <Table.Th>{t('cases.list.columns.risk')}</Table.Th>
                  <Table.Th>{t('cases.list.columns.reportedOn')}</Table.Th>
                  <Table.Th>{t('cases.list.columns.nextDue')}</Table.Th>
                  <Table.Th>{t('cases.list.columns.workers')}</Table.Th>
                  <Table.Th>{t('cases.list.columns.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.rows.map((row) => (
                  <CaseTableRow key={row.id} row={row} />
                ))}
              </Table.Tbody>
            </Table>
            {total === 0 && closedTotal > 0 && (
              <Group justify="center" gap="xs" p="xl" data-testid="cases-empty">
                <Text c="dimmed">{t('cases.list.noOpen', { count: closedTotal, formatted: formatNumber(closedTotal) })}</Text>
                <Button variant="subtle" size="compact-sm" onClick={() => setFilter('status', 'closed')}>
                  {t('cases.list.showClosed')}
                </Button>
              </Group>
            )}
            {total === 0 && closedTotal === 0 && (
              <Text c="dimmed" ta="center" p="xl" data-testid="cases-empty">
                {filtered ? t('cases.list.noMatch') : scope === 'mine' ? t('cases.list.emptyMine') : t('cases.list.empty')}
              </Text>
            )}
          </Paper>
          <ListPagination pages={pages} page={page} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
