import { bn } from '../../renderer/i18n/bn/index';
import { en } from '../../renderer/i18n/en/index';
import type { ErrorValues } from './errors';

const catalogues = { en, bn } as const;
export type Language = keyof typeof catalogues;

/** Renders an i18n key from the renderer's catalogues, for error messages and for exported files. */
export function translate(language: Language, key: string, values: ErrorValues = {}): string {
  let node: unknown = catalogues[language];
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  const template = typeof node === 'string' ? node : key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The English text of a message: the `message` of API errors, for scripts and logs. */
export function englishMessage(key: string, values: ErrorValues): string {
  return translate('en', key, values);
}
