import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ButtonProps, ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { showError } from './errors';
import { FormModal } from './FormModal';
import { NoteField } from './NoteField';

/**
 * A step the app asks a reason for (reopening a case, reversing a posting, opening a case in an
 * emergency): what it means, the reason, and the button. Done, it says so, refreshes `refresh` and
 * closes; a refused reason is shown at its field.
 */
export function ReasonModal<R>({
  title,
  size,
  intro,
  reasonLabel,
  reasonHint,
  maxLength,
  minRows,
  maxRows,
  submitLabel,
  color = 'orange',
  send,
  done,
  refresh,
  onClose,
  then,
}: {
  title: string;
  size?: ModalProps['size'];
  intro: ReactNode;
  reasonLabel: string;
  reasonHint: string;
  maxLength: number;
  minRows?: number;
  maxRows?: number | null;
  submitLabel: string;
  color?: ButtonProps['color'];
  send: (reason: string) => Promise<R>;
  /** What the notification says once it is done, and in which colour. */
  done: (result: R) => { message: string; color: string };
  refresh: QueryKey;
  onClose: () => void;
  /** After the dialog has closed (open what was done). */
  then?: (result: R) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { reason: '' } });
  const run = useMutation({
    mutationFn: ({ reason }: typeof form.values) => send(reason),
    onSuccess: async (result) => {
      notifications.show(done(result));
      await queryClient.invalidateQueries({ queryKey: refresh });
      onClose();
      then?.(result);
    },
    onError: (error) => showError(t, error, form, ['reason']),
  });
  return (
    <FormModal
      title={title}
      size={size}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => run.mutate(values))}
      submitLabel={submitLabel}
      color={color}
      pending={run.isPending}
    >
      {intro}
      <NoteField
        label={reasonLabel}
        placeholder={reasonHint}
        required
        data-autofocus
        minRows={minRows}
        maxRows={maxRows}
        maxLength={maxLength}
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}
