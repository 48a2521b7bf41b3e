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
/** U+FFFE and U+FFFF are not characters: XML 1.0 forbids them, so one would spoil every Excel export it reaches. */
export const noncharacters = /[\uFFFE\uFFFF]/;

/**
 * The path of the first text in an input that holds a noncharacter, or null. Checked at the door
 * for every method, so no text field of any area can store one.
 */
export function noncharacterField(input: unknown, path = ''): string | null {
  if (typeof input === 'string') return noncharacters.test(input) ? path : null;
  if (Array.isArray(input)) {
    for (const [i, v] of input.entries()) {
      const found = noncharacterField(v, path ? `${path}.${i}` : String(i));
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof input === 'object' && input !== null) {
    for (const [k, v] of Object.entries(input)) {
      const found = noncharacterField(v, path ? `${path}.${k}` : k);
      if (found !== null) return found;
    }
  }
  return null;
}

/** The version of a record the form read (see db/versions.ts): a save over a newer one is refused. */
export const recordVersion = z.number('errors.version').int('errors.version').min(1, 'errors.version');
