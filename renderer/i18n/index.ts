import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bn } from './bn';
import { en } from './en';

export type Language = 'en' | 'bn';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

const remembered = localStorage.getItem('suraksha.language');

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, bn: { translation: bn } },
  lng: remembered === 'bn' ? 'bn' : 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
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
