import { Select, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ChoiceField } from '../../components/ChoiceField';
import { DateField, parseDay } from '../../components/DateField';
import { showError } from '../../components/errors';
import { saveFile } from '../../components/ExportButton';
import { FormModal } from '../../components/FormModal';
import { chosen, dayOf } from '../../components/forms';
import { formatDate } from '../../format';
import { currentLanguage, type Language } from '../../i18n';
import { mondayOf, todayIso } from './labels';
import { useVolunteers } from './queries';
import { hintBelow } from '../../components/fieldHint';

/** A volunteer's printable list of the children to visit this week, in Bengali or English. */
export function VisitListModal({ volunteerId, onClose }: { volunteerId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const volunteers = useVolunteers({});
  const form = useForm({
    initialValues: { volunteerId, weekOf: formatDate(mondayOf(todayIso())), language: currentLanguage() as Language },
  });

  const download = useMutation({
    mutationFn: (values: typeof form.values) => {
      // Any day of the week stands for its Monday.
      const day = parseDay(values.weekOf);
      return call('worklist.visitList', {
        ...values,
        volunteerId: chosen(values.volunteerId),
        weekOf: day ? mondayOf(day) : dayOf(values.weekOf),
      });
    },
    onSuccess: (file) => saveFile(file, 'application/pdf'),
    onError: (error) => showError(t, error, form, ['volunteerId', 'weekOf']),
  });

  return (
    <FormModal
      title={t('attendance.visitListModal.title')}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => download.mutate(values))}
      submitLabel={t('attendance.visitListModal.download')}
      cancelLabel={t('common.close')}
      pending={download.isPending}
    >
      <Text size="sm" c="dimmed">
        {t('attendance.visitListModal.intro')}
      </Text>
      <Select<number>
        label={t('attendance.assign.volunteer')}
        placeholder={t('attendance.assign.chooseVolunteer')}
        searchable
        data-autofocus
        data={(volunteers.data ?? []).filter((v) => v.active).map((v) => ({ value: v.id, label: `${v.name} (${v.assigned})` }))}
        allowDeselect={false}
        {...form.getInputProps('volunteerId')}
      />
      <DateField
        label={t('attendance.visitListModal.week')}
        {...hintBelow(t('attendance.visitListModal.weekHint'))}
        {...form.getInputProps('weekOf')}
      />
      <ChoiceField
        label={t('attendance.visitListModal.language')}
        {...form.getInputProps('language')}
        data={[
          { value: 'bn', label: t('common.bengali') },
          { value: 'en', label: t('common.english') },
        ]}
      />
    </FormModal>
  );
}
