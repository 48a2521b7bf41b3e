import { Anchor, Badge, Button, Checkbox, Stack, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { href } from '../../router';
import { classSectionShort } from '../register/labels';
import { DepartureBadge } from '../safetynet/ChildDepartures';
import type { WorklistDeparture } from '../safetynet/worklistDepartures';
import { childName, findingText, percentText, reasonText, type FlagRow } from './labels';
import { VirtualTable } from '../../components/VirtualTable';

const ESTIMATED_ROW = 64;

const selectColumn = { key: 'select', width: '3%' } as const;
const dataColumns = [
  { key: 'child', width: '13%' },
  { key: 'guardian', width: '10%' },
  { key: 'village', width: '9%' },
  { key: 'school', width: '12%' },
  { key: 'class', width: '5%' },
  { key: 'reasons', width: '15%' },
  { key: 'lastPercent', width: '11%' },
  { key: 'volunteer', width: '9%' },
  { key: 'lastFollowUp', width: '13%' },
] as const;
const columns = [selectColumn, ...dataColumns];

const clip = { overflow: 'hidden', textOverflow: 'ellipsis' } as const;

function FlagCells({ row, departure }: { row: FlagRow; departure: WorklistDeparture | undefined }) {
  const { t } = useTranslation();
  const low = row.reasons.some((r) => r.code === 'low_attendance');
  return (
    <>
      <Table.Td style={clip}>
        <Anchor href={href(`/children/${row.childId}`)} fw={500} size="sm" c="inherit" style={{ display: 'block', ...clip }}>
          {childName(row)}
        </Anchor>
        <Text ff="monospace" fz="xs" c="dimmed">
          {row.childCode}
        </Text>
        {departure && <DepartureBadge departure={departure} />}
      </Table.Td>
      <Table.Td style={clip}>{row.guardianName}</Table.Td>
      <Table.Td style={clip}>
        {row.village}
        {row.gramPanchayat && (
          <Text size="xs" c="dimmed" style={clip}>
            {row.gramPanchayat}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={clip}>
        <Anchor href={href(`/schools/${row.schoolId}`)} size="sm" c="inherit">
          {row.schoolName}
        </Anchor>
      </Table.Td>
      <Table.Td>{classSectionShort(t, row.classGrade, row.section)}</Table.Td>
      <Table.Td>
        <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {row.reasons.map((reason) => (
            <Text component="li" key={reason.code} size="xs" lh={1.35}>
              {reasonText(t, reason)}
            </Text>
          ))}
        </Stack>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" fw={600} c={low ? 'red' : undefined}>
          {percentText(row.lastPercent)}
        </Text>
      </Table.Td>
      <Table.Td style={clip}>
        {row.volunteer ? (
          row.volunteer.name
        ) : (
          <Text size="xs" c="dimmed">
            {t('attendance.worklist.notAssigned')}
          </Text>
        )}
      </Table.Td>
    </>
  );
}

function LastFollowUp({ row }: { row: FlagRow }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      {row.lastFollowUp ? (
        <Text size="xs">
          {formatDate(row.lastFollowUp.visitDate)} · {findingText(t, row.lastFollowUp.finding)}
        </Text>
      ) : (
        <Text size="xs" c="dimmed">
          {t('attendance.worklist.notVisited')}
        </Text>
      )}
      {row.status !== 'open' && (
        <Badge size="xs" radius="sm" tt="none" variant="light" color={row.status === 'case_opened' ? 'violet' : 'gray'} miw="max-content">
          {t(`attendance.worklist.flagStatus.${row.status}`)}
        </Badge>
      )}
    </Stack>
  );
}

/**
 * The worklist as one long table, most urgent first. Rows grow with the number of reasons, so the
 * virtualizer measures each row it renders instead of assuming one height.
 */
export function WorklistTable({
  rows,
  loading,
  filtered,
  selected,
  onSelect,
  onRecordVisit,
  canWrite,
  resetKey,
  departureOf = () => undefined,
}: {
  rows: FlagRow[];
  loading: boolean;
  filtered: boolean;
  selected: ReadonlySet<number>;
  onSelect: (childIds: number[], on: boolean) => void;
  onRecordVisit: (row: FlagRow) => void;
  canWrite: boolean;
  resetKey: string;
  /** The child's latest SafetyNet departure, shown beside the name. */
  departureOf?: (childId: number) => WorklistDeparture | undefined;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.childId));
  const someSelected = rows.some((r) => selected.has(r.childId));

  return (
    <VirtualTable
      scrollRef={scrollRef}
      virtualizer={virtualizer}
      resetKey={resetKey}
      label={t('attendance.worklist.table')}
      minWidth={1080}
      verticalSpacing={6}
      columns={columns}
      loading={loading}
      emptyText={!loading && rows.length === 0 ? (filtered ? t('attendance.worklist.noMatch') : t('attendance.worklist.empty')) : null}
      head={
        <Table.Tr>
          <Table.Th>
            {canWrite && (
              <Checkbox
                size="xs"
                aria-label={t('attendance.worklist.selectAll')}
                checked={allSelected}
                indeterminate={someSelected && !allSelected}
                onChange={(e) =>
                  onSelect(
                    rows.map((r) => r.childId),
                    e.currentTarget.checked,
                  )
                }
              />
            )}
          </Table.Th>
          {dataColumns.map((c) => (
            <Table.Th key={c.key} style={{ whiteSpace: 'normal', overflowWrap: 'normal' }}>
              {t(`attendance.worklist.columns.${c.key}`)}
            </Table.Th>
          ))}
        </Table.Tr>
      }
    >
      {items.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <Table.Tr
            key={row.childId}
            ref={virtualizer.measureElement}
            data-index={item.index}
            bg={selected.has(row.childId) ? 'teal.0' : undefined}
            style={{ verticalAlign: 'top' }}
          >
            <Table.Td>
              {canWrite && (
                <Checkbox
                  size="xs"
                  aria-label={t('attendance.worklist.select', { name: childName(row) })}
                  checked={selected.has(row.childId)}
                  onChange={(e) => onSelect([row.childId], e.currentTarget.checked)}
                />
              )}
            </Table.Td>
            <FlagCells row={row} departure={departureOf(row.childId)} />
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <LastFollowUp row={row} />
                {canWrite && (
                  <Button
                    size="compact-xs"
                    variant="light"
                    aria-label={t('attendance.worklist.recordVisitFor', { name: childName(row) })}
                    onClick={() => onRecordVisit(row)}
                  >
                    {t('attendance.worklist.recordVisit')}
                  </Button>
                )}
              </Stack>
            </Table.Td>
          </Table.Tr>
        );
      })}
    </VirtualTable>
  );
}
