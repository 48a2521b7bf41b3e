import { Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarkMeaning } from '../../../electron/attendance/types';
import { formatNumber } from '../../format';
import { CorrectionPanel, type CorrectionProps } from './CorrectionPanel';
import type { Overrides } from './importState';

const meanings: MarkMeaning[] = ['A', 'P', 'U'];

/**
 * Marks the app does not know ("X", "?"): the user says what each means in this register, for this
 * import only, and the file is read again with it. Until then the file is not imported.
 */
export function UnknownMarks({ entry, locked, onApply }: CorrectionProps) {
  const { t } = useTranslation();
  const marks = entry.preview?.unknownMarks ?? [];
  const [chosen, setChosen] = useState<Record<string, MarkMeaning | null>>(() =>
    Object.fromEntries(marks.map((m) => [m.value, m.meaning])),
  );
  const complete = marks.every((m) => chosen[m.value]);
  const changed = marks.some((m) => chosen[m.value] !== m.meaning);
  const overrides = (): Overrides => {
    const markMeanings: Record<string, MarkMeaning> = {};
    for (const m of marks) {
      const meaning = chosen[m.value];
      if (meaning) markMeanings[m.value] = meaning;
    }
    return { markMeanings };
  };
  return (
    <CorrectionPanel
      entry={entry}
      locked={locked}
      onApply={onApply}
      hint={t('attendance.importer.marks.hint')}
      applyLabel={t('attendance.importer.marks.apply')}
      ready={complete && changed}
      overrides={overrides}
    >
      <Table fz="sm" verticalSpacing={4} withTableBorder aria-label={t('attendance.importer.marks.of', { file: entry.file.name })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t('attendance.importer.marks.value')}</Table.Th>
            <Table.Th w={80} ta="right">
              {t('attendance.importer.marks.count')}
            </Table.Th>
            <Table.Th>{t('attendance.importer.marks.cells')}</Table.Th>
            <Table.Th w={280}>{t('attendance.importer.marks.meaning')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {marks.map((m) => (
            <Table.Tr key={m.value}>
              <Table.Td ff="monospace" fw={700}>
                {m.value}
              </Table.Td>
              <Table.Td ta="right">{formatNumber(m.count)}</Table.Td>
              <Table.Td fz="xs">
                <Text span ff="monospace" fz="xs">
                  {m.cells.join(', ')}
                </Text>
                {m.count > m.cells.length ? ` ${t('attendance.importer.marks.more', { n: formatNumber(m.count - m.cells.length) })}` : ''}
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={t('attendance.importer.marks.meaningOf', { value: m.value })}
                  placeholder={t('attendance.importer.choose')}
                  disabled={locked}
                  allowDeselect={false}
                  error={chosen[m.value] ? undefined : ' '}
                  data={meanings.map((meaning) => ({ value: meaning, label: t(`attendance.importer.marks.means.${meaning}`) }))}
                  value={chosen[m.value] ?? null}
                  onChange={(v) => {
                    if (v === 'P' || v === 'A' || v === 'U') setChosen((c) => ({ ...c, [m.value]: v }));
                  }}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </CorrectionPanel>
  );
}
