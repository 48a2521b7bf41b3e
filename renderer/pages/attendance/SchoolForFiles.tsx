import { Button, Group, MultiSelect, Paper, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showError } from '../../components/errors';
import { formatNumber } from '../../format';
import { SchoolFormModal, type SchoolPrefill } from '../register/SchoolForm';
import { useSchoolList } from '../register/queries';
import { fileStatus, type FileEntry } from './importState';
import type { useImportBatch } from './useImportBatch';

type Batch = ReturnType<typeof useImportBatch>;

const needsSchool = (e: FileEntry) => fileStatus(e) === 'needsSchool';

/** The school a register names, for "Add this school": its title's name and UDISE, when it gives either. */
export function schoolPrefill(entry: FileEntry): SchoolPrefill | null {
  const hint = entry.preview?.schoolHint;
  if (!hint || (!hint.name && !hint.udise)) return null;
  return { name: hint.name ?? '', udise: hint.udise ?? '' };
}

const plain = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Two registers from the same school by what they say: the same UDISE, or (without one) the same name. */
function sameSchool(a: SchoolPrefill, b: SchoolPrefill): boolean {
  if (a.udise && b.udise) return a.udise === b.udise;
  return !a.udise && !b.udise && a.name !== '' && plain(a.name) === plain(b.name);
}

/**
 * "Add this school" for a register whose school is not in the register of schools: the form opens here,
 * prefilled from the file, and once saved every file of the batch naming that school is read again with it.
 */
export function AddSchool({ entry, batch, disabled }: { entry: FileEntry; batch: Batch; disabled: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const prefill = schoolPrefill(entry);
  // Only a file that names its school can fill the form; the others take a school from the list.
  if (!needsSchool(entry) || !prefill) return null;
  const matched = (schoolId: number) => {
    const same = batch.entries.filter((e) => {
      const other = schoolPrefill(e);
      return e.key === entry.key || (needsSchool(e) && prefill !== null && other !== null && sameSchool(prefill, other));
    });
    batch
      .chooseSchool(
        same.map((e) => e.key),
        schoolId,
      )
      .catch((error: unknown) => showError(t, error));
  };
  return (
    <>
      <Button
        size="compact-xs"
        variant="light"
        mt={2}
        disabled={disabled}
        onClick={() => setOpen(true)}
        aria-label={t('attendance.importer.addSchoolFor', { file: entry.file.name })}
      >
        {t('attendance.importer.addSchool')}
      </Button>
      <SchoolFormModal
        opened={open}
        school={null}
        prefill={prefill ?? undefined}
        onClose={() => setOpen(false)}
        onSaved={(row) => matched(row.id)}
      />
    </>
  );
}

/** One school chosen for several files at once (a school that sent its registers as separate files). */
export function SchoolForFiles({ batch, locked }: { batch: Batch; locked: boolean }) {
  const { t } = useTranslation();
  const schools = useSchoolList();
  const readable = batch.entries.filter((e) => e.index !== null && e.preview && e.preview.sheets.length > 0);
  const waiting = readable.filter(needsSchool);
  const [files, setFiles] = useState<string[] | null>(null);
  const [schoolId, setSchoolId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  if (waiting.length === 0 && files === null) return null;
  // Files that name no school first: a file that names one is better served by "Add this school".
  const unnamed = waiting.filter((e) => schoolPrefill(e) === null);
  const chosen = files ?? (unnamed.length > 0 ? unnamed : waiting).map((e) => String(e.key));
  const apply = () => {
    if (schoolId === null) return;
    setBusy(true);
    batch
      .chooseSchool(chosen.map(Number), schoolId)
      .then(() => setFiles(null))
      .catch((error: unknown) => showError(t, error))
      .finally(() => setBusy(false));
  };
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('attendance.importer.schoolForFiles.title')}>
      <Text size="sm" fw={600} mb={4}>
        {t('attendance.importer.schoolForFiles.title')}
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <MultiSelect
          label={t('attendance.importer.schoolForFiles.files')}
          data={readable.map((e) => ({ value: String(e.key), label: e.file.name }))}
          value={chosen}
          onChange={setFiles}
          searchable
          clearable
          w={520}
          disabled={locked}
        />
        <Select<number>
          label={t('attendance.importer.schoolForFiles.school')}
          placeholder={t('attendance.importer.schoolForFiles.schoolHint')}
          searchable
          data={(schools.data ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.udise})` }))}
          value={schoolId}
          onChange={setSchoolId}
          w={360}
          disabled={locked}
        />
        <Button onClick={apply} loading={busy} disabled={locked || schoolId === null || chosen.length === 0}>
          {t('attendance.importer.schoolForFiles.apply', { count: chosen.length, formatted: formatNumber(chosen.length) })}
        </Button>
      </Group>
    </Paper>
  );
}
