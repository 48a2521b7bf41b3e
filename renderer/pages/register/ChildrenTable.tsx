import { Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { formatNumber } from '../../format';
import { href, navigate } from '../../router';
import { classSectionShort } from './labels';
import type { useChildSearch } from './queries';
import { VirtualTable } from '../../components/VirtualTable';

type ChildRow = ApiResult<'children.search'>['rows'][number];
export type SortColumn = 'name' | 'code' | 'school' | 'class' | 'village';
export interface Sort {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

const ROW_HEIGHT = 46;
/** Fetch the next page of 100 while this many loaded rows are still below the visible ones. */
const PREFETCH_ROWS = 30;

type Column = {
  key: 'code' | 'name' | 'sex' | 'age' | 'school' | 'class' | 'roll' | 'village' | 'guardian';
  width: string;
  sort?: SortColumn;
};
const columns: Column[] = [
  { key: 'code', width: '11%', sort: 'code' },
  { key: 'name', width: '19%', sort: 'name' },
  { key: 'sex', width: '6%' },
  { key: 'age', width: '5%' },
  { key: 'school', width: '19%', sort: 'school' },
  { key: 'class', width: '7%', sort: 'class' },
  { key: 'roll', width: '5%' },
  { key: 'village', width: '12%', sort: 'village' },
  { key: 'guardian', width: '16%' },
];

const oneLine = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

function ChildCells({ child }: { child: ChildRow }) {
  const { t } = useTranslation();
  const main = child.nameEn ?? child.nameBn ?? '';
  return (
    <>
      <Table.Td ff="monospace" fz="xs" style={oneLine}>
        {child.childCode}
      </Table.Td>
      <Table.Td style={oneLine}>
        <Anchor
          href={href(`/children/${child.id}`)}
          fw={500}
          size="sm"
          c="inherit"
          lang={child.nameEn ? undefined : 'bn'}
          style={{ ...oneLine, display: 'block' }}
        >
          {main}
        </Anchor>
        {child.nameEn && child.nameBn && (
          <Text size="xs" c="dimmed" lang="bn" style={oneLine}>
            {child.nameBn}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={oneLine}>{t(`register.sex.${child.sex}`)}</Table.Td>
      <Table.Td title={child.birthBasis === 'age' ? t('register.children.reportedAge') : undefined}>
        {child.age === null ? '' : formatNumber(child.age)}
      </Table.Td>
      <Table.Td style={oneLine} title={child.schoolName ?? undefined}>
        {child.schoolName}
      </Table.Td>
      <Table.Td style={oneLine}>{classSectionShort(t, child.classGrade, child.section)}</Table.Td>
      <Table.Td style={oneLine}>{child.roll}</Table.Td>
      <Table.Td style={oneLine}>{child.village}</Table.Td>
      <Table.Td style={oneLine}>{child.guardianName}</Table.Td>
    </>
  );
}

function SortHeader({ column, sort, onSort }: { column: Column; sort: Sort; onSort: (s: Sort) => void }) {
  const { t } = useTranslation();
  const label = t(`register.children.columns.${column.key}`);
  if (!column.sort) return <Table.Th style={oneLine}>{label}</Table.Th>;
  const by = column.sort;
  const active = sort.column === by;
  return (
    <Table.Th style={oneLine} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        fz="sm"
        fw={700}
        title={t('register.children.sortBy', { column: label })}
        onClick={() => onSort({ column: by, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
      >
        {label}
        <Text span c={active ? 'teal.7' : 'gray.4'} ml={4} aria-hidden>
          {active && sort.direction === 'desc' ? '▼' : '▲'}
        </Text>
      </UnstyledButton>
    </Table.Th>
  );
}

/**
 * The register as one long table: only the rows in view are in the DOM, and the next page of 100
 * is fetched as the user scrolls towards the end of what is loaded.
 */
export function ChildrenTable({
  search,
  filtered,
  resetKey,
  sort,
  onSort,
}: {
  search: ReturnType<typeof useChildSearch>;
  /** Whether a search or filter is applied: an empty result then means "no match", not "no children". */
  filtered: boolean;
  /** Changes with the search, filters and sort: the table then scrolls back to the top. */
  resetKey: string;
  sort: Sort;
  onSort: (s: Sort) => void;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage, isPlaceholderData } = search;
  const rows = useMemo(() => data?.pages.flatMap((p) => p.rows) ?? [], [data]);
  const total = data?.pages[0]?.total ?? 0;

  const virtualizer = useVirtualizer({
    count: hasNextPage ? rows.length + 1 : rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - PREFETCH_ROWS) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, lastIndex, rows.length, fetchNextPage]);

  return (
    <VirtualTable
      scrollRef={scrollRef}
      virtualizer={virtualizer}
      resetKey={resetKey}
      label={t('register.children.table')}
      minWidth={1000}
      verticalSpacing={4}
      rowCount={total + 1}
      dimmed={isPlaceholderData}
      columns={columns}
      loading={search.isPending}
      emptyText={data && total === 0 ? (filtered ? t('register.children.noMatch') : t('register.children.empty')) : null}
      head={
        <Table.Tr aria-rowindex={1}>
          {columns.map((c) => (
            <SortHeader key={c.key} column={c} sort={sort} onSort={onSort} />
          ))}
        </Table.Tr>
      }
    >
      {items.map((item) => {
        const child = rows[item.index];
        if (!child) {
          return (
            <Table.Tr key="loading" style={{ height: ROW_HEIGHT }}>
              <Table.Td colSpan={columns.length}>
                <Text size="sm" c="dimmed">
                  {t('register.children.loadingMore')}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        }
        return (
          <Table.Tr
            key={child.id}
            aria-rowindex={item.index + 2}
            style={{ height: ROW_HEIGHT, cursor: 'pointer' }}
            onClick={(e) => {
              // The name is a real link; a click anywhere else on the row opens the same page.
              if (!(e.target instanceof HTMLAnchorElement)) navigate(`/children/${child.id}`);
            }}
          >
            <ChildCells child={child} />
          </Table.Tr>
        );
      })}
    </VirtualTable>
  );
}
