import { z } from 'zod';
import type { MessageKey } from '../shared/problem';

/** Input pieces shared by several areas, each failing with an i18n key the UI shows at the field. */
export const isoDate = z
  .string()
  .min(1, 'errors.required')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.date')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'errors.dateNotExist',
  );

/** Text that must be given; `blank` is what to say when it is not, where a plain "required" says too little. */
export const requiredText = (max = 200, blank: MessageKey = 'errors.required') =>
  z.string().trim().min(1, blank).max(max, 'errors.tooLong');

/** Optional free text: blank becomes null so the database never holds empty strings. */
export const optionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max, 'errors.tooLong')
    .nullish()
    .transform((s) => (s ? s : null));

export const phone = z
  .string()
  .trim()
  .nullish()
  .transform((s) => (s ? s.replace(/[\s-]/g, '') : null))
  .refine((s) => s === null || /^(\+91)?[0-9]{10,11}$/.test(s), 'errors.phone');

export const id = z.number().int().positive();

/** The id of something the user picks from a list; `unpicked` says what to pick when nothing was. */
export const pickedId = (unpicked: MessageKey) => z.number(unpicked).int(unpicked).positive(unpicked);
