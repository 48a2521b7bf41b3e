import { Alert, Button, Group, Pagination, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/errors';
import { FilterSelect, PlaceFilter } from '../../components/FilterSelect';
import { ListHeader } from '../../components/ListHeader';
import { formatNumber } from '../../format';
import { navigate } from '../../router';
import { can, type Me } from '../../session';
import { DepartureTable } from './DepartureTable';
import { departureLevels, isOneOf, type DepartureLevel } from './labels';
import { useDepartures, usePlaces } from './queries';

const pageSize = 50;
const states = ['all', 'away', 'returned'] as const;

/** The migration register: everyone reported leaving, newest first, searchable and filtered by GP, level and whether they are back. */
export function DeparturesPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [gramPanchayat, setGramPanchayat] = useState<string | null>(null);
  const [level, setLevel] = useState<DepartureLevel | null>(null);
  const [state, setState] = useState<(typeof states)[number]>('all');
  const [page, setPage] = useState(1);
  const places = usePlaces();
  const filters = {
    ...(q ? { q } : {}),
    ...(gramPanchayat ? { gramPanchayat } : {}),
    ...(level ? { level } : {}),
    state,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
  const list = useDepartures(filters);
  const total = list.data?.total ?? 0;
  const filtered = Boolean(q || gramPanchayat || level || state !== 'all');

  return (
    <Stack gap="sm">
      <ListHeader
        title={t('safetynet.list.title')}
        countText={list.data ? t('safetynet.list.count', { count: total, formatted: formatNumber(total) }) : null}
        countTestId="departures-total"
        clearLabel={t('attendance.worklist.clearFilters')}
        onClear={
          filtered
            ? () => {
                setSearch('');
                setGramPanchayat(null);
                setLevel(null);
                setState('all');
              }
            : null
        }
      >
        {can(me, 'safetynet.write') && <Button onClick={() => navigate('/safetynet/new')}>{t('safetynet.list.report')}</Button>}
      </ListHeader>
      <Text size="sm" c="dimmed">
        {t('safetynet.list.intro')}
      </Text>
      <Group gap="md" align="flex-end">
        <TextInput
          type="search"
          label={t('safetynet.list.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          w={340}
        />
        <PlaceFilter
          kind="gramPanchayats"
          places={places.data}
          label={t('safetynet.list.filterGp')}
          shownLabel
          anyLabel={t('safetynet.list.any')}
          value={gramPanchayat}
          onChange={(v) => {
            setGramPanchayat(v);
            setPage(1);
          }}
          w={200}
        />
        <FilterSelect
          label={t('safetynet.list.filterLevel')}
          shownLabel
          anyLabel={t('safetynet.list.any')}
          data={departureLevels.map((l) => ({ value: l, label: t(`safetynet.levels.${l}`) }))}
          value={level}
          onChange={(v) => {
            setLevel(isOneOf(departureLevels, v) ? v : null);
            setPage(1);
          }}
          w={150}
        />
        <Select
          label={t('safetynet.list.filterState')}
          data={states.map((s) => ({ value: s, label: t(`safetynet.list.states.${s}`) }))}
          value={state}
          allowDeselect={false}
          onChange={(v) => {
            setState(isOneOf(states, v) ? v : 'all');
            setPage(1);
          }}
          w={170}
        />
      </Group>
      {list.isError && <Alert color="red">{errorText(t, list.error)}</Alert>}
      <DepartureTable rows={list.data?.rows ?? []} label={t('safetynet.list.table')} empty={t('safetynet.list.empty')} />
      {total > pageSize && <Pagination total={Math.ceil(total / pageSize)} value={page} onChange={setPage} />}
    </Stack>
  );
}
