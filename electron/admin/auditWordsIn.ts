import i18next, { type i18n } from 'i18next';
import { bn } from '../../renderer/i18n/bn/index';
import { en } from '../../renderer/i18n/en/index';
import type { AuditTranslate } from '../shared/auditWords';
import { digitsFor, type WordsLanguage } from '../shared/words';

/**
 * The catalogues' lookup for files made on this side (the audit log's Excel export), with the
 * screens' rules: i18next's plurals and variants, and numbers in a sentence in its language's digits.
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

let instance: i18n | null = null;

function catalogues(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.use(sentenceDigits).init({
      resources: { en: { translation: en }, bn: { translation: bn } },
      lng: 'en',
      fallbackLng: 'en',
      initAsync: false,
      interpolation: { escapeValue: false, alwaysFormat: true },
    });
  }
  return instance;
}

export function auditTranslate(lang: WordsLanguage): AuditTranslate {
  const t = catalogues().getFixedT(lang);
  return t as unknown as AuditTranslate;
}
