import { Badge, Group, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import { classSectionShort } from '../register/labels';
import type { FilePreview } from './importState';

/** Each child's month as the worklist will count it: days present of days open, unmarked days, percent, longest absence. */
export function ImportChildren({ preview, file }: { preview: FilePreview; file: string }) {
  const { t } = useTranslation();
  const { percent: threshold, absenceRunDays } = preview.thresholds;
  if (preview.rows.length === 0) return null;
  return (
    <ScrollArea.Autosize mah={360} type="auto">
      <Table fz="sm" verticalSpacing={2} withTableBorder stickyHeader aria-label={t('attendance.importer.childrenOf', { file })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>{t('attendance.importer.columns.sheetRow')}</Table.Th>
            <Table.Th>{t('attendance.importer.columns.child')}</Table.Th>
            <Table.Th ta="right">{t('attendance.importer.columns.presentOfOpen')}</Table.Th>
            <Table.Th ta="right">{t('attendance.importer.columns.unmarked')}</Table.Th>
            <Table.Th ta="right">{t('attendance.importer.columns.percent')}</Table.Th>
            <Table.Th ta="right">{t('attendance.importer.columns.run')}</Table.Th>
            <Table.Th>{t('attendance.importer.columns.flag')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.rows.map((c) => (
            <Table.Tr key={`${c.sheet}!${c.row}`}>
              <Table.Td>{t('attendance.importer.sheetRow', { sheet: c.sheet, row: formatNumber(c.row) })}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {c.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {[classSectionShort(t, c.class, c.section), c.roll ? t('attendance.importer.roll', { roll: c.roll }) : '']
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {t('attendance.importer.presentOfOpen', { present: formatNumber(c.daysPresent), open: formatNumber(c.daysOpen) })}
              </Table.Td>
              <Table.Td ta="right" c={c.unmarkedDays > 0 ? 'orange.9' : undefined}>
                {c.unmarkedDays > 0
                  ? t('attendance.importer.unmarkedDays', { count: c.unmarkedDays, n: formatNumber(c.unmarkedDays) })
                  : ''}
              </Table.Td>
              <Table.Td ta="right">{c.percent === null ? '—' : `${formatNumber(c.percent)} %`}</Table.Td>
              <Table.Td ta="right">{formatNumber(c.longestAbsenceRun)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {c.belowThreshold && (
                    <Badge color="red" variant="light" size="sm" tt="none">
                      {t('attendance.importer.flagLow', { n: formatNumber(threshold) })}
                    </Badge>
                  )}
                  {c.longAbsence && (
                    <Badge color="red" variant="light" size="sm" tt="none">
                      {t('attendance.importer.flagRun', { n: formatNumber(absenceRunDays) })}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
