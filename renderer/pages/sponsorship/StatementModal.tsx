import { Group, SegmentedControl, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { NoteField } from '../../components/NoteField';
import { saveFile } from '../../components/ExportButton';
import { formatDate } from '../../format';
import { todayIso } from '../cases/labels';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { dayOf } from '../../components/forms';

/** The start of the financial year (1 April) that `iso` falls in. */
function financialYearStart(iso: string): string {
  const y = Number(iso.slice(0, 4));
  return `${Number(iso.slice(5, 7)) >= 4 ? y : y - 1}-04-01`;
}

/** A sponsor's statement for a period, as PDF: English, or Bengali on request. */
export function StatementModal({ sponsor, onClose }: { sponsor: { id: number; name: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const today = todayIso();
  const form = useForm({
    initialValues: {
      from: formatDate(financialYearStart(today)),
      to: formatDate(today),
      language: 'en' as 'en' | 'bn',
      progressNote: '',
    },
  });

  const statement = useMutation({
    mutationFn: (values: typeof form.values) =>
      call('sponsors.statement', { ...values, sponsorId: sponsor.id, from: dayOf(values.from), to: dayOf(values.to) }),
    onSuccess: (file) => {
      saveFile(file, 'application/pdf');
      onClose();
    },
    onError: (error) => showError(t, error, form, ['from', 'to']),
  });

  return (
    <FormModal
      title={t('sponsorship.statement.title', { name: sponsor.name })}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => statement.mutate(values))}
      submitLabel={t('sponsorship.statement.download')}
      pending={statement.isPending}
    >
      <Text size="sm" c="dimmed">
        {t('sponsorship.statement.explain')}
      </Text>
      <Group grow>
        <DateField label={t('sponsorship.statement.from')} {...form.getInputProps('from')} />
        <DateField label={t('sponsorship.statement.to')} {...form.getInputProps('to')} />
      </Group>
      <SegmentedControl
        aria-label={t('sponsorship.statement.language')}
        {...form.getInputProps('language')}
        data={[
          { value: 'en', label: t('common.english') },
          { value: 'bn', label: t('common.bengali') },
        ]}
      />
      <NoteField
        label={t('sponsorship.statement.progressNote')}
        description={t('sponsorship.statement.progressNoteHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        maxRows={5}
        maxLength={2000}
        {...form.getInputProps('progressNote')}
      />
    </FormModal>
  );
}
