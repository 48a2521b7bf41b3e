import { and, asc, eq, like, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { schools, schoolTypes } from '../../db/schema';
import { UserError } from '../../api/errors';
import { id, optionalText, phone, recordVersion, requiredText } from '../../api/fields';
import { requireVersion, storedVersion } from '../../db/versions';
import { stamp } from '../listFiles';
import { listWorkbook } from '../../reports/excel/listWorkbook';
import { method, type ApiArea } from '../../api/types';

const udise = z
  .string()
  .trim()
  .regex(/^\d{11}$/, 'errors.udise');

const schoolFields = z.object({
  name: requiredText(),
  udise,
  type: z.enum(schoolTypes, 'errors.schoolType'),
  gramPanchayat: optionalText(),
  village: optionalText(),
  headTeacher: optionalText(),
  phone,
});

export const schoolsApi = {
  'schools.list': method({
    input: z.object({ q: z.string().trim().max(100).optional() }),
    permission: 'register.read',
    handler: (ctx, input) => {
      const q = input.q ? `%${input.q}%` : null;
      return ctx.db
        .select({
          id: schools.id,
          name: schools.name,
          udise: schools.udise,
          type: schools.type,
          gramPanchayat: schools.gramPanchayat,
          village: schools.village,
          headTeacher: schools.headTeacher,
          phone: schools.phone,
          version: schools.version,
          children: sql<number>`(SELECT count(*) FROM children WHERE children.school_id = schools.id)`,
        })
        .from(schools)
        .where(q ? or(like(schools.name, q), like(schools.udise, q), like(schools.village, q), like(schools.gramPanchayat, q)) : undefined)
        .orderBy(asc(schools.name))
        .all();
    },
  }),

  'schools.get': method({
    input: z.object({ id }),
    permission: 'register.read',
    handler: (ctx, input) => {
      const row = ctx.db.select().from(schools).where(eq(schools.id, input.id)).get();
      if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      return row;
    },
  }),

  'schools.create': method({
    input: schoolFields,
    permission: 'register.write',
    handler: (ctx, input) => {
      const at = ctx.now.toISOString();
      return ctx.write((w) => {
        const taken = w.db.select({ id: schools.id, name: schools.name }).from(schools).where(eq(schools.udise, input.udise)).get();
        if (taken) throw new UserError('udise_taken', 'errors.udiseTaken', { name: taken.name }, { field: 'udise' }, 409);
        const row = w.db
          .insert(schools)
          .values({ ...input, createdAt: at, updatedAt: at })
          .returning()
          .get();
        w.audit({
          action: 'schools.create',
          entity: 'schools',
          entityId: row.id,
          summary: `${row.name} (${row.udise})`,
          facts: { ref: row.name, udise: row.udise },
        });
        return row;
      });
    },
  }),

  'schools.update': method({
    input: schoolFields.extend({ id, version: recordVersion }),
    permission: 'register.write',
    handler: (ctx, { id: schoolId, version, ...input }) =>
      ctx.write((w) => {
        requireVersion(w, 'schools', schoolId, version, () => w.db.select().from(schools).where(eq(schools.id, schoolId)).get() ?? {});
        const taken = w.db
          .select({ id: schools.id, name: schools.name })
          .from(schools)
          .where(and(eq(schools.udise, input.udise), ne(schools.id, schoolId)))
          .get();
        if (taken) throw new UserError('udise_taken', 'errors.udiseTaken', { name: taken.name }, { field: 'udise' }, 409);
        const row = w.db
          .update(schools)
          .set({ ...input, updatedAt: ctx.now.toISOString() })
          .where(eq(schools.id, schoolId))
          .returning()
          .get();
        if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
        // The trigger raised the version after RETURNING read the row: the form needs the new one.
        row.version = storedVersion(w, 'schools', schoolId) ?? row.version;
        w.audit({
          action: 'schools.update',
          entity: 'schools',
          entityId: row.id,
          summary: `${row.name} (${row.udise})`,
          facts: { ref: row.name, udise: row.udise },
        });
        return row;
      }),
  }),

  'schools.export': method({
    input: z.object({ q: z.string().trim().max(100).optional() }),
    permission: 'register.read',
    handler: async (ctx, input) => {
      const { today, label, printed } = stamp(ctx);
      const q = input.q ? `%${input.q}%` : null;
      const rows = ctx.db
        .select()
        .from(schools)
        .where(q ? or(like(schools.name, q), like(schools.udise, q), like(schools.village, q), like(schools.gramPanchayat, q)) : undefined)
        .orderBy(asc(schools.name))
        .all();
      return listWorkbook({
        sheetName: label('register.schools.title'),
        title: `${label('register.schools.title')} — ${printed}`,
        fileName: `schools-${today}.xlsx`,
        rows,
        columns: [
          { header: label('register.schools.columns.name'), width: 34, value: (r) => r.name },
          { header: label('register.schools.columns.udise'), width: 13, value: (r) => r.udise },
          { header: label('register.schools.columns.type'), width: 14, value: (r) => label(`register.schoolTypes.${r.type}`) },
          { header: label('register.schools.columns.gramPanchayat'), width: 18, value: (r) => r.gramPanchayat },
          { header: label('register.schools.columns.village'), width: 18, value: (r) => r.village },
          { header: label('register.schools.columns.headTeacher'), width: 22, value: (r) => r.headTeacher },
          { header: label('register.schools.columns.phone'), width: 13, value: (r) => r.phone },
        ],
      });
    },
  }),
} satisfies ApiArea;
