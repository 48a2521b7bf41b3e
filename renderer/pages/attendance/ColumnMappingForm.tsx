import { Button, Collapse, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '../../../electron/attendance/types';
import { showError } from '../../components/errors';
import { asciiDigits } from '../register/labels';
import { useFieldErrors } from '../register/useFieldErrors';
import type { FileEntry } from './importState';
import { columnLetters, columnNumber } from './labels';
import { SheetGlimpse } from './SheetGlimpse';

const ALL_SHEETS = '*';
const letterFields = ['name', 'roll', 'class', 'section', 'sex', 'firstDay', 'total'] as const;
type LetterField = (typeof letterFields)[number];
type Field = LetterField | 'headerRow';
const required: readonly LetterField[] = ['name', 'firstDay'];

type Values = Record<Field, string>;

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
  const [values, setValues] = useState<Values>(() => valuesOf(mappingOf(sheet)));
  const shown = sheet === ALL_SHEETS ? (unmapped[0] ?? sheets.find((s) => !s.skipped) ?? sheets[0]) : sheets.find((s) => s.name === sheet);
  const [saving, setSaving] = useState(false);
  const form = useFieldErrors<Field>();

  const chooseSheet = (name: string) => {
    setSheet(name);
    setValues(valuesOf(mappingOf(name)));
    form.clearAll();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    const headerRow = Number(asciiDigits(values.headerRow.trim()));
    let ok = true;
    if (!Number.isInteger(headerRow) || headerRow < 1) {
      form.setFieldError('headerRow', t('attendance.importer.mapping.badRow'));
      ok = false;
    }
    const columns: Partial<Record<LetterField, number | null>> = {};
    for (const field of letterFields) {
      const text = values[field].trim();
      if (!text) {
        if (required.includes(field)) {
          form.setFieldError(field, t('errors.required'));
          ok = false;
        }
        columns[field] = null;
        continue;
      }
      const n = columnNumber(text);
      if (n === null) {
        form.setFieldError(field, t('attendance.importer.mapping.badLetters'));
        ok = false;
      }
      columns[field] = n;
    }
    const { name, firstDay } = columns;
    if (!ok || !name || !firstDay) return;
    const mapping: ColumnMapping = {
      headerRow,
      name,
      firstDay,
      roll: columns.roll ?? null,
      class: columns.class ?? null,
      section: columns.section ?? null,
      sex: columns.sex ?? null,
      total: columns.total ?? null,
    };
    setSaving(true);
    onApply({ ...entry.overrides.mappings, [sheet]: mapping })
      .catch((error: unknown) => showError(t, error))
      .finally(() => setSaving(false));
  };

  const letterInput = (field: Field) => ({
    label: t(`attendance.importer.mapping.${field}`),
    value: values[field],
    error: form.errors[field],
    withAsterisk: field === 'headerRow' || required.some((r) => r === field),
    maxLength: field === 'headerRow' ? 5 : 3,
    autoComplete: 'off',
    disabled: locked,
    onChange: (ev: { currentTarget: HTMLInputElement }) => {
      const text = ev.currentTarget.value;
      setValues((v) => ({ ...v, [field]: field === 'headerRow' ? text : text.toUpperCase() }));
      form.clearFieldError(field);
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
        <form onSubmit={submit} noValidate aria-label={t('attendance.importer.mapping.title')}>
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
