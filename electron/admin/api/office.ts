import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { attendanceImports, office, schools, users, volunteers } from '../../db/schema';
import { missing80gDetails } from '../../shared/registrations80g';
import { UserError } from '../../api/errors';
import { isoDate, optionalText, phone, requiredText } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';

/** The organisation's PAN as the Income-tax Department issues it: five letters, four digits, a letter. */
export const organisationPan = z
  .string()
  .trim()
  .toUpperCase()
  .nullish()
  .transform((s) => (s ? s : null))
  .refine((s) => s === null || /^[A-Z]{5}\d{4}[A-Z]$/.test(s), 'errors.sponsorship.pan');

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
      pan: organisationPan,
      urn80g: optionalText(60),
      urn80gIssuedOn: isoDate.nullish().transform((d) => d ?? null),
      fcraRegistration: optionalText(60),
    }),
    permission: 'office.manage',
    handler: (ctx, input) =>
      ctx.write((w) => {
        const row = w.db.update(office).set(input).where(eq(office.id, 1)).returning().get();
        if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
        w.audit({
          action: 'office.update',
          entity: 'office',
          entityId: 1,
          summary: `${row.organisation} — ${row.officeName}`,
          facts: { organisation: row.organisation, officeName: row.officeName },
        });
        return row;
      }),
  }),

  /**
   * An office's first steps, in the order they make sense (tax details for receipts, schools, users,
   * volunteers, the first import), each with whether it is done: the administrator's start screen
   * shows the ones left.
   */
  'office.firstSteps': method({
    input: z.object({}),
    permission: 'office.manage',
    handler: (ctx) => {
      const row = ctx.db.select().from(office).get();
      if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      const howMany = (table: typeof schools | typeof users | typeof volunteers | typeof attendanceImports) =>
        ctx.db.select({ n: count() }).from(table).get()?.n ?? 0;
      const missingTaxDetails = missing80gDetails(row);
      return {
        missingTaxDetails,
        steps: {
          taxDetails: missingTaxDetails.length === 0,
          schools: howMany(schools) > 0,
          // The first administrator is there from setup; the step is the rest of the staff.
          users: howMany(users) > 1,
          volunteers: howMany(volunteers) > 0,
          firstImport: howMany(attendanceImports) > 0,
        },
      };
    },
  }),
} satisfies ApiArea;
