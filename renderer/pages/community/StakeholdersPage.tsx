import { Alert, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { stakeholderCategories } from '../../../electron/shared/communityVocabulary';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { FilterSelect } from '../../components/FilterSelect';
import { SearchInput } from '../../components/SearchInput';
import { ExportButton } from '../../components/ExportButton';
import { ListHeader } from '../../components/ListHeader';
import { formatNumber } from '../../format';
import { can, type Me } from '../../session';
import { useStakeholders } from './queries';
import { StakeholderFormModal } from './StakeholderForm';

type Category = NonNullable<ApiInput<'stakeholders.list'>['category']>;

/** The officials and community people the office works with, and how often it has met each. */
export function StakeholdersPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [category, setCategory] = useState<Category | null>(null);
  const [adding, setAdding] = useState(false);
  const params = { ...(q ? { q } : {}), ...(category ? { category } : {}) };
  const list = useStakeholders(params);
  const rows = list.data ?? [];
  return (
    <Stack gap="sm">
      <ListHeader
        title={t('community.stakeholders.title')}
        countText={list.data ? t('community.stakeholders.count', { count: rows.length, formatted: formatNumber(rows.length) }) : null}
        countTestId="stakeholders-total"
        clearLabel={t('community.clearFilters')}
        onClear={
          q || category
            ? () => {
                setSearch('');
                setCategory(null);
              }
            : null
        }
      >
        <ExportButton exportList={() => call('stakeholders.export', params)} />
        {can(me, 'community.write') && <Button onClick={() => setAdding(true)}>{t('community.stakeholders.add')}</Button>}
      </ListHeader>
      <Group gap="sm">
        <SearchInput label={t('community.stakeholders.search')} w={380} value={search} onSearch={setSearch} />
        <FilterSelect
          label={t('community.person.category')}
          anyLabel={t('community.stakeholders.allCategories')}
          searchable
          w={280}
          data={stakeholderCategories.map((c) => ({ value: c, label: t(`community.categories.${c}`) }))}
          value={category}
          onChange={(v) => setCategory(v as Category | null)}
        />
      </Group>
      {list.isError && <Alert color="red">{errorText(t, list.error)}</Alert>}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing={6} fz="sm" aria-label={t('community.stakeholders.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('community.columns.name')}</Table.Th>
                <Table.Th>{t('community.columns.category')}</Table.Th>
                <Table.Th>{t('community.columns.institution')}</Table.Th>
                <Table.Th>{t('community.columns.phone')}</Table.Th>
                <Table.Th ta="right">{t('community.columns.committees')}</Table.Th>
                <Table.Th ta="right">{t('community.columns.meetings')}</Table.Th>
                <Table.Th ta="right">{t('community.columns.activities')}</Table.Th>
                <Table.Th ta="right">{t('community.columns.referrals')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td fw={500}>{s.name}</Table.Td>
                  <Table.Td>{[t(`community.categories.${s.category}`), s.designation].filter(Boolean).join(', ')}</Table.Td>
                  <Table.Td>{[s.schoolName ?? s.institution, s.gramPanchayat].filter(Boolean).join(', ')}</Table.Td>
                  <Table.Td>{s.phone}</Table.Td>
                  <Table.Td ta="right">{formatNumber(s.committees)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(s.meetings)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(s.activities)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(s.referrals)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {list.data && rows.length === 0 && (
          <Text c="dimmed" ta="center" p="lg">
            {t('community.stakeholders.empty')}
          </Text>
        )}
      </Paper>
      <StakeholderFormModal opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
