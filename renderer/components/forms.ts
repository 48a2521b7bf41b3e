import type { TFunction } from 'i18next';
import { createElement } from 'react';
import { parseRupees } from '../../electron/shared/money';
import { parseDay } from './DateField';
import { SaidAgain } from './FieldMessage';

// A form sends what was typed and lets the server answer every field's problem at once (showError puts
// each at its field). The form converts only what the API cannot take as typed: a DD/MM/YYYY date and a
// rupee amount. Text it cannot convert still goes, as a value the server refuses at that field.

/** A typed date as ISO; text that is not a date goes as typed, and the server says "not a date" (or "required"). */
export function dayOf(text: string): string {
  return parseDay(text) ?? text.trim();
}

/** Typed rupees as paise; text that is not an amount goes as 0, which the server always refuses. */
export function paiseOf(text: string): number {
  return parseRupees(text) ?? 0;
}

/** The form's own words for an amount it could not read, said in place of the server's "more than zero". */
export function unreadAmount(t: TFunction, text: string): string | undefined {
  return parseRupees(text) === null ? t('sponsorship.amountInvalid') : undefined;
}

/**
 * A choice the user has not made yet (a select still empty) goes as missing: the method's schema refuses
 * it at its field with the others. The one place the form sends what its type does not allow.
 */
export function chosen<T>(value: T | null): T {
  return value as T;
}

/** A `useForm` rule for what the form checks before it sends: blank text, or no choice made, is `message`. */
export function filled(message: string) {
  return (value: string | null) => (value?.trim() ? null : createElement(SaidAgain, { text: message }));
}

/** A `useForm` rule for a DD/MM/YYYY date the form must read before it sends. */
export function readableDay(message: string) {
  return (value: string) => (parseDay(value) ? null : createElement(SaidAgain, { text: message }));
}
