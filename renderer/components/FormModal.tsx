import { Button, Group, Modal, Stack, type ButtonProps, type ModalProps } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A dialog of the app: it closes by its button or Escape, never by a stray click outside that loses what was typed. */
export function AppModal({
  title,
  onClose,
  size = 'md',
  children,
}: {
  title: string;
  onClose: () => void;
  size?: ModalProps['size'];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size={size}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {children}
    </Modal>
  );
}

/** The foot of a form: Cancel and the form's own action. */
interface ButtonsProps {
  onCancel: () => void;
  /** "Close" where the dialog stays open after its action (a download). */
  cancelLabel?: string;
  submitLabel: string;
  pending: boolean;
  color?: ButtonProps['color'];
  disabled?: boolean;
}

export function FormButtons({ onCancel, cancelLabel, submitLabel, pending, color, disabled }: ButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="xs">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel ?? t('common.cancel')}
      </Button>
      <Button type="submit" color={color} loading={pending} disabled={disabled}>
        {submitLabel}
      </Button>
    </Group>
  );
}

/** The foot of a form that has no Cancel (a card, or a dialog closed by its own ×): the action alone. */
export function SubmitRow({ label, pending, color }: { label: string; pending: boolean; color?: ButtonProps['color'] }) {
  return (
    <Group justify="flex-end">
      <Button type="submit" color={color} loading={pending}>
        {label}
      </Button>
    </Group>
  );
}

type FormProps = ButtonsProps & { onSubmit: FormEventHandler<HTMLFormElement>; children: ReactNode };

/** A form's fields, then Cancel and the action: the body of a dialog or of a card. */
export function FormForFields({ onSubmit, children, ...buttons }: FormProps) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {children}
        <FormButtons {...buttons} />
      </Stack>
    </form>
  );
}

/** A dialog holding one form: its fields, then Cancel and the action (Cancel closes it). */
export function FormModal({
  title,
  onClose,
  size,
  ...form
}: Omit<FormProps, 'onCancel'> & { title: string; onClose: () => void; size?: ModalProps['size'] }) {
  return (
    <AppModal title={title} onClose={onClose} size={size}>
      <FormForFields onCancel={onClose} {...form} />
    </AppModal>
  );
}
