import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { saveFile } from '../../components/ExportButton';
import { formatDate } from '../../format';
import { todayIso } from '../cases/labels';
import { DateField, parseDay } from '../../components/DateField';
import { useFieldErrors } from '../register/useFieldErrors';

/** The start of the financial year (1 April) that `iso` falls in. */
function financialYearStart(iso: string): string {
  const y = Number(iso.slice(0, 4));
  return `${Number(iso.slice(5, 7)) >= 4 ? y : y - 1}-04-01`;
}

/** A sponsor's statement for a period, as PDF: English, or Bengali on request. */
export function StatementModal({ sponsor, onClose }: { sponsor: { id: number; name: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const today = todayIso();
  const [from, setFrom] = useState(() => formatDate(financialYearStart(today)));
  const [to, setTo] = useState(() => formatDate(today));
  const [language, setLanguage] = useState<'en' | 'bn'>('en');
  const [progressNote, setProgressNote] = useState('');
  const form = useFieldErrors<'from' | 'to'>();

  const statement = useMutation({
    mutationFn: (input: { from: string; to: string }) =>
      call('sponsors.statement', {
        sponsorId: sponsor.id,
        ...input,
        language,
        ...(progressNote.trim() ? { progressNote: progressNote.trim() } : {}),
      }),
    onSuccess: (file) => {
      saveFile(file, 'application/pdf');
      onClose();
    },
    onError: (error) => showError(t, error, form, ['from', 'to']),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    const fromIso = parseDay(from);
    const toIso = parseDay(to);
    if (!fromIso) form.setFieldError('from', t('errors.date'));
    if (!toIso) form.setFieldError('to', t('errors.date'));
    if (fromIso && toIso && toIso < fromIso) form.setFieldError('to', t('errors.rangeOrder'));
    if (fromIso && toIso && toIso >= fromIso) statement.mutate({ from: fromIso, to: toIso });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('sponsorship.statement.title', { name: sponsor.name })}
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('sponsorship.statement.explain')}
          </Text>
          <Group grow>
            <DateField
              label={t('sponsorship.statement.from')}
              value={from}
              error={form.errors.from}
              onChange={(e) => {
                setFrom(e.currentTarget.value);
                form.clearFieldError('from');
              }}
            />
            <DateField
              label={t('sponsorship.statement.to')}
              value={to}
              error={form.errors.to}
              onChange={(e) => {
                setTo(e.currentTarget.value);
                form.clearFieldError('to');
              }}
            />
          </Group>
          <SegmentedControl
            aria-label={t('sponsorship.statement.language')}
            value={language}
            onChange={(v) => setLanguage(v === 'bn' ? 'bn' : 'en')}
            data={[
              { value: 'en', label: t('common.english') },
              { value: 'bn', label: t('common.bengali') },
            ]}
          />
          <Textarea
            label={t('sponsorship.statement.progressNote')}
            description={t('sponsorship.statement.progressNoteHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            autosize
            minRows={2}
            maxRows={5}
            maxLength={2000}
            value={progressNote}
            onChange={(e) => setProgressNote(e.currentTarget.value)}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={statement.isPending}>
              {t('sponsorship.statement.download')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
