import { bn } from '../../renderer/i18n/bn/index';
import { en } from '../../renderer/i18n/en/index';
import { sentenceValues } from '../shared/sentenceValues';
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
  return typeof leaf('en', text) === 'string';
}

/** Renders an i18n key from the renderer's catalogues, for error messages and for exported files. */
export function translate(language: Language, key: string, values: ErrorValues = {}): string {
  const node = leaf(language, key);
  const template = typeof node === 'string' ? node : key;
  const said = sentenceValues(values, language);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(said[name] ?? ''));
}

/** The English text of a message: the `message` of API errors, for scripts and logs. */
export function englishMessage(key: MessageKey, values: ErrorValues): string {
  return translate('en', key, values);
}
