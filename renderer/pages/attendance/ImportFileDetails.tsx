import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { showError } from '../../components/errors';
import { formatNumber } from '../../format';
import { classSectionShort } from '../register/labels';
import { useSchoolList } from '../register/queries';
import { AmbiguousRows } from './AmbiguousRows';
import { ColumnMappingForm } from './ColumnMappingForm';
import { DoubledRolls } from './DoubledRolls';
import { ImportChildren } from './ImportChildren';
import { ImportSheetFacts } from './ImportSheetFacts';
import { UnknownMarks } from './UnknownMarks';
import { fileStatus, isRefused, needsColumns, type FileEntry } from './importState';
import { monthLabel, problemText, recentMonths } from './labels';
import type { useImportBatch } from './useImportBatch';

type Batch = ReturnType<typeof useImportBatch>;

/** Problems beyond this many are counted, not listed: a file with 10,000 bad cells has one real mistake repeated. */
const PROBLEMS_SHOWN = 100;

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4} component="section" aria-label={title}>
      <Text size="xs" fw={700} c="teal" tt="uppercase" style={{ letterSpacing: 0.4 }}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}

function SchoolAndMonth({ entry, batch, locked }: { entry: FileEntry; batch: Batch; locked: boolean }) {
  const { t } = useTranslation();
  const schools = useSchoolList();
  const p = entry.preview;
  const [schoolId, setSchoolId] = useState<number | null>(entry.overrides.schoolId ?? p?.school?.id ?? null);
  const [month, setMonth] = useState<string | null>(entry.overrides.month ?? p?.month ?? null);
  const months = recentMonths(24);
  if (month && !months.includes(month)) months.unshift(month);
  const changed = schoolId !== (p?.school?.id ?? null) || month !== (p?.month ?? null);
  const apply = () => {
    batch
      .reread(entry, { ...(schoolId !== null ? { schoolId } : {}), ...(month !== null ? { month } : {}) })
      .catch((error: unknown) => showError(t, error));
  };
  return (
    <Group gap="sm" align="flex-end">
      <Select<number>
        label={t('attendance.importer.chooseSchool')}
        placeholder={t('attendance.importer.chooseSchoolHint')}
        searchable
        data={(schools.data ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.udise})` }))}
        value={schoolId}
        onChange={setSchoolId}
        error={p && !p.school ? t('attendance.importer.noSchool') : undefined}
        w={360}
        disabled={locked}
      />
      <Select
        label={t('attendance.importer.chooseMonth')}
        placeholder={t('attendance.importer.chooseMonthHint')}
        data={months.map((m) => ({ value: m, label: monthLabel(m, 'long') }))}
        value={month}
        onChange={setMonth}
        error={p && !p.month ? t('attendance.importer.noMonth') : undefined}
        w={200}
        disabled={locked}
      />
      <Button variant="light" disabled={!changed || locked} loading={entry.rereading} onClick={apply}>
        {t('attendance.importer.readAgain')}
      </Button>
    </Group>
  );
}

function Problems({ entry }: { entry: FileEntry }) {
  const { t } = useTranslation();
  const problems = entry.preview?.problems ?? [];
  if (problems.length === 0) return <Text size="sm">{t('attendance.importer.noProblems')}</Text>;
  return (
    <>
      <Table fz="sm" verticalSpacing={2} withTableBorder aria-label={t('attendance.importer.problemsOf', { file: entry.file.name })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={160}>{t('attendance.importer.columns.sheet')}</Table.Th>
            <Table.Th w={80}>{t('attendance.importer.columns.cell')}</Table.Th>
            <Table.Th>{t('attendance.importer.columns.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.slice(0, PROBLEMS_SHOWN).map((problem, i) => (
            <Table.Tr key={`${problem.sheet}-${problem.cell}-${i}`}>
              <Table.Td>{problem.sheet}</Table.Td>
              <Table.Td ff="monospace">{problem.cell}</Table.Td>
              <Table.Td>{problemText(t, problem)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {problems.length > PROBLEMS_SHOWN && (
        <Text size="xs" c="dimmed">
          {t('attendance.importer.moreProblems', {
            count: problems.length - PROBLEMS_SHOWN,
            n: formatNumber(problems.length - PROBLEMS_SHOWN),
          })}
        </Text>
      )}
    </>
  );
}

function MissingChildren({ entry }: { entry: FileEntry }) {
  const { t } = useTranslation();
  const missing = entry.preview?.missingFromLastMonth ?? [];
  if (missing.length === 0) return null;
  return (
    <Part title={t('attendance.importer.missingTitle', { n: formatNumber(missing.length) })}>
      <Text size="xs" c="dimmed">
        {t('attendance.importer.missingHint')}
      </Text>
      <Table fz="sm" verticalSpacing={2} withTableBorder aria-label={t('attendance.importer.missingOf', { file: entry.file.name })}>
        <Table.Tbody>
          {missing.map((child) => (
            <Table.Tr key={child.childId}>
              <Table.Td ff="monospace" fz="xs" w={120}>
                {child.childCode}
              </Table.Td>
              <Table.Td>{child.name}</Table.Td>
              <Table.Td w={100}>{classSectionShort(t, child.class, null)}</Table.Td>
              <Table.Td w={120}>{child.roll ? t('attendance.importer.roll', { roll: child.roll }) : ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Part>
  );
}

/** One file opened in the preview: what was read, what is wrong and where, and what the user must decide. */
export function ImportFileDetails({ entry, batch, locked }: { entry: FileEntry; batch: Batch; locked: boolean }) {
  const { t } = useTranslation();
  const p = entry.preview;
  if (!p) return null;
  const status = fileStatus(entry);
  const refused = isRefused(status);
  const readable = p.sheets.length > 0;
  const columnsNeeded = needsColumns(p) || (status === 'unreadable' && readable);
  return (
    <Stack gap="md">
      {refused &&
        p.problems.map((problem, i) => (
          <Alert key={i} color="red">
            {problemText(t, problem)}
          </Alert>
        ))}
      {p.alreadyImported === 'same' && <Alert color="gray">{t('attendance.importer.alreadySame')}</Alert>}
      {p.alreadyImported === 'replaces' && <Alert color="blue">{t('attendance.importer.alreadyReplaces')}</Alert>}
      {readable && status !== 'unreadable' && (
        <Part title={t('attendance.importer.schoolAndMonth')}>
          <SchoolAndMonth key={`${p.index}`} entry={entry} batch={batch} locked={locked} />
          {p.daysOpen > 0 && (
            <Text size="xs" c="dimmed">
              {t('attendance.importer.daysOpen', { count: p.daysOpen, n: formatNumber(p.daysOpen) })}
            </Text>
          )}
        </Part>
      )}
      <Part title={t('attendance.importer.sheets')}>
        <ImportSheetFacts preview={p} file={entry.file.name} />
      </Part>
      {p.unknownMarks.length > 0 && (
        <Part title={t('attendance.importer.marks.title', { n: formatNumber(p.unknownMarks.length) })}>
          <UnknownMarks
            key={`${p.index}-${JSON.stringify(p.chosen.markMeanings)}`}
            entry={entry}
            locked={locked}
            onApply={(overrides) => batch.reread(entry, overrides)}
          />
        </Part>
      )}
      {p.duplicateRolls.length > 0 && (
        <Part title={t('attendance.importer.rolls.title', { n: formatNumber(p.duplicateRolls.length) })}>
          <DoubledRolls
            key={`${p.index}-${JSON.stringify(p.chosen.rolls)}`}
            entry={entry}
            locked={locked}
            onApply={(overrides) => batch.reread(entry, overrides)}
          />
        </Part>
      )}
      {p.ambiguous.length > 0 && (
        <Part title={t('attendance.importer.ambiguousTitle', { n: formatNumber(p.ambiguous.length) })}>
          <AmbiguousRows entry={entry} onDecide={(row, childId) => batch.decide(entry.key, row, childId)} locked={locked} />
        </Part>
      )}
      {p.rows.length > 0 && (
        <Part title={t('attendance.importer.childrenTitle', { n: formatNumber(p.rows.length) })}>
          <ImportChildren preview={p} file={entry.file.name} />
        </Part>
      )}
      <MissingChildren entry={entry} />
      {!refused && (
        <Part title={t('attendance.importer.problemsTitle', { n: formatNumber(p.problems.length) })}>
          <Problems entry={entry} />
        </Part>
      )}
      {readable && (
        <ColumnMappingForm
          key={`${p.index}`}
          entry={entry}
          initiallyOpen={columnsNeeded}
          locked={locked}
          onApply={(mappings) => batch.reread(entry, { mappings })}
        />
      )}
      <Group>
        <Button variant="subtle" color="red" size="xs" disabled={locked} onClick={() => batch.remove(entry.key)}>
          {t('attendance.importer.leaveOut', { file: entry.file.name })}
        </Button>
      </Group>
    </Stack>
  );
}
