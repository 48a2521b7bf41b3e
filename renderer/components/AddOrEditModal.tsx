import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The dialog of a form that adds a record or corrects one (a volunteer, a committee, a school), titled by the
 * caller for which of the two it is. Its page keeps it and opens it (`opened`); its × is named for
 * screen readers.
 */
export function AddOrEditModal({ children, ...modal }: Pick<ModalProps, 'opened' | 'onClose' | 'title' | 'size' | 'children'>) {
  const { t } = useTranslation();
  return (
    <Modal {...modal} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {children}
    </Modal>
  );
}
