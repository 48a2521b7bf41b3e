import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { NoteField } from '../../components/NoteField';
import { DateField, todayText } from '../../components/DateField';
import { SubmitRow } from '../../components/FormModal';
import { dayOf, filled, readableDay } from '../../components/forms';
import { communityKeys, type ActionPointRow } from './queries';

export interface PointClosing {
  point: ActionPointRow;
  status: 'done' | 'dropped';
}

function ClosingBody({ closing, onDone }: { closing: PointClosing; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { closedOn: todayText(), note: '' },
    validate: { closedOn: readableDay(t('errors.date')), note: filled(t('errors.required')) },
  });
  const save = useMutation({
    mutationFn: ({ closedOn, note }: typeof form.values) =>
      call('actionPoints.update', { id: closing.point.id, status: closing.status, closedOn: dayOf(closedOn), note }),
    onSuccess: async () => {
      notifications.show({
        color: 'teal',
        message: t(closing.status === 'done' ? 'community.points.markedDone' : 'community.points.markedDropped'),
      });
      await queryClient.invalidateQueries({ queryKey: communityKeys.all });
      onDone();
    },
    onError: (error) => showError(t, error, form, ['closedOn', 'note']),
  });
  return (
    <form noValidate onSubmit={form.onSubmit((values) => save.mutate(values))}>
      <Stack gap="sm">
        <DateField
          label={t(closing.status === 'done' ? 'community.points.doneOn' : 'community.points.droppedOn')}
          withAsterisk
          {...form.getInputProps('closedOn')}
        />
        <NoteField
          maxRows={null}
          label={t(closing.status === 'done' ? 'community.points.whatWasDone' : 'community.points.whyDropped')}
          required
          {...form.getInputProps('note')}
        />
        <SubmitRow label={t('community.points.save')} pending={save.isPending} />
      </Stack>
    </form>
  );
}

/** Closing an action point: done (when, and what was done) or dropped (why). */
export function ActionPointModal({ closing, onClose }: { closing: PointClosing | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={closing !== null}
      onClose={onClose}
      title={
        closing
          ? t(closing.status === 'done' ? 'community.points.doneTitle' : 'community.points.dropTitle', { what: closing.point.what })
          : ''
      }
    >
      {closing && <ClosingBody closing={closing} onDone={onClose} />}
    </Modal>
  );
}

export function PointButtons({ point, onClose }: { point: ActionPointRow; onClose: (c: PointClosing) => void }) {
  const { t } = useTranslation();
  if (point.status !== 'open') return null;
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-xs"
        variant="light"
        aria-label={t('community.points.doneNamed', { what: point.what })}
        onClick={() => onClose({ point, status: 'done' })}
      >
        {t('community.points.done')}
      </Button>
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        aria-label={t('community.points.dropNamed', { what: point.what })}
        onClick={() => onClose({ point, status: 'dropped' })}
      >
        {t('community.points.drop')}
      </Button>
    </Group>
  );
}
