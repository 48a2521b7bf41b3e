import { Alert, Autocomplete, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { NoteField } from '../../components/NoteField';
import { navigate } from '../../router';
import { can, type Me } from '../../session';
import { DateField, todayText } from '../../components/DateField';
import { AppModal, FormForFields } from '../../components/FormModal';
import { chosen, dayOf } from '../../components/forms';
import { childName, findings, type Finding, type FlagRow } from './labels';
import { attendanceKeys, useVolunteers } from './queries';

const fields = ['visitDate', 'visitedBy', 'finding', 'note'] as const;
type Saved = ApiResult<'followUps.create'>;

/** After a visit whose finding may need a case: the child stays on the worklist until one is opened. */
function SuggestCase({
  row,
  saved,
  me,
  onClose,
  migrated,
}: {
  row: FlagRow;
  saved: Saved;
  me: Me;
  onClose: () => void;
  migrated: boolean;
}) {
  const { t } = useTranslation();
  const canOpen = can(me, 'cases.write') && saved.suggestCase;
  const type = saved.caseType;
  return (
    <Stack gap="sm">
      {migrated && (
        <Alert color="grape" title={t('attendance.followUp.departureTitle')}>
          <Text size="sm">{t('attendance.followUp.departureText', { name: childName(row) })}</Text>
        </Alert>
      )}
      {saved.suggestCase && (
        <Alert color="orange" title={t('attendance.followUp.suggestTitle')}>
          <Text size="sm">
            {t('attendance.followUp.suggestText', {
              name: childName(row),
              caseType: type ? t(`cases.types.${type}`) : '',
            })}
          </Text>
          {!can(me, 'cases.write') && (
            <Text size="sm" mt="xs">
              {t('attendance.followUp.askCaseWorker')}
            </Text>
          )}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('attendance.followUp.notNow')}
        </Button>
        {migrated && (
          <Button color="grape" variant={canOpen ? 'light' : 'filled'} onClick={() => navigate(`/safetynet/new/child/${row.childId}`)}>
            {t('attendance.followUp.recordDeparture')}
          </Button>
        )}
        {canOpen && (
          <Button color="orange" data-autofocus onClick={() => navigate(`/cases/new/child/${row.childId}${type ? `/type/${type}` : ''}`)}>
            {t('attendance.followUp.openCase')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** Records a home visit to a child on the worklist: when, who went, what they found. */
export function FollowUpModal({ row, me, onClose }: { row: FlagRow; me: Me; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const volunteers = useVolunteers({});
  const [saved, setSaved] = useState<Saved | null>(null);
  const form = useForm({
    initialValues: { visitDate: todayText(), visitedBy: row.volunteer?.name ?? '', finding: null as Finding | null, note: '' },
  });

  const offersDeparture = form.values.finding === 'migrated_with_family' && can(me, 'safetynet.write');
  const save = useMutation({
    mutationFn: (values: typeof form.values) => {
      const volunteer = (volunteers.data ?? []).find((v) => v.name === values.visitedBy.trim());
      return call('followUps.create', {
        ...values,
        childId: row.childId,
        visitDate: dayOf(values.visitDate),
        volunteerId: volunteer?.id ?? null,
        finding: chosen(values.finding),
      });
    },
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
      // Migrated with the family: SafetyNet records the departure, prefilled from the register.
      if (answer.suggestCase || offersDeparture) {
        setSaved(answer);
        return;
      }
      notifications.show({ color: 'teal', message: t('attendance.followUp.saved', { name: childName(row) }) });
      onClose();
    },
    onError: (error) => showError(t, error, form, fields),
  });

  return (
    <AppModal title={t('attendance.followUp.title', { name: childName(row) })} onClose={onClose}>
      {saved ? (
        <SuggestCase row={row} saved={saved} me={me} onClose={onClose} migrated={offersDeparture} />
      ) : (
        <FormForFields
          onSubmit={form.onSubmit((values) => save.mutate(values))}
          onCancel={onClose}
          submitLabel={t('attendance.followUp.save')}
          pending={save.isPending}
        >
          <DateField label={t('attendance.followUp.visitDate')} withAsterisk data-autofocus {...form.getInputProps('visitDate')} />
          <Autocomplete
            label={t('attendance.followUp.visitedBy')}
            description={t('attendance.followUp.visitedByHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            withAsterisk
            data={(volunteers.data ?? []).filter((v) => v.active).map((v) => v.name)}
            maxLength={120}
            {...form.getInputProps('visitedBy')}
          />
          <Select
            label={t('attendance.followUp.finding')}
            placeholder={t('attendance.followUp.chooseFinding')}
            withAsterisk
            data={findings.map((f) => ({ value: f, label: t(`attendance.followUp.findings.${f}`) }))}
            allowDeselect={false}
            {...form.getInputProps('finding')}
          />
          <NoteField
            label={t('attendance.followUp.note')}
            placeholder={t('attendance.followUp.noteHint')}
            maxLength={2000}
            {...form.getInputProps('note')}
          />
        </FormForFields>
      )}
    </AppModal>
  );
}
