import { Paper, Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

/** A column's head: its words, right-aligned for numbers, `hidden` for a column of buttons that only screen readers name. */
export interface ListColumn {
  label: string;
  numeric?: boolean;
  hidden?: boolean;
}

/**
 * A register's list on a screen: a bordered, striped table named `label`, scrolling sideways under
 * `minWidth`, with its heads; `false` leaves a column out (one the user may not use). What goes under
 * the table (a spinner, "nothing yet") is `after`.
 */
export function ListTable({
  label,
  minWidth,
  columns,
  children,
  after,
}: {
  label: string;
  minWidth?: number;
  columns: (ListColumn | false)[];
  children: ReactNode;
  after?: ReactNode;
}) {
  const table = (
    <Table striped highlightOnHover verticalSpacing={6} fz="sm" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          {columns
            .filter((c): c is ListColumn => c !== false)
            .map((c) => (
              <Table.Th key={c.label} ta={c.numeric ? 'right' : undefined} w={c.hidden ? 1 : undefined}>
                {c.hidden ? <VisuallyHidden>{c.label}</VisuallyHidden> : c.label}
              </Table.Th>
            ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
  return (
    <Paper withBorder>
      {minWidth ? <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer> : table}
      {after}
    </Paper>
  );
}
