import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { office } from '../../db/schema';
import { UserError } from '../../api/errors';
import { isoDate, optionalText, phone, requiredText } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';

/** The office's details as printed on letters to officials. */
export const officeApi = {
  'office.get': method({
    input: z.object({}),
    permission: 'session',
    handler: (ctx) => {
      const row = ctx.db.select().from(office).get();
      if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      return row;
    },
  }),

  /** The office code is not editable: it is part of every child code and case number already given. */
  'office.update': method({
    input: z.object({
      organisation: requiredText(),
      officeName: requiredText(),
      district: requiredText(),
      block: requiredText(),
      address: optionalText(300),
      phone,
      email: z
        .string()
        .trim()
        .nullish()
        .transform((s) => (s ? s : null))
        .refine((s) => s === null || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s), 'errors.email'),
      pan: z
        .string()
        .trim()
        .toUpperCase()
        .nullish()
        .transform((s) => (s ? s : null))
        .refine((s) => s === null || /^[A-Z]{5}\d{4}[A-Z]$/.test(s), 'errors.sponsorship.pan'),
      urn80g: optionalText(60),
      urn80gIssuedOn: isoDate.nullish().transform((d) => d ?? null),
      fcraRegistration: optionalText(60),
    }),
    permission: 'office.manage',
    handler: (ctx, input) =>
      ctx.write((w) => {
        const row = w.db.update(office).set(input).where(eq(office.id, 1)).returning().get();
        if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
        w.audit({ action: 'office.update', entity: 'office', entityId: 1, summary: `${row.organisation} — ${row.officeName}` });
        return row;
      }),
  }),
} satisfies ApiArea;
