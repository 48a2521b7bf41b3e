import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { DateField, parseDay, todayText } from '../../components/DateField';
import { useFieldErrors } from '../register/useFieldErrors';
import { communityKeys, type ActionPointRow } from './queries';

export interface PointClosing {
  point: ActionPointRow;
  status: 'done' | 'dropped';
}

function ClosingBody({ closing, onDone }: { closing: PointClosing; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFieldErrors<'closedOn' | 'note'>();
  const [closedOn, setClosedOn] = useState(todayText());
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: (iso: string) => call('actionPoints.update', { id: closing.point.id, status: closing.status, closedOn: iso, note }),
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
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.clearAll();
        const iso = parseDay(closedOn);
        if (!iso) form.setFieldError('closedOn', t('errors.date'));
        if (!note.trim()) form.setFieldError('note', t('errors.required'));
        if (iso && note.trim()) save.mutate(iso);
      }}
    >
      <Stack gap="sm">
        <DateField
          label={t(closing.status === 'done' ? 'community.points.doneOn' : 'community.points.droppedOn')}
          withAsterisk
          value={closedOn}
          error={form.errors.closedOn}
          onChange={(e) => setClosedOn(e.currentTarget.value)}
        />
        <Textarea
          label={t(closing.status === 'done' ? 'community.points.whatWasDone' : 'community.points.whyDropped')}
          withAsterisk
          autosize
          minRows={2}
          value={note}
          error={form.errors.note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('community.points.save')}
          </Button>
        </Group>
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
