import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { formatNumber } from '../../format';
import type { FlagRow } from './labels';
import { attendanceKeys, useVolunteers } from './queries';

const NOBODY = 'nobody';

/** Puts the chosen children on a volunteer's visit list; volunteers who cover their villages come first. */
export function AssignModal({ rows, onClose }: { rows: FlagRow[]; onClose: (done: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const volunteers = useVolunteers({});
  const [choice, setChoice] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const villages = new Set(rows.map((r) => r.village).filter((v): v is string => Boolean(v)));

  const options = (volunteers.data ?? [])
    .filter((v) => v.active)
    .map((v) => ({ volunteer: v, covers: v.villages.filter((village) => villages.has(village)).length }))
    .sort((a, b) => b.covers - a.covers || a.volunteer.name.localeCompare(b.volunteer.name));

  const assign = useMutation({
    mutationFn: (volunteerId: number | null) => call('worklist.assign', { childIds: rows.map((r) => r.childId), volunteerId }),
    onSuccess: async (answer, volunteerId) => {
      const name = options.find((o) => o.volunteer.id === volunteerId)?.volunteer.name;
      notifications.show({
        color: 'teal',
        message: name
          ? t('attendance.assign.done', { count: answer.assigned, n: formatNumber(answer.assigned), name })
          : t('attendance.assign.removed', { count: answer.assigned, n: formatNumber(answer.assigned) }),
      });
      await queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
      onClose(true);
    },
    onError: (err) => showError(t, err),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (choice === null) {
      setError(t('attendance.assign.chooseVolunteer'));
      return;
    }
    assign.mutate(choice === NOBODY ? null : Number(choice));
  };

  return (
    <Modal
      opened
      onClose={() => onClose(false)}
      title={t('attendance.assign.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {t('attendance.assign.children', { count: rows.length, formatted: formatNumber(rows.length) })}
            {villages.size > 0 && ` (${[...villages].join(', ')})`}
          </Text>
          <Select
            label={t('attendance.assign.volunteer')}
            placeholder={t('attendance.assign.chooseVolunteer')}
            data-autofocus
            searchable
            data={[
              ...options.map(({ volunteer, covers }) => ({
                value: String(volunteer.id),
                label:
                  covers > 0
                    ? t('attendance.assign.covers', { name: volunteer.name, n: formatNumber(covers), of: formatNumber(villages.size) })
                    : volunteer.name,
              })),
              { value: NOBODY, label: t('attendance.assign.nobody') },
            ]}
            value={choice}
            error={error}
            allowDeselect={false}
            onChange={(v) => {
              setChoice(v);
              setError(undefined);
            }}
            nothingFoundMessage={t('attendance.assign.noVolunteers')}
          />
          {volunteers.data && options.length === 0 && (
            <Text size="xs" c="dimmed">
              {t('attendance.assign.noVolunteers')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={assign.isPending}>
              {t('attendance.assign.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
