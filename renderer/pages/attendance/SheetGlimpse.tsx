import { Box, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { columnLetters } from './labels';

const cell = { maxWidth: 110, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

/**
 * The first rows of a sheet with the row numbers and column letters Excel shows, so the user can
 * say which column holds what without opening the file.
 */
export function SheetGlimpse({ sheet, rows }: { sheet: string; rows: string[][] }) {
  const { t } = useTranslation();
  const width = rows.reduce((n, r) => Math.max(n, r.length), 0);
  if (width === 0) return null;
  const columns = Array.from({ length: width }, (_, i) => i + 1);
  return (
    // A register is 40 columns wide: the glimpse scrolls inside the page instead of widening it.
    <Box style={{ overflowX: 'auto', maxWidth: 'min(1040px, calc(100vw - 330px))' }}>
      <Table
        fz="xs"
        verticalSpacing={1}
        horizontalSpacing={6}
        withTableBorder
        withColumnBorders
        bg="white"
        aria-label={t('attendance.importer.mapping.glimpse', { sheet })}
      >
        <Table.Thead>
          <Table.Tr bg="gray.1">
            <Table.Th />
            {columns.map((c) => (
              <Table.Th key={c} ta="center" ff="monospace">
                {columnLetters(c)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, r) => (
            <Table.Tr key={r}>
              <Table.Th bg="gray.1" ta="right" ff="monospace" fw={500}>
                {r + 1}
              </Table.Th>
              {columns.map((c) => (
                <Table.Td key={c} style={cell} title={row[c - 1] ?? ''}>
                  <Text span fz="xs">
                    {row[c - 1] ?? ''}
                  </Text>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
