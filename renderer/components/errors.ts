import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** The user's-language text of any error a call threw. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const text = t(error.body.key as never, error.body.values as never) as unknown as string;
    return text === error.body.key ? error.body.message : text;
  }
  return error instanceof Error ? error.message : String(error);
}

interface FieldErrorTarget {
  setFieldError(path: string, error: string): void;
}

/**
 * Puts an API error at the form field it names; errors without a field (or for a field the form
 * does not have) become a notification. Returns the text shown.
 */
export function showError(t: TFunction, error: unknown, form?: FieldErrorTarget, fields?: readonly string[]): string {
  const text = errorText(t, error);
  const field = error instanceof ApiError ? error.field : undefined;
  if (form && field && (!fields || fields.includes(field))) form.setFieldError(field, text);
  else notifications.show({ color: 'red', title: t('common.errorTitle'), message: text, autoClose: 8000 });
  return text;
}
