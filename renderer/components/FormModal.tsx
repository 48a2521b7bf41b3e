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

/** Cancel and the form's own action, at the foot of a form. */
export function FormButtons({
  onCancel,
  submitLabel,
  pending,
  color,
  disabled,
  cancelLabel,
}: {
  onCancel: () => void;
  /** "Close" where the dialog stays open after its action (a download). */
  cancelLabel?: string;
  submitLabel: string;
  pending: boolean;
  color?: ButtonProps['color'];
  disabled?: boolean;
}) {
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

/** A form's fields, then Cancel and the action: the body of a dialog or of a card. */
export function FormForFields({
  onSubmit,
  onCancel,
  submitLabel,
  pending,
  color,
  disabled,
  cancelLabel,
  children,
}: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  onCancel: () => void;
  cancelLabel?: string;
  submitLabel: string;
  pending: boolean;
  color?: ButtonProps['color'];
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {children}
        <FormButtons
          onCancel={onCancel}
          cancelLabel={cancelLabel}
          submitLabel={submitLabel}
          pending={pending}
          color={color}
          disabled={disabled}
        />
      </Stack>
    </form>
  );
}

/** A dialog holding one form: its fields, then Cancel and the action. */
export function FormModal({
  title,
  onClose,
  size,
  onSubmit,
  submitLabel,
  pending,
  color,
  disabled,
  cancelLabel,
  children,
}: {
  title: string;
  cancelLabel?: string;
  onClose: () => void;
  size?: ModalProps['size'];
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  pending: boolean;
  color?: ButtonProps['color'];
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <AppModal title={title} onClose={onClose} size={size}>
      <FormForFields
        onSubmit={onSubmit}
        onCancel={onClose}
        cancelLabel={cancelLabel}
        submitLabel={submitLabel}
        pending={pending}
        color={color}
        disabled={disabled}
      >
        {children}
      </FormForFields>
    </AppModal>
  );
}
