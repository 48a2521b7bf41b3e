import { Box, Center, Loader, Table, Text } from '@mantine/core';
import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, type ReactNode, type RefObject } from 'react';
import { VirtualGap } from './VirtualGap';

/**
 * A long list's table (the register's children, the attendance worklist) that fills the rest of the
 * page and scrolls in its own box: only the rows the caller's `virtualizer` has in view are drawn
 * (`children`), with gaps keeping the scroll bar true, and the columns keep their fixed `columns`
 * widths so that rows drawn later line up. It scrolls back to the top when `resetKey` changes (a new
 * search, filter or sort). Under the table: a spinner while `loading`, `emptyText` when it is given.
 */
export function VirtualTable({
  scrollRef,
  virtualizer,
  resetKey,
  label,
  minWidth,
  verticalSpacing,
  rowCount,
  dimmed = false,
  columns,
  head,
  children,
  loading,
  emptyText,
}: {
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  resetKey: string;
  label: string;
  minWidth: number;
  verticalSpacing: number;
  /** For screen readers, when the table has more rows than are drawn: all of them, the head's included. */
  rowCount?: number;
  /** Faded while the rows shown are the last search's, the new one on its way. */
  dimmed?: boolean;
  columns: readonly { key: string; width: string }[];
  /** The head's row. */
  head: ReactNode;
  children: ReactNode;
  loading: boolean;
  emptyText: string | null;
}) {
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [scrollRef, resetKey]);

  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <Box
      ref={scrollRef}
      style={{ flex: 1, minHeight: 240, overflow: 'auto', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
      opacity={dimmed ? 0.6 : undefined}
    >
      <Table
        stickyHeader
        highlightOnHover
        layout="fixed"
        miw={minWidth}
        fz="sm"
        verticalSpacing={verticalSpacing}
        aria-label={label}
        aria-rowcount={rowCount}
      >
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={{ width: c.width }} />
          ))}
        </colgroup>
        <Table.Thead style={{ zIndex: 1 }}>{head}</Table.Thead>
        <Table.Tbody>
          <VirtualGap height={paddingTop} colSpan={columns.length} />
          {children}
          <VirtualGap height={paddingBottom} colSpan={columns.length} />
        </Table.Tbody>
      </Table>
      {loading && (
        <Center p="xl">
          <Loader size="sm" />
        </Center>
      )}
      {emptyText !== null && (
        <Text c="dimmed" ta="center" p="xl">
          {emptyText}
        </Text>
      )}
    </Box>
  );
}
