import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const TYPED = 'data-typed';

/**
 * Escape closes a dialog; with something typed into it, it first asks whether to throw that away.
 * One guard for every form dialog: it marks a dialog as typed-in on the first input event inside it,
 * and stops the dialog's own Escape handler (Mantine listens on window in the capture phase, so this
 * listener, registered first, runs first) until the user chooses "Discard".
 */
export function DiscardGuard() {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const askingRef = useRef(false);
  const letThrough = useRef(false);

  useEffect(() => {
    const onInput = (event: Event) => {
      const dialog = event.target instanceof Element ? event.target.closest('[role="dialog"]') : null;
      if (dialog) dialog.setAttribute(TYPED, 'true');
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      if (letThrough.current) {
        letThrough.current = false;
        return;
      }
      if (askingRef.current) {
        // Escape on the question itself means "keep editing".
        event.stopImmediatePropagation();
        askingRef.current = false;
        setAsking(false);
        return;
      }
      // A dropdown open inside the form closes first, as Mantine does it.
      if (event.target instanceof Element && event.target.getAttribute('data-mantine-stop-propagation') === 'true') return;
      if (!document.querySelector(`[role="dialog"][${TYPED}]`)) return;
      event.stopImmediatePropagation();
      askingRef.current = true;
      setAsking(true);
    };
    document.addEventListener('input', onInput, true);
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      document.removeEventListener('input', onInput, true);
      window.removeEventListener('keydown', onKeyDown, { capture: true });
    };
  }, []);

  const keep = () => {
    askingRef.current = false;
    setAsking(false);
  };
  const discard = () => {
    keep();
    letThrough.current = true;
    // On the dialog, not on window: Mantine reads the event's target element.
    const dialog = document.querySelector(`[role="dialog"][${TYPED}]`) ?? document.body;
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  };

  return (
    <Modal
      opened={asking}
      onClose={keep}
      closeOnEscape={false}
      withCloseButton={false}
      centered
      size="sm"
      zIndex={500}
      title={t('common.discard.title')}
    >
      <Text size="sm">{t('common.discard.text')}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={keep} data-autofocus>
          {t('common.discard.keep')}
        </Button>
        <Button color="red" onClick={discard}>
          {t('common.discard.discard')}
        </Button>
      </Group>
    </Modal>
  );
}
