import { Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import { classSectionShort } from '../register/labels';
import { CorrectionPanel, type CorrectionProps } from './CorrectionPanel';
import type { Overrides } from './importState';

type Choice = { kind: 'keep' } | { kind: 'other'; roll: string } | { kind: 'leaveOut' };

const rowKeyOf = (sheet: string, row: number) => `${sheet}!${row}`;

/**
 * A roll written on two rows of one class and section: for each row the user says whether it keeps
 * the roll, is a different child with another roll, or is the same child written twice (left out).
 */
export function DoubledRolls({ entry, locked, onApply }: CorrectionProps) {
  const { t } = useTranslation();
  const groups = entry.preview?.duplicateRolls ?? [];
  const earlier = entry.overrides.rolls ?? {};
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const choiceOf = (key: string): Choice => choices[key] ?? { kind: 'keep' };
  const keeping = (g: (typeof groups)[number]) => g.rows.filter((r) => choiceOf(rowKeyOf(r.sheet, r.row)).kind === 'keep').length;
  const missingRoll = Object.values(choices).some((c) => c.kind === 'other' && c.roll.trim() === '');
  const resolved = groups.every((g) => keeping(g) <= 1) && !missingRoll;
  const overrides = (): Overrides => {
    const rolls: Record<string, string | null> = { ...earlier };
    for (const [key, choice] of Object.entries(choices)) {
      if (choice.kind === 'other') rolls[key] = choice.roll.trim();
      else if (choice.kind === 'leaveOut') rolls[key] = null;
    }
    return { rolls };
  };
  return (
    <CorrectionPanel
      entry={entry}
      locked={locked}
      onApply={onApply}
      hint={t('attendance.importer.rolls.hint')}
      applyLabel={t('attendance.importer.rolls.apply')}
      ready={resolved}
      overrides={overrides}
    >
      {groups.map((g) => (
        <Table
          key={`${g.sheet}-${g.class ?? ''}-${g.section ?? ''}-${g.roll}`}
          fz="sm"
          verticalSpacing={4}
          withTableBorder
          aria-label={t('attendance.importer.rolls.group', {
            roll: g.roll,
            sheet: g.sheet,
            class: classSectionShort(t, g.class, g.section),
          })}
        >
          <Table.Tbody>
            {g.rows.map((r) => {
              const key = rowKeyOf(r.sheet, r.row);
              const choice = choiceOf(key);
              return (
                <Table.Tr key={key}>
                  <Table.Td w={140}>{t('attendance.importer.sheetRow', { sheet: r.sheet, row: formatNumber(r.row) })}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {r.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[classSectionShort(t, g.class, g.section), t('attendance.importer.roll', { roll: g.roll })].join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td w={470}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <Select
                        aria-label={t('attendance.importer.rolls.choiceOf', { name: r.name, row: r.row })}
                        disabled={locked}
                        allowDeselect={false}
                        w={260}
                        data={[
                          { value: 'keep', label: t('attendance.importer.rolls.keep', { roll: g.roll }) },
                          { value: 'other', label: t('attendance.importer.rolls.other') },
                          { value: 'leaveOut', label: t('attendance.importer.rolls.leaveOut') },
                        ]}
                        value={choice.kind}
                        onChange={(v) =>
                          setChoices((c) => ({
                            ...c,
                            [key]: v === 'other' ? { kind: 'other', roll: '' } : v === 'leaveOut' ? { kind: 'leaveOut' } : { kind: 'keep' },
                          }))
                        }
                      />
                      {choice.kind === 'other' && (
                        <TextInput
                          aria-label={t('attendance.importer.rolls.newRoll', { name: r.name })}
                          placeholder={t('attendance.importer.rolls.newRollHint')}
                          w={160}
                          disabled={locked}
                          value={choice.roll}
                          error={choice.roll.trim() === '' ? t('attendance.importer.rolls.newRollRequired') : undefined}
                          onChange={(e) => {
                            const roll = e.currentTarget.value;
                            setChoices((c) => ({ ...c, [key]: { kind: 'other', roll } }));
                          }}
                        />
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      ))}
      {!resolved && !missingRoll && (
        <Text size="xs" c="orange.9">
          {t('attendance.importer.rolls.stillTwice')}
        </Text>
      )}
    </CorrectionPanel>
  );
}
