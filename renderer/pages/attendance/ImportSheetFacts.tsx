import { Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import type { FilePreview } from './importState';

type Sheet = FilePreview['sheets'][number];

/** "1 child" / "12 children": a count with its noun, in the plural the count asks for. */
function counted(
  t: TFunction,
  key: 'attendance.importer.sheetChildren' | 'attendance.importer.sheetOpen' | 'attendance.importer.sheetUnmarked',
  count: number,
): string {
  return t(key, { count, formatted: formatNumber(count) });
}

function closureText(t: TFunction, c: NonNullable<Sheet['closures']>[number]): string {
  return c.from === c.to
    ? t('attendance.importer.closureDay', { day: formatNumber(c.from), text: c.text })
    : t('attendance.importer.closureDays', { from: formatNumber(c.from), to: formatNumber(c.to), text: c.text });
}

/** Rows of a sheet the parser did not take for children, folded until the user asks: totals, weekday rows, signatures. */
function SkippedRows({ sheet, file }: { sheet: Sheet; file: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const rows = sheet.skippedRows ?? [];
  if (rows.length === 0) return null;
  return (
    <>
      <Button variant="subtle" size="compact-xs" aria-expanded={open} onClick={() => setOpen((o) => !o)} w="fit-content">
        {open
          ? t('attendance.importer.skipped.hide', { sheet: sheet.name })
          : t('attendance.importer.skipped.show', { sheet: sheet.name, count: rows.length, n: formatNumber(rows.length) })}
      </Button>
      {open && (
        <Table fz="xs" verticalSpacing={2} withTableBorder aria-label={t('attendance.importer.skipped.title', { sheet: sheet.name, file })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('attendance.importer.skipped.row')}</Table.Th>
              <Table.Th>{t('attendance.importer.skipped.text')}</Table.Th>
              <Table.Th w={260}>{t('attendance.importer.skipped.why')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.row}>
                <Table.Td>{formatNumber(row.row)}</Table.Td>
                <Table.Td>{row.text}</Table.Td>
                <Table.Td>{t(`attendance.importer.skipped.reasons.${row.reason}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}

/** Per sheet: children read, the days it was open, unmarked days, the closures found and the rows that are not children. */
export function ImportSheetFacts({ preview, file }: { preview: FilePreview; file: string }) {
  const { t } = useTranslation();
  if (preview.sheets.length === 0) return null;
  return (
    <Stack gap={6}>
      {preview.sheets.map((sheet) => (
        <Stack key={sheet.name} gap={2}>
          <Text size="sm" data-testid="sheet-facts">
            {sheet.skipped
              ? t('attendance.importer.sheetSkipped', { sheet: sheet.name })
              : t('attendance.importer.sheetFacts', {
                  sheet: sheet.name,
                  children: counted(t, 'attendance.importer.sheetChildren', preview.childrenPerSheet[sheet.name] ?? 0),
                  open: counted(t, 'attendance.importer.sheetOpen', sheet.openDays ?? 0),
                  unmarked: counted(t, 'attendance.importer.sheetUnmarked', sheet.unmarkedDays ?? 0),
                })}
          </Text>
          {(sheet.closures ?? []).length > 0 && (
            <Text size="xs" c="dimmed">
              {t('attendance.importer.closures', { list: (sheet.closures ?? []).map((c) => closureText(t, c)).join(' · ') })}
            </Text>
          )}
          <SkippedRows sheet={sheet} file={file} />
        </Stack>
      ))}
      {preview.unmarkedDays > 0 && (
        <Text size="xs" c="orange.9">
          {t('attendance.importer.fileUnmarked', { count: preview.unmarkedDays, n: formatNumber(preview.unmarkedDays) })}
        </Text>
      )}
    </Stack>
  );
}
