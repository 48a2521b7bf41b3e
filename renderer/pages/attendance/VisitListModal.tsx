import { Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { saveFile } from '../../components/ExportButton';
import { formatDate } from '../../format';
import { currentLanguage, type Language } from '../../i18n';
import { DateField, parseDay } from '../../components/DateField';
import { useFieldErrors } from '../register/useFieldErrors';
import { mondayOf, todayIso } from './labels';
import { useVolunteers } from './queries';

type Field = 'volunteerId' | 'weekOf';

/** A volunteer's printable list of the children to visit this week, in Bengali or English. */
export function VisitListModal({ volunteerId, onClose }: { volunteerId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const volunteers = useVolunteers({});
  const [volunteer, setVolunteer] = useState<number | null>(volunteerId);
  const [week, setWeek] = useState(() => formatDate(mondayOf(todayIso())));
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const form = useFieldErrors<Field>();

  const download = useMutation({
    mutationFn: (input: ApiInput<'worklist.visitList'>) => call('worklist.visitList', input),
    onSuccess: (file) => saveFile(file, 'application/pdf'),
    onError: (error) => showError(t, error, form, ['volunteerId', 'weekOf']),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    const day = parseDay(week);
    if (volunteer === null) form.setFieldError('volunteerId', t('attendance.assign.chooseVolunteer'));
    if (!day) form.setFieldError('weekOf', week.trim() ? t('errors.date') : t('errors.required'));
    if (volunteer === null || !day) return;
    download.mutate({ volunteerId: volunteer, weekOf: mondayOf(day), language });
  };

  return (
    <Modal opened onClose={onClose} title={t('attendance.visitListModal.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('attendance.visitListModal.intro')}
          </Text>
          <Select<number>
            label={t('attendance.assign.volunteer')}
            placeholder={t('attendance.assign.chooseVolunteer')}
            searchable
            data-autofocus
            data={(volunteers.data ?? []).filter((v) => v.active).map((v) => ({ value: v.id, label: `${v.name} (${v.assigned})` }))}
            value={volunteer}
            error={form.errors.volunteerId}
            allowDeselect={false}
            onChange={(v) => {
              setVolunteer(v);
              form.clearFieldError('volunteerId');
            }}
          />
          <DateField
            label={t('attendance.visitListModal.week')}
            description={t('attendance.visitListModal.weekHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={week}
            error={form.errors.weekOf}
            onChange={(e) => {
              setWeek(e.currentTarget.value);
              form.clearFieldError('weekOf');
            }}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="visit-list-language">
              {t('attendance.visitListModal.language')}
            </Text>
            <SegmentedControl
              aria-labelledby="visit-list-language"
              value={language}
              onChange={(v) => setLanguage(v === 'bn' ? 'bn' : 'en')}
              data={[
                { value: 'bn', label: t('common.bengali') },
                { value: 'en', label: t('common.english') },
              ]}
            />
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button type="submit" loading={download.isPending}>
              {t('attendance.visitListModal.download')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
