import { bn } from '../../renderer/i18n/bn/index';
import { en } from '../../renderer/i18n/en/index';
import { sentenceValues } from '../shared/sentenceValues';
import { latinDigits } from '../shared/words';
import type { ErrorValues, MessageKey } from './errors';

const catalogues = { en, bn } as const;
export type Language = keyof typeof catalogues;

function leaf(language: Language, key: string): unknown {
  let node: unknown = catalogues[language];
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

/** True when the text is a key of the English catalogue: a zod message that names one is shown in the user's words. */
export function isMessageKey(text: string): text is MessageKey {
  return typeof leaf('en', text) === 'string' || typeof leaf('en', `${text}_other`) === 'string';
}

const pluralRules = { en: new Intl.PluralRules('en-IN'), bn: new Intl.PluralRules('bn-IN') } as const;

/**
 * The sentence of a key, as i18next picks it on the screens: a message with a `count` has its plural
 * forms (`_one`, `_other`), chosen by the language's rules; the count may come already in the reader's digits.
 */
function sentenceOf(language: Language, key: string, values: ErrorValues): string {
  const node = leaf(language, key);
  if (typeof node === 'string') return node;
  const count = typeof values.count === 'number' ? values.count : Number(latinDigits(String(values.count ?? '')).replace(/,/g, ''));
  const form = values.count !== undefined && Number.isFinite(count) ? pluralRules[language].select(count) : 'other';
  const plural = leaf(language, `${key}_${form}`) ?? leaf(language, `${key}_other`);
  return typeof plural === 'string' ? plural : key;
}

/** Renders an i18n key from the renderer's catalogues, for error messages and for exported files. */
export function translate(language: Language, key: string, values: ErrorValues = {}): string {
  const sentence = sentenceOf(language, key, values);
  const said = sentenceValues(values, language);
  return sentence.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(said[name] ?? ''));
}

/** The English text of a message: the `message` of API errors, for scripts and logs. */
export function englishMessage(key: MessageKey, values: ErrorValues): string {
  return translate('en', key, values);
}
