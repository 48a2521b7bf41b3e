import { z } from 'zod';

/** Input pieces shared by several areas, each failing with an i18n key the UI shows at the field. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.date')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'errors.date');

export const requiredText = (max = 200) => z.string().trim().min(1, 'errors.required').max(max, 'errors.tooLong');

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
