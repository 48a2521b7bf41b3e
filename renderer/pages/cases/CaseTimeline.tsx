import { Badge, Box, Button, CloseButton, Grid, Group, Input, Paper, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { NoteField } from '../../components/NoteField';
import { saveFile } from '../../components/ExportButton';
import { formatDate, formatDateTime } from '../../format';
import { formatBytes } from '../admin/bytes';
import { dayOf } from '../../components/forms';
import { entryColors, entryKinds, isOneOf, outcomes, type CaseFile, type EntryKind } from './labels';
import { DateField, todayText } from '../../components/DateField';
import { SectionTitle } from '../../components/SectionTitle';
import { casesKeys } from './queries';
import { readBase64 } from '../../components/fileBase64';

type Entry = CaseFile['entries'][number];

/** What the server checks too: 10 MB. Checked here first so a huge file is not read and sent for nothing. */
const maxAttachmentBytes = 10 * 1024 * 1024;
const accepted = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** The app writes status entries in English codes ("closed: marriage_averted — note"); they are shown in words. */
function entryText(t: TFunction, entry: Entry): string {
  if (entry.kind !== 'status') return entry.text;
  const closed = /^closed: (\w+)(?: — ([\s\S]*))?$/.exec(entry.text);
  if (closed && isOneOf(outcomes, closed[1])) {
    const outcome = t(`cases.outcomes.${closed[1]}`);
    return closed[2] ? t('cases.timeline.closedWithNote', { outcome, note: closed[2] }) : t('cases.timeline.closed', { outcome });
  }
  const reopened = /^reopened \(was: \w*\) — ([\s\S]*)$/.exec(entry.text);
  if (reopened) return t('cases.timeline.reopened', { reason: reopened[1] ?? '' });
  return entry.text;
}

/** A file input that looks like the other fields: a visible button, the real input kept for keyboards and tests. */
function AttachmentField({ file, onChange, error }: { file: File | null; onChange: (file: File | null) => void; error?: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [focused, setFocused] = useState(false);
  return (
    <Input.Wrapper
      label={t('cases.entry.attachment')}
      description={t('cases.entry.attachmentHint')}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      error={error}
      id={id}
    >
      <Group gap="xs" wrap="nowrap" pos="relative" mih={30}>
        <input
          ref={input}
          id={id}
          type="file"
          accept={accepted}
          aria-label={t('cases.entry.attachment')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-description`}
          style={visuallyHidden}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onChange={(e) => onChange(e.currentTarget.files?.[0] ?? null)}
        />
        <Button
          component="label"
          htmlFor={id}
          variant="default"
          size="xs"
          color={error ? 'red' : undefined}
          style={focused ? { outline: '2px solid var(--mantine-color-teal-5)', outlineOffset: 2 } : undefined}
        >
          {file ? t('cases.entry.chooseOther') : t('cases.entry.choose')}
        </Button>
        {file ? (
          <>
            <Text size="sm" truncate title={file.name}>
              {file.name}
              <Text span size="xs" c="dimmed" ml={6}>
                {formatBytes(file.size)}
              </Text>
            </Text>
            <CloseButton
              size="sm"
              aria-label={t('cases.entry.removeFile')}
              onClick={() => {
                if (input.current) input.current.value = '';
                onChange(null);
              }}
            />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('cases.entry.noFile')}
          </Text>
        )}
      </Group>
    </Input.Wrapper>
  );
}

const entryFields = ['happenedOn', 'kind', 'text', 'attachment'] as const;

const freshEntry = () => ({ happenedOn: todayText(), kind: 'note' as EntryKind, text: '', attachment: null as File | null });

function AddEntryForm({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: freshEntry() });
  // A new key empties the file input after a save.
  const [generation, setGeneration] = useState(0);
  // The server names `attachment` (or a part of it, e.g. an empty file's content): all of it is the file field.
  const target = {
    setFieldError: (field: string, message: string) => form.setFieldError(field.startsWith('attachment') ? 'attachment' : field, message),
  };

  const add = useMutation({
    mutationFn: async (values: ReturnType<typeof freshEntry>) => {
      const file = values.attachment;
      const attachment = file ? { fileName: file.name, contentBase64: await readBase64(file) } : undefined;
      return call('cases.addEntry', { ...values, caseId, happenedOn: dayOf(values.happenedOn), attachment });
    },
    onSuccess: async () => {
      form.setValues(freshEntry());
      setGeneration((g) => g + 1);
      notifications.show({ color: 'teal', message: t('cases.entry.added') });
      await queryClient.invalidateQueries({ queryKey: casesKeys.all });
    },
    // Whatever the server refuses, what was typed stays in the form.
    onError: (error) => showError(t, error, target, [...entryFields, 'attachment.fileName', 'attachment.contentBase64']),
  });

  // A file over the limit (or empty) is refused here, before it is read and sent for nothing; the server checks it too.
  const submit = form.onSubmit((values) => {
    const file = values.attachment;
    if (file && file.size > maxAttachmentBytes)
      form.setFieldError('attachment', t('errors.attachmentTooLarge', { file: file.name, max: '10 MB' }));
    else if (file && file.size === 0) form.setFieldError('attachment', t('errors.attachmentEmpty', { file: file.name }));
    else add.mutate(values);
  });

  return (
    <Paper withBorder p="sm" bg="gray.0" component="form" onSubmit={submit} noValidate aria-label={t('cases.entry.title')}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('cases.entry.title')}
        </Text>
        <Grid gap="xs">
          <Grid.Col span={{ base: 6, md: 4 }}>
            <DateField label={t('cases.entry.date')} {...form.getInputProps('happenedOn')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 8 }}>
            <Select
              label={t('cases.entry.kind')}
              data={entryKinds.map((k) => ({ value: k, label: t(`cases.entryKinds.${k}`) }))}
              allowDeselect={false}
              {...form.getInputProps('kind')}
              onChange={(v) => {
                if (isOneOf(entryKinds, v)) form.setFieldValue('kind', v);
                form.clearFieldError('attachment');
              }}
            />
          </Grid.Col>
        </Grid>
        <NoteField
          label={t('cases.entry.text')}
          placeholder={t('cases.entry.textHint')}
          maxRows={8}
          maxLength={4000}
          {...form.getInputProps('text')}
        />
        <Group justify="space-between" align="flex-end" wrap="nowrap" gap="sm">
          <Box style={{ minWidth: 0, flex: 1 }}>
            <AttachmentField
              key={generation}
              file={form.values.attachment}
              error={form.errors.attachment}
              onChange={(f) => form.setFieldValue('attachment', f)}
            />
          </Box>
          <Button type="submit" loading={add.isPending}>
            {t('cases.entry.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function EntryItem({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: (id: number) => call('cases.attachment', { id }),
    onSuccess: (file) => saveFile(file, file.mimeType),
    onError: (error) => showError(t, error),
  });
  return (
    <Box
      component="li"
      py={8}
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
      aria-label={`${formatDate(entry.happenedOn)} ${t(`cases.entryKinds.${entry.kind}`)}`}
    >
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Text
          size="sm"
          fw={600}
          style={{ whiteSpace: 'nowrap' }}
          title={t('cases.timeline.recorded', { at: formatDateTime(entry.createdAt) })}
        >
          {formatDate(entry.happenedOn)}
        </Text>
        <Badge size="sm" variant="light" color={entryColors[entry.kind]} radius="sm" tt="none" style={{ flexShrink: 0 }}>
          {t(`cases.entryKinds.${entry.kind}`)}
        </Badge>
        <Text size="xs" c="dimmed" truncate>
          {entry.authorName}
        </Text>
      </Group>
      <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {entryText(t, entry)}
      </Text>
      {entry.attachments.length > 0 && (
        <Group gap="xs" mt={6}>
          {entry.attachments.map((a) => (
            <Button
              key={a.id}
              variant="light"
              color="gray"
              size="compact-sm"
              loading={download.isPending && download.variables === a.id}
              onClick={() => download.mutate(a.id)}
              title={t('cases.timeline.openFile')}
              leftSection={
                <Text span size="xs" fw={700} c="dimmed">
                  {a.mimeType === 'application/pdf' ? 'PDF' : a.mimeType === 'image/png' ? 'PNG' : 'JPG'}
                </Text>
              }
              rightSection={
                <Text span size="xs" c="dimmed">
                  {formatBytes(a.bytes)}
                </Text>
              }
            >
              {a.fileName}
            </Button>
          ))}
        </Group>
      )}
    </Box>
  );
}

/** The case's story, newest first, with the form to add to it on top. */
export function CaseTimeline({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('cases.timeline.title')}>
      <SectionTitle>{t('cases.timeline.title')}</SectionTitle>
      <AddEntryForm caseId={file.id} />
      <Box component="ol" m={0} mt="sm" p={0} style={{ listStyle: 'none' }} aria-label={t('cases.timeline.entries')}>
        {file.entries.map((entry) => (
          <EntryItem key={entry.id} entry={entry} />
        ))}
      </Box>
      {file.entries.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('cases.timeline.empty')}
        </Text>
      )}
    </Paper>
  );
}
