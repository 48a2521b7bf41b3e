import { Button, Collapse, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '../../../electron/attendance/types';
import { showError } from '../../components/errors';
import { asciiDigits } from '../register/labels';
import type { FileEntry } from './importState';
import { columnLetters, columnNumber } from './labels';
import { SheetGlimpse } from './SheetGlimpse';

const ALL_SHEETS = '*';
const letterFields = ['name', 'roll', 'class', 'section', 'sex', 'firstDay', 'total'] as const;
type LetterField = (typeof letterFields)[number];
type Field = LetterField | 'headerRow';
const required: readonly LetterField[] = ['name', 'firstDay'];

type Values = Record<Field, string>;

/** The header row as typed (Bengali digits too), or null when it is not a row number. */
function rowNumber(text: string): number | null {
  const n = Number(asciiDigits(text.trim()));
  return Number.isInteger(n) && n >= 1 ? n : null;
}

function valuesOf(mapping: ColumnMapping | null | undefined): Values {
  const letters = (n: number | null | undefined) => (n ? columnLetters(n) : '');
  return {
    headerRow: mapping ? String(mapping.headerRow) : '',
    name: letters(mapping?.name),
    roll: letters(mapping?.roll),
    class: letters(mapping?.class),
    section: letters(mapping?.section),
    sex: letters(mapping?.sex),
    firstDay: letters(mapping?.firstDay),
    total: letters(mapping?.total),
  };
}

/**
 * Where the parser could not find the columns (or found the wrong ones), the user says which
 * column holds what, as the letters Excel shows; the mapping is remembered for that file layout.
 */
export function ColumnMappingForm({
  entry,
  initiallyOpen,
  locked,
  onApply,
}: {
  entry: FileEntry;
  initiallyOpen: boolean;
  locked: boolean;
  onApply: (mappings: Record<string, ColumnMapping>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const sheets = entry.preview?.sheets ?? [];
  const [opened, setOpened] = useState(initiallyOpen);
  // The sheet the parser could not read is the one to map; a file of one sheet maps "every sheet".
  const unmapped = sheets.filter((s) => !s.skipped && s.mapping === null);
  const [sheet, setSheet] = useState<string>(sheets.length > 1 && unmapped[0] ? unmapped[0].name : ALL_SHEETS);
  const mappingOf = (name: string) =>
    entry.overrides.mappings?.[name] ?? sheets.find((s) => (name === ALL_SHEETS ? s.mapping : s.name === name))?.mapping ?? null;
  const shown = sheet === ALL_SHEETS ? (unmapped[0] ?? sheets.find((s) => !s.skipped) ?? sheets[0]) : sheets.find((s) => s.name === sheet);
  const [saving, setSaving] = useState(false);
  // The letters are the form's to read (the API takes column numbers); a mapping without the name and
  // the first day's column cannot be made at all.
  const letterRule = (field: LetterField) => (text: string) => {
    if (!text.trim()) return required.includes(field) ? t('errors.required') : null;
    return columnNumber(text.trim()) === null ? t('attendance.importer.mapping.badLetters') : null;
  };
  const form = useForm({
    initialValues: valuesOf(mappingOf(sheet)),
    validate: {
      headerRow: (text) => (rowNumber(text) === null ? t('attendance.importer.mapping.badRow') : null),
      ...Object.fromEntries(letterFields.map((field) => [field, letterRule(field)])),
    },
  });

  const chooseSheet = (name: string) => {
    setSheet(name);
    form.setValues(valuesOf(mappingOf(name)));
    form.clearErrors();
  };

  const apply = (values: Values) => {
    const column = (field: LetterField) => (values[field].trim() ? columnNumber(values[field].trim()) : null);
    const headerRow = rowNumber(values.headerRow);
    const name = column('name');
    const firstDay = column('firstDay');
    if (headerRow === null || !name || !firstDay) return;
    const mapping: ColumnMapping = {
      headerRow,
      name,
      firstDay,
      roll: column('roll'),
      class: column('class'),
      section: column('section'),
      sex: column('sex'),
      total: column('total'),
    };
    setSaving(true);
    onApply({ ...entry.overrides.mappings, [sheet]: mapping })
      .catch((error: unknown) => showError(t, error))
      .finally(() => setSaving(false));
  };

  const letterInput = (field: Field) => ({
    label: t(`attendance.importer.mapping.${field}`),
    withAsterisk: field === 'headerRow' || required.some((r) => r === field),
    maxLength: field === 'headerRow' ? 5 : 3,
    autoComplete: 'off',
    disabled: locked,
    ...form.getInputProps(field),
    onChange: (ev: { currentTarget: HTMLInputElement }) => {
      const text = ev.currentTarget.value;
      form.setFieldValue(field, field === 'headerRow' ? text : text.toUpperCase());
    },
  });

  return (
    <Stack gap={4}>
      <Group>
        <Button variant="subtle" size="xs" px={0} aria-expanded={opened} onClick={() => setOpened((o) => !o)}>
          {opened ? '▼ ' : '▶ '}
          {t('attendance.importer.mapping.title')}
        </Button>
      </Group>
      <Collapse expanded={opened}>
        <form onSubmit={form.onSubmit(apply)} noValidate aria-label={t('attendance.importer.mapping.title')}>
          <Stack gap="xs">
            <Text size="xs" c="dimmed">
              {t('attendance.importer.mapping.hint')}
            </Text>
            <Group align="flex-end" gap="sm">
              <Select
                label={t('attendance.importer.mapping.sheet')}
                data={[
                  { value: ALL_SHEETS, label: t('attendance.importer.mapping.allSheets') },
                  ...sheets.map((s) => ({ value: s.name, label: s.name })),
                ]}
                value={sheet}
                allowDeselect={false}
                disabled={locked}
                onChange={(v) => chooseSheet(v ?? ALL_SHEETS)}
                w={220}
              />
              <TextInput {...letterInput('headerRow')} inputMode="numeric" w={120} />
            </Group>
            {shown?.firstRows && shown.firstRows.length > 0 && <SheetGlimpse sheet={shown.name} rows={shown.firstRows} />}
            <SimpleGrid cols={{ base: 3, md: 7 }} spacing="xs">
              {letterFields.map((field) => (
                <TextInput key={field} {...letterInput(field)} styles={{ input: { fontFamily: 'monospace' } }} />
              ))}
            </SimpleGrid>
            <Group>
              <Button type="submit" variant="light" size="xs" loading={saving || entry.rereading} disabled={locked}>
                {t('attendance.importer.mapping.apply')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Collapse>
    </Stack>
  );
}
