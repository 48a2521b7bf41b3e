import { ActionIcon, Badge, Checkbox, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import { fileStatus, isImportable, isRefused, needsAttention, undecidedCount, type FileEntry, type FileStatus } from './importState';
import { ImportFileDetails } from './ImportFileDetails';
import { monthLabel, problemText } from './labels';
import { AddSchool, SchoolForFiles } from './SchoolForFiles';
import type { useImportBatch } from './useImportBatch';
import { FileName } from '../../components/FileName';

type Batch = ReturnType<typeof useImportBatch>;

const statusColors: Record<FileStatus, string> = {
  reading: 'gray',
  failed: 'red',
  unreadable: 'red',
  conflict: 'red',
  needsSchool: 'orange',
  needsMonth: 'orange',
  needsColumns: 'orange',
  needsChoice: 'orange',
  needsMarks: 'orange',
  needsRolls: 'orange',
  same: 'gray',
  replaces: 'blue',
  ready: 'teal',
};

export function StatusBadge({ entry }: { entry: FileEntry }) {
  const { t } = useTranslation();
  const status = fileStatus(entry);
  const undecided = undecidedCount(entry);
  return (
    <Badge color={statusColors[status]} variant={status === 'ready' ? 'filled' : 'light'} radius="sm" tt="none" miw="max-content">
      {status === 'needsChoice'
        ? t('attendance.importer.status.needsChoice', { count: undecided, formatted: formatNumber(undecided) })
        : t(`attendance.importer.status.${status}`)}
    </Badge>
  );
}

function Count({ n, warn }: { n: number | undefined; warn?: boolean }) {
  if (n === undefined) return <Table.Td />;
  return (
    <Table.Td ta="right" c={warn && n > 0 ? 'orange' : undefined} fw={warn && n > 0 ? 600 : undefined}>
      {formatNumber(n)}
    </Table.Td>
  );
}

function FileRow({
  entry,
  batch,
  locked,
  open,
  onToggle,
}: {
  entry: FileEntry;
  batch: Batch;
  locked: boolean;
  open: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const p = entry.preview;
  // Before the school and month are known, nothing was matched: only the number of children means anything.
  const counts = p?.ok ? p.counts : undefined;
  const status = fileStatus(entry);
  const firstProblem = status === 'conflict' ? p?.problems.find((x) => x.key === 'errors.attendance.sameBatch') : p?.problems[0];
  return (
    <Table.Tr>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="gray"
          disabled={!p}
          aria-expanded={open}
          aria-label={t(open ? 'attendance.importer.hideDetails' : 'attendance.importer.showDetails', { file: entry.file.name })}
          onClick={onToggle}
        >
          <Text span aria-hidden fz="xs">
            {open ? '▼' : '▶'}
          </Text>
        </ActionIcon>
      </Table.Td>
      <Table.Td fw={500} miw={150}>
        <FileName name={entry.file.name} />
      </Table.Td>
      {isRefused(status) ? (
        <Table.Td colSpan={9}>
          <Text size="sm" c="red" fw={500}>
            {entry.failure ?? (firstProblem ? problemText(t, firstProblem) : t('attendance.importer.unreadable'))}
          </Text>
        </Table.Td>
      ) : (
        <>
          <Table.Td>
            {p?.school ? (
              <>
                <Text size="sm">{p.school.name}</Text>
                {p.schoolGuess && (
                  <Text size="xs" c="dimmed">
                    {t(`attendance.importer.schoolGuess.${p.schoolGuess}`)}
                  </Text>
                )}
              </>
            ) : (
              p && (
                <>
                  <Text size="sm" c="orange">
                    {t('attendance.importer.noSchool')}
                  </Text>
                  <AddSchool entry={entry} batch={batch} disabled={locked || entry.rereading} />
                </>
              )
            )}
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            {p?.month
              ? monthLabel(p.month)
              : p && (
                  <Text size="sm" c="orange">
                    {t('attendance.importer.noMonth')}
                  </Text>
                )}
          </Table.Td>
          <Count n={p?.counts.found} />
          <Count n={counts?.new} />
          <Count n={counts?.matched} />
          <Count n={counts?.ambiguous} warn={undecidedCount(entry) > 0} />
          <Count n={counts?.missingFromLastMonth} warn />
          <Count n={p?.sheets.length ? p.unmarkedDays : undefined} warn />
          <Count n={p?.problems.length} warn />
        </>
      )}
      <Table.Td>
        <StatusBadge entry={entry} />
      </Table.Td>
    </Table.Tr>
  );
}

function Summary({ entries }: { entries: FileEntry[] }) {
  const { t } = useTranslation();
  const statuses = entries.map(fileStatus);
  const count = (s: FileStatus[]) => statuses.filter((x) => s.includes(x)).length;
  const totals = entries.reduce(
    (sum, e) => {
      const c = e.preview?.ok ? e.preview.counts : null;
      const unmarked = sum.unmarked + (e.preview?.unmarkedDays ?? 0);
      return c
        ? { found: sum.found + c.found, new: sum.new + c.new, missing: sum.missing + c.missingFromLastMonth, unmarked }
        : { ...sum, unmarked };
    },
    { found: 0, new: 0, missing: 0, unmarked: 0 },
  );
  const parts = [
    t('attendance.importer.summary.files', { count: entries.length, formatted: formatNumber(entries.length) }),
    t('attendance.importer.summary.ready', { n: formatNumber(entries.filter(isImportable).length) }),
    t('attendance.importer.summary.waiting', {
      n: formatNumber(count(['needsSchool', 'needsMonth', 'needsColumns', 'needsChoice', 'needsMarks', 'needsRolls'])),
    }),
    t('attendance.importer.summary.unreadable', { n: formatNumber(count(['unreadable', 'failed', 'conflict'])) }),
  ];
  return (
    <Group gap="lg" data-testid="import-summary">
      <Text size="sm" fw={500}>
        {parts.join(' · ')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('attendance.importer.summary.children', {
          count: totals.found,
          found: formatNumber(totals.found),
          added: formatNumber(totals.new),
          missing: formatNumber(totals.missing),
        })}
        {totals.unmarked > 0 &&
          ` · ${t('attendance.importer.summary.unmarked', { count: totals.unmarked, n: formatNumber(totals.unmarked) })}`}
      </Text>
    </Group>
  );
}

/** Every picked file with what the app made of it; a file opens to show its problems and the choices it needs. */
export function ImportPreview({ batch, locked }: { batch: Batch; locked: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [onlyAttention, setOnlyAttention] = useState(false);
  const shown = onlyAttention ? batch.entries.filter(needsAttention) : batch.entries;
  const toggle = (key: number) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <Stack gap="sm">
      <SchoolForFiles batch={batch} locked={locked} />
      <Paper withBorder p="sm">
        <Group justify="space-between" mb="xs">
          <Summary entries={batch.entries} />
          <Checkbox
            size="xs"
            label={t('attendance.importer.onlyAttention')}
            checked={onlyAttention}
            onChange={(e) => setOnlyAttention(e.currentTarget.checked)}
          />
        </Group>
        <Table.ScrollContainer minWidth={1000}>
          <Table verticalSpacing={6} fz="sm" aria-label={t('attendance.importer.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40} />
                <Table.Th>{t('attendance.importer.columns.file')}</Table.Th>
                <Table.Th>{t('attendance.importer.columns.school')}</Table.Th>
                <Table.Th>{t('attendance.importer.columns.month')}</Table.Th>
                <Table.Th ta="right">{t('attendance.importer.columns.found')}</Table.Th>
                <Table.Th ta="right">{t('attendance.importer.columns.new')}</Table.Th>
                <Table.Th ta="right">{t('attendance.importer.columns.matched')}</Table.Th>
                <Table.Th ta="right">{t('attendance.importer.columns.ambiguous')}</Table.Th>
                <Table.Th ta="right">{t('attendance.importer.columns.missing')}</Table.Th>
                <Table.Th ta="right">{t('attendance.importer.columns.unmarked')}</Table.Th>
                <Table.Th ta="right">{t('attendance.importer.columns.problems')}</Table.Th>
                <Table.Th>{t('attendance.importer.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((entry) => (
                <Fragment key={entry.key}>
                  <FileRow entry={entry} batch={batch} locked={locked} open={open.has(entry.key)} onToggle={() => toggle(entry.key)} />
                  {open.has(entry.key) && entry.preview && (
                    <Table.Tr>
                      <Table.Td colSpan={12} bg="gray.0" p="md">
                        <ImportFileDetails entry={entry} batch={batch} locked={locked} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {shown.length === 0 && (
          <Text c="dimmed" ta="center" p="md">
            {t('attendance.importer.nothingNeedsAttention')}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
