import { Alert, Autocomplete, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput, ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { navigate } from '../../router';
import { can, type Me } from '../../session';
import { DateField, parseDay, todayText } from '../../components/DateField';
import { useFieldErrors } from '../register/useFieldErrors';
import { childName, findings, isOneOf, type Finding, type FlagRow } from './labels';
import { attendanceKeys, useVolunteers } from './queries';

const fields = ['visitDate', 'visitedBy', 'finding', 'note'] as const;
type Field = (typeof fields)[number];
type Saved = ApiResult<'followUps.create'>;

/** After a visit whose finding may need a case: the child stays on the worklist until one is opened. */
function SuggestCase({ row, saved, me, onClose }: { row: FlagRow; saved: Saved; me: Me; onClose: () => void }) {
  const { t } = useTranslation();
  const canOpen = can(me, 'cases.write');
  const type = saved.caseType;
  return (
    <Stack gap="sm">
      <Alert color="orange" title={t('attendance.followUp.suggestTitle')}>
        <Text size="sm">
          {t('attendance.followUp.suggestText', {
            name: childName(row),
            caseType: type ? t(`cases.types.${type}`) : '',
          })}
        </Text>
        {!canOpen && (
          <Text size="sm" mt="xs">
            {t('attendance.followUp.askCaseWorker')}
          </Text>
        )}
      </Alert>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('attendance.followUp.notNow')}
        </Button>
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
  const [visitDate, setVisitDate] = useState(todayText);
  const [visitedBy, setVisitedBy] = useState(row.volunteer?.name ?? '');
  const [finding, setFinding] = useState<Finding | null>(null);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<Saved | null>(null);
  const form = useFieldErrors<Field>();

  const save = useMutation({
    mutationFn: (input: ApiInput<'followUps.create'>) => call('followUps.create', input),
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
      if (answer.suggestCase) {
        setSaved(answer);
        return;
      }
      notifications.show({ color: 'teal', message: t('attendance.followUp.saved', { name: childName(row) }) });
      onClose();
    },
    onError: (error) => showError(t, error, form, fields),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    const date = parseDay(visitDate);
    if (!date) form.setFieldError('visitDate', visitDate.trim() ? t('errors.date') : t('errors.required'));
    if (!visitedBy.trim()) form.setFieldError('visitedBy', t('errors.required'));
    if (!finding) form.setFieldError('finding', t('attendance.followUp.chooseFinding'));
    if (!date || !visitedBy.trim() || !finding) return;
    const volunteer = (volunteers.data ?? []).find((v) => v.name === visitedBy.trim());
    save.mutate({
      childId: row.childId,
      visitDate: date,
      visitedBy: visitedBy.trim(),
      ...(volunteer ? { volunteerId: volunteer.id } : {}),
      finding,
      note,
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('attendance.followUp.title', { name: childName(row) })}
      size="md"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {saved ? (
        <SuggestCase row={row} saved={saved} me={me} onClose={onClose} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <DateField
              label={t('attendance.followUp.visitDate')}
              withAsterisk
              data-autofocus
              value={visitDate}
              error={form.errors.visitDate}
              onChange={(e) => {
                setVisitDate(e.currentTarget.value);
                form.clearFieldError('visitDate');
              }}
            />
            <Autocomplete
              label={t('attendance.followUp.visitedBy')}
              description={t('attendance.followUp.visitedByHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              withAsterisk
              data={(volunteers.data ?? []).filter((v) => v.active).map((v) => v.name)}
              value={visitedBy}
              error={form.errors.visitedBy}
              maxLength={120}
              onChange={(v) => {
                setVisitedBy(v);
                form.clearFieldError('visitedBy');
              }}
            />
            <Select
              label={t('attendance.followUp.finding')}
              placeholder={t('attendance.followUp.chooseFinding')}
              withAsterisk
              data={findings.map((f) => ({ value: f, label: t(`attendance.followUp.findings.${f}`) }))}
              value={finding}
              error={form.errors.finding}
              allowDeselect={false}
              onChange={(v) => {
                setFinding(isOneOf(findings, v) ? v : null);
                form.clearFieldError('finding');
              }}
            />
            <Textarea
              label={t('attendance.followUp.note')}
              placeholder={t('attendance.followUp.noteHint')}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={2000}
              value={note}
              error={form.errors.note}
              onChange={(e) => {
                setNote(e.currentTarget.value);
                form.clearFieldError('note');
              }}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('attendance.followUp.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
