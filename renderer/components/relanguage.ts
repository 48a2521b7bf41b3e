import { notifications, notificationsStore } from '@mantine/notifications';
import { sentenceValues } from '../../electron/shared/sentenceValues';
import i18n from '../i18n';
import type { MessageKey } from '../i18n/en';
import { madeFrom } from '../i18n/remembered';

/** Text said again in the language now chosen; parts joined by " · " (several problems in one toast) each on their own. */
function sayAgain(text: string): string {
  return text
    .split(' · ')
    .map((part) => {
      const made = madeFrom(part);
      // Amounts and days the message carries raw are said again in the new language's digits.
      const values = made ? sentenceValues(made.options as Record<string, string | number>, i18n.language === 'bn' ? 'bn' : 'en') : {};
      return made ? i18n.t(made.key as MessageKey, values) : part;
    })
    .join(' · ');
}

/**
 * When the language changes, the messages still showing (saved, refused, what is wrong) are shown
 * again in the new language instead of staying in the old one beside a translated screen.
 */
export function retranslateNotifications(): void {
  for (const n of notificationsStore.getState().notifications) {
    if (!n.id) continue;
    notifications.update({
      ...n,
      id: n.id,
      title: typeof n.title === 'string' ? sayAgain(n.title) : n.title,
      message: typeof n.message === 'string' ? sayAgain(n.message) : n.message,
    });
  }
}

i18n.on('languageChanged', retranslateNotifications);
