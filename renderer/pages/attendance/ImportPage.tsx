import { Alert, Button, Group, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import { isImportable } from './importState';
import { ImportPreview } from './ImportPreview';
import { ImportResults } from './ImportResults';
import { useImportBatch, type Progress as Step } from './useImportBatch';

const accepted = '.xlsx,.xls,.ods,.csv';

function ProgressPanel({
  step,
  label,
  stopLabel,
  onStop,
  note,
}: {
  step: Step;
  label: string;
  stopLabel: string;
  onStop: () => void;
  note?: string;
}) {
  const percent = step.total === 0 ? 0 : (step.done / step.total) * 100;
  return (
    <Paper withBorder p="md" aria-live="polite">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={500} data-testid="import-progress">
            {label}
          </Text>
          <Button variant="default" size="xs" onClick={onStop}>
            {stopLabel}
          </Button>
        </Group>
        <Progress value={percent} animated aria-label={label} />
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Importing the monthly attendance registers schools send: pick, read into a preview, decide, import. */
export function ImportPage() {
  const { t } = useTranslation();
  const batch = useImportBatch();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { entries, reading, importing, finished } = batch;
  const ready = entries.filter(isImportable).length;
  const busy = reading !== null || importing !== null;

  const pick = (files: FileList | null) => {
    if (files) void batch.addFiles(Array.from(files));
    if (input.current) input.current.value = '';
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (!busy && !finished) pick(e.dataTransfer.files);
  };

  return (
    <Stack gap="md" maw={1300}>
      <Title order={1} size="h2">
        {t('attendance.importer.title')}
      </Title>
      <input
        ref={input}
        type="file"
        multiple
        accept={accepted}
        aria-label={t('attendance.importer.pickLabel')}
        style={{ display: 'none' }}
        onChange={(e) => pick(e.currentTarget.files)}
      />

      {batch.lost && (
        <Alert color="yellow" title={t('attendance.importer.lostTitle')}>
          {t('attendance.importer.lost')}
        </Alert>
      )}
      {batch.restoring ? (
        <Group gap="xs">
          <Loader size="sm" />
          <Text size="sm">{t('attendance.importer.restoring')}</Text>
        </Group>
      ) : finished ? (
        <ImportResults finished={finished} onStartOver={batch.startOver} />
      ) : (
        <>
          {entries.length === 0 ? (
            <Paper
              withBorder
              p="xl"
              bg={dragging ? 'teal.0' : undefined}
              style={{ borderStyle: 'dashed' }}
              onDragOver={(e) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={drop}
            >
              <Stack align="center" gap="sm">
                <Text ta="center" maw={640}>
                  {t('attendance.importer.intro')}
                </Text>
                <Button onClick={() => input.current?.click()}>{t('attendance.importer.pick')}</Button>
                <Text size="xs" c="dimmed" ta="center" maw={640}>
                  {t('attendance.importer.introHint')}
                </Text>
              </Stack>
            </Paper>
          ) : (
            <Group justify="space-between" wrap="wrap">
              <Stack gap={2} maw={760}>
                <Text size="sm" c="dimmed">
                  {t('attendance.importer.previewIntro')}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('attendance.importer.keptNote')}
                </Text>
              </Stack>
              <Group gap="xs">
                <Button variant="default" disabled={busy} onClick={() => input.current?.click()}>
                  {t('attendance.importer.addMore')}
                </Button>
                <Button variant="default" disabled={busy} onClick={batch.startOver}>
                  {t('attendance.importer.clear')}
                </Button>
                <Button disabled={busy || ready === 0} onClick={() => void batch.importReady()}>
                  {t('attendance.importer.importN', { count: ready, formatted: formatNumber(ready) })}
                </Button>
              </Group>
            </Group>
          )}

          {reading && (
            <ProgressPanel
              step={reading}
              label={t('attendance.importer.reading', {
                count: reading.total,
                done: formatNumber(reading.done),
                total: formatNumber(reading.total),
              })}
              stopLabel={t('attendance.importer.stopReading')}
              onStop={batch.stopReading}
            />
          )}
          {importing && (
            <ProgressPanel
              step={importing}
              label={t('attendance.importer.importing', {
                count: importing.total,
                done: formatNumber(importing.done + 1),
                total: formatNumber(importing.total),
                file: importing.current ?? '',
              })}
              stopLabel={t('attendance.importer.cancel')}
              onStop={batch.stopImporting}
              note={t('attendance.importer.cancelNote')}
            />
          )}
          {!busy && entries.length > 0 && ready === 0 && <Alert color="yellow">{t('attendance.importer.nothingReady')}</Alert>}

          {entries.length > 0 && <ImportPreview batch={batch} locked={importing !== null} />}
        </>
      )}
    </Stack>
  );
}
