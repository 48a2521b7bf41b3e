import { Modal, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The dialog of a form that adds a record or corrects one (a volunteer, a committee), titled by the
 * caller for which of the two it is. Its page keeps it and opens it (`opened`); its × is named for
 * screen readers.
 */
export function AddOrEditModal({
  opened,
  title,
  onClose,
  size,
  children,
}: {
  opened: boolean;
  title: string;
  onClose: () => void;
  size?: ModalProps['size'];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {children}
    </Modal>
  );
}
