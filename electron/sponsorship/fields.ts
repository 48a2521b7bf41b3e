import { z } from 'zod';
import { UserError } from '../api/errors';
import type { Under } from '../shared/problem';
import { MAX_AMOUNT_PAISE } from '../shared/money';
import { monthPattern } from '../shared/periods';

/** Input pieces of the sponsorship methods; each fails with an i18n key shown at the field. */

/** Integer paise only: a float or a string is refused at the boundary, never rounded. */
export const amountPaise = z
  .number('errors.sponsorship.amountWhole')
  .int('errors.sponsorship.amountWhole')
  .positive('errors.sponsorship.amountPositive')
  .max(MAX_AMOUNT_PAISE, 'errors.sponsorship.amountTooLarge');

export const month = z.string().regex(monthPattern, 'errors.sponsorship.month');

export const optionalEmail = z
  .string()
  .trim()
  .max(200, 'errors.tooLong')
  .nullish()
  .transform((s) => (s ? s : null))
  .refine((s) => s === null || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s), 'errors.email');

/** Sponsors live abroad too, so any international number is accepted, not only Indian mobiles. */
export const anyPhone = z
  .string()
  .trim()
  .nullish()
  .transform((s) => (s ? s.replace(/[\s()-]/g, '') : null))
  .refine((s) => s === null || /^\+?[0-9]{6,15}$/.test(s), 'errors.sponsorship.phone');

type NotFoundThing = Under<'errors.sponsorship.'> extends infer K ? (K extends `${infer Thing}NotFound` ? Thing : never) : never;

/** Money moves on days that have happened: a value date after the office's today is refused. */
export function notInFuture(date: string, today: string, field: string): void {
  if (date > today) throw new UserError('invalid_input', 'errors.dateFuture', {}, { field });
}

export function notFound(what: NotFoundThing): UserError {
  return new UserError('not_found', `errors.sponsorship.${what}NotFound`, {}, {}, 404);
}
