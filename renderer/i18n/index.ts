import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { digitsFor } from '../digits';
import { rememberTranslations } from './remembered';
import { bn } from './bn';
import { en } from './en';

export type Language = 'en' | 'bn';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

const remembered = localStorage.getItem('suraksha.language');

/**
 * Every number put into a sentence is written in the sentence's digits: an importer message carries
 * its row and day counts as numbers, and a Bengali sentence reads them in Bengali digits. Text values
 * (codes, cells like B12, names) pass as they are; plural choice still sees the number.
 */
const sentenceDigits = {
  type: 'formatter' as const,
  init() {},
  add() {},
  addCached() {},
  format(value: unknown, _format: string | undefined, lng: string | undefined): unknown {
    return typeof value === 'number' ? digitsFor(String(value), lng === 'bn' ? 'bn' : 'en') : value;
  },
};

void i18n
  .use(initReactI18next)
  .use(sentenceDigits)
  .use(rememberTranslations)
  .init({
    resources: { en: { translation: en }, bn: { translation: bn } },
    lng: remembered === 'bn' ? 'bn' : 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false, alwaysFormat: true },
    postProcess: ['remember'],
  });

/** Switches the UI language; the login screen remembers the last one used on this PC. */
export function setLanguage(language: Language): void {
  localStorage.setItem('suraksha.language', language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === 'bn' ? 'bn' : 'en';
}

export default i18n;
