import { en } from '../../renderer/i18n/en/index';
import type { ErrorValues } from './errors';

/** Renders an i18n key from the English catalogue, for the `message` of API errors and for logs. */
export function englishMessage(key: string, values: ErrorValues): string {
  let node: unknown = en;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  const template = typeof node === 'string' ? node : key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
