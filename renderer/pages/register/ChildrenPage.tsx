import { call } from '../../api/client';
import { ExportButton } from '../../components/ExportButton';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { PlaceFilter } from '../../components/FilterSelect';
import { SchoolFilter } from './RegisterFilters';
import { SearchInput } from '../../components/SearchInput';
import { ListHeader } from '../../components/ListHeader';
import { useListFilters } from '../../components/useListFilters';
import { Alert, Button, Group, SegmentedControl, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/errors';
import { formatNumber } from '../../format';
import { can, type Me } from '../../session';
import { ChildFormModal } from './ChildForm';
import { ChildrenTable, type Sort } from './ChildrenTable';
import { classGrades, classLabel, sexes, type Sex } from './labels';
import { registerKeys, useChildFilters, useChildSearch, type ChildSearchParams } from './queries';
import { useQuery } from '@tanstack/react-query';
import { href } from '../../router';

interface Filters {
  schoolId: number | null;
  classGrade: number | null;
  village: string | null;
  sex: Sex | null;
}

const noFilters: Filters = { schoolId: null, classGrade: null, village: null, sex: null };

export function ChildrenPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { text, setText, q, filters, setFilter, filtered, clear } = useListFilters(noFilters);
  const [sort, setSort] = useState<Sort>({ column: 'name', direction: 'asc' });
  const [adding, setAdding] = useState(false);
  const choices = useChildFilters();

  const params = useMemo<ChildSearchParams>(
    () => ({
      ...(q ? { q } : {}),
      ...(filters.schoolId !== null ? { schoolId: filters.schoolId } : {}),
      ...(filters.classGrade !== null ? { classGrade: filters.classGrade } : {}),
      ...(filters.village !== null ? { village: filters.village } : {}),
      ...(filters.sex !== null ? { sex: filters.sex } : {}),
      sort: sort.column,
      direction: sort.direction,
    }),
    [q, filters, sort],
  );
  const search = useChildSearch(params);
  // How many children the worklist's place filters would miss: the way to fill them in is one click away.
  const missing = useQuery({
    queryKey: [...registerKeys.children(), 'missingAddressCount'],
    queryFn: () => call('addresses.missing', { limit: 1 }),
  }).data?.total;
  const total = search.data?.pages[0]?.total;

  return (
    <Stack gap="sm" h="calc(100vh - 92px)">
      <ListHeader
        title={t('register.children.title')}
        countText={total === undefined ? null : t('register.children.total', { count: total, formatted: formatNumber(total) })}
        countTestId="children-total"
        clearLabel={t('register.children.clearFilters')}
        onClear={filtered ? clear : null}
      >
        {missing !== undefined && missing > 0 && (
          <Button component="a" href={href('/children/addresses')} variant="light" color="orange">
            {t('register.addresses.count', { count: missing, formatted: formatNumber(missing) })}
          </Button>
        )}
        <ExportButton exportList={() => call('children.export', params)} />
        {can(me, 'register.write') && <Button onClick={() => setAdding(true)}>{t('register.children.add')}</Button>}
      </ListHeader>

      <Group gap="xs" align="flex-start" wrap="wrap">
        <SearchInput
          label={t('register.children.search')}
          placeholder={t('register.children.searchPlaceholder')}
          title={t('register.children.searchHint')}
          value={text}
          onSearch={setText}
          style={{ flex: '1 1 260px' }}
        />
        <SchoolFilter
          label={t('register.children.filterSchool')}
          anyLabel={t('register.children.allSchools')}
          value={filters.schoolId}
          onChange={(v) => setFilter('schoolId', v)}
          w={240}
        />
        <ChoiceFilter
          label={t('register.children.filterClass')}
          anyLabel={t('register.children.allClasses')}
          choices={classGrades}
          choiceName={(g) => classLabel(t, g)}
          value={filters.classGrade}
          onChange={(v) => setFilter('classGrade', v)}
          w={150}
        />
        <PlaceFilter
          kind="villages"
          places={choices.data}
          label={t('register.children.filterVillage')}
          anyLabel={t('register.children.allVillages')}
          value={filters.village}
          onChange={(v) => setFilter('village', v)}
          w={180}
        />
        <SegmentedControl
          aria-label={t('register.children.filterSex')}
          value={filters.sex ?? 'all'}
          onChange={(v) => setFilter('sex', sexes.find((s) => s === v) ?? null)}
          data={[
            { value: 'all', label: t('register.sexFilter.all') },
            ...sexes.map((s) => ({ value: s, label: t(`register.sexFilter.${s}`) })),
          ]}
        />
      </Group>

      {search.isError && <Alert color="red">{errorText(t, search.error)}</Alert>}

      <ChildrenTable search={search} filtered={filtered} resetKey={JSON.stringify(params)} sort={sort} onSort={setSort} />

      <ChildFormModal opened={adding} child={null} onClose={() => setAdding(false)} />
    </Stack>
  );
}
