import { Alert, Button, Group, Pagination, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/errors';
import { ListHeader } from '../../components/ListHeader';
import { useListFilters } from '../../components/useListFilters';
import { useListPage } from '../../components/useListPage';
import { formatNumber } from '../../format';
import { navigate } from '../../router';
import { can, type Me } from '../../session';
import { DeparturePlaceFilter, DepartureLevelFilter } from './DepartureFilters';
import { DepartureTable } from './DepartureTable';
import { isOneOf, type DepartureLevel } from './labels';
import { useDepartures } from './queries';

const pageSize = 50;
const states = ['all', 'away', 'returned'] as const;

interface Filters {
  gramPanchayat: string | null;
  level: DepartureLevel | null;
  state: (typeof states)[number];
}

const noFilters: Filters = { gramPanchayat: null, level: null, state: 'all' };

/** The migration register: everyone reported leaving, newest first, searchable and filtered by GP, level and whether they are back. */
export function DeparturesPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { text, setText, q, filters, setFilter, filtered, clear } = useListFilters(noFilters);
  const listed = {
    ...(q ? { q } : {}),
    ...(filters.gramPanchayat ? { gramPanchayat: filters.gramPanchayat } : {}),
    ...(filters.level ? { level: filters.level } : {}),
    state: filters.state,
  };
  const [page, setPage] = useListPage(JSON.stringify(listed));
  const list = useDepartures({ ...listed, limit: pageSize, offset: (page - 1) * pageSize });
  const total = list.data?.total ?? 0;

  return (
    <Stack gap="sm">
      <ListHeader
        title={t('safetynet.list.title')}
        countText={list.data ? t('safetynet.list.count', { count: total, formatted: formatNumber(total) }) : null}
        countTestId="departures-total"
        clearLabel={t('attendance.worklist.clearFilters')}
        onClear={filtered ? clear : null}
      >
        {can(me, 'safetynet.write') && <Button onClick={() => navigate('/safetynet/new')}>{t('safetynet.list.report')}</Button>}
      </ListHeader>
      <Text size="sm" c="dimmed">
        {t('safetynet.list.intro')}
      </Text>
      <Group gap="md" align="flex-end">
        <TextInput type="search" label={t('safetynet.list.search')} value={text} onChange={(e) => setText(e.currentTarget.value)} w={340} />
        <DeparturePlaceFilter kind="gramPanchayats" value={filters.gramPanchayat} onChange={(v) => setFilter('gramPanchayat', v)} w={200} />
        <DepartureLevelFilter value={filters.level} onChange={(v) => setFilter('level', v)} w={150} />
        <Select
          label={t('safetynet.list.filterState')}
          data={states.map((s) => ({ value: s, label: t(`safetynet.list.states.${s}`) }))}
          value={filters.state}
          allowDeselect={false}
          onChange={(v) => setFilter('state', isOneOf(states, v) ? v : 'all')}
          w={170}
        />
      </Group>
      {list.isError && <Alert color="red">{errorText(t, list.error)}</Alert>}
      <DepartureTable rows={list.data?.rows ?? []} label={t('safetynet.list.table')} empty={t('safetynet.list.empty')} />
      {total > pageSize && <Pagination total={Math.ceil(total / pageSize)} value={page} onChange={setPage} />}
    </Stack>
  );
}
