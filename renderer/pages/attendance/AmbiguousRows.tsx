import { Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { classSectionShort } from '../register/labels';
import { rowKey, type FileEntry } from './importState';

const NEW_CHILD = 'new';

/**
 * Rows the app could not match to one child of the register (two similar names on the same roll,
 * say): the user says who each one is, or that it is a child new to the register.
 */
export function AmbiguousRows({
  entry,
  onDecide,
  locked,
}: {
  entry: FileEntry;
  onDecide: (row: string, childId: number | null) => void;
  locked: boolean;
}) {
  const { t } = useTranslation();
  const rows = entry.preview?.ambiguous ?? [];
  return (
    <>
      <Text size="xs" c="dimmed">
        {t('attendance.importer.ambiguousHint')}
      </Text>
      <Table fz="sm" verticalSpacing={4} withTableBorder aria-label={t('attendance.importer.ambiguousOf', { file: entry.file.name })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={140}>{t('attendance.importer.columns.sheetRow')}</Table.Th>
            <Table.Th>{t('attendance.importer.columns.inRegister')}</Table.Th>
            <Table.Th w={380}>{t('attendance.importer.columns.who')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((child) => {
            const key = rowKey(child);
            const decided = key in entry.decisions;
            const value = decided ? String(entry.decisions[key] ?? NEW_CHILD) : null;
            return (
              <Table.Tr key={key}>
                <Table.Td>{t('attendance.importer.sheetRow', { sheet: child.sheet, row: child.row })}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {child.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[
                      classSectionShort(t, child.class, child.section),
                      child.roll ? t('attendance.importer.roll', { roll: child.roll }) : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('attendance.importer.whoIs', { name: child.name, row: child.row })}
                    placeholder={t('attendance.importer.choose')}
                    disabled={locked}
                    allowDeselect={false}
                    error={decided ? undefined : ' '}
                    data={[
                      ...(child.match.candidates ?? []).map((c) => ({
                        value: String(c.childId),
                        label: t('attendance.importer.candidate', {
                          name: c.name,
                          code: c.childCode,
                          class: classSectionShort(t, c.class, null),
                          roll: c.roll ?? '—',
                        }),
                      })),
                      { value: NEW_CHILD, label: t('attendance.importer.addAsNew') },
                    ]}
                    value={value}
                    onChange={(v) => {
                      if (v === null) return;
                      onDecide(key, v === NEW_CHILD ? null : Number(v));
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}
