import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { listColumns, searchInput, searchWhere, sortColumns } from '../childrenQuery';
import { z } from 'zod';
import { children, schools, sexes } from '../../db/schema';
import { ageOn } from '../age';
import { likelyDuplicates } from '../duplicates';
import { nameKeyOf } from '../nameKey';
import { UserError } from '../../api/errors';
import { id, isoDate, optionalText, phone, recordVersion } from '../../api/fields';
import { requireVersion, storedVersion } from '../../db/versions';
import type { Db } from '../../db/connection';
import { takeChildCode } from '../childCode';
import { childWorkbookColumns } from '../childWorkbookColumns';
import { childrenCount } from '../childrenCount';
import { ddmmyyyy, stamp } from '../listFiles';
import { listWorkbook } from '../../reports/excel/listWorkbook';
import { method, type ApiArea, type WriteScope } from '../../api/types';
import { auditedExport } from '../../admin/exportAudit';

const childFields = z
  .object({
    nameEn: optionalText(),
    nameBn: optionalText(),
    sex: z.enum(sexes, 'errors.sex'),
    dateOfBirth: isoDate.nullish(),
    ageYears: z.number().int().min(0, 'errors.age').max(25, 'errors.age').nullish(),
    guardianName: optionalText(),
    guardianRelation: optionalText(50),
    phone,
    village: optionalText(),
    gramPanchayat: optionalText(),
    schoolId: id.nullish(),
    classGrade: z.number().int().min(0, 'errors.classGrade').max(12, 'errors.classGrade').nullish(),
    section: optionalText(10),
    roll: optionalText(10),
  })
  .refine((c) => c.nameEn || c.nameBn, { message: 'errors.childName', path: ['nameEn'] })
  .refine((c) => c.dateOfBirth || (c.ageYears !== null && c.ageYears !== undefined), {
    message: 'errors.birthRequired',
    path: ['dateOfBirth'],
  });

type ChildFields = z.output<typeof childFields>;

/** The row as stored, from validated fields: which birth fact we were given is kept as given. */
function toRow(input: ChildFields, todayIso: string) {
  const { dateOfBirth, ageYears, ...rest } = input;
  if (dateOfBirth && dateOfBirth > todayIso) throw new UserError('invalid_input', 'errors.dobFuture', {}, { field: 'dateOfBirth' });
  const byDob = Boolean(dateOfBirth);
  return {
    ...rest,
    schoolId: rest.schoolId ?? null,
    classGrade: rest.classGrade ?? null,
    birthBasis: byDob ? ('dob' as const) : ('age' as const),
    dateOfBirth: byDob ? (dateOfBirth ?? null) : null,
    ageYears: byDob ? null : (ageYears ?? null),
    ageAsOf: byDob ? null : todayIso,
    nameKey: nameKeyOf(rest.nameEn, rest.nameBn),
  };
}

function checkSchool(w: WriteScope, schoolId: number | null): void {
  if (schoolId !== null && !w.db.select({ id: schools.id }).from(schools).where(eq(schools.id, schoolId)).get()) {
    throw new UserError('invalid_input', 'errors.schoolMissing', {}, { field: 'schoolId' });
  }
}

/** A child as the screens read it (with its version): children.get, and the record a conflict answers. */
function childRecord(db: Db, childId: number, today: string) {
  const row = db
    .select({ child: children, schoolName: schools.name, schoolUdise: schools.udise })
    .from(children)
    .leftJoin(schools, eq(children.schoolId, schools.id))
    .where(eq(children.id, childId))
    .get();
  if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
  const { nameKey: _unused, ...child } = row.child;
  void _unused;
  return { ...child, schoolName: row.schoolName, schoolUdise: row.schoolUdise, age: ageOn(child, today) };
}

export const childrenApi = {
  'children.search': method({
    input: searchInput,
    permission: 'register.read',
    handler: (ctx, input) => {
      const where = searchWhere(input);
      const total = childrenCount(ctx.db, where);
      const order = input.direction === 'asc' ? asc : desc;
      const today = ctx.today;
      const rows = ctx.db
        .select(listColumns)
        .from(children)
        .leftJoin(schools, eq(children.schoolId, schools.id))
        .where(where)
        .orderBy(order(sortColumns[input.sort]), asc(children.id))
        .limit(input.limit)
        .offset(input.offset)
        .all()
        .map((r) => ({ ...r, age: ageOn(r, today) }));
      return { total, rows };
    },
  }),

  'children.filters': method({
    input: z.object({}),
    permission: 'register.read',
    handler: (ctx) => {
      // Every place written on a child once, in order, for the lists' filters and the forms' suggestions.
      const placesIn = (column: typeof children.village | typeof children.gramPanchayat) =>
        ctx.db
          .selectDistinct({ v: column })
          .from(children)
          .where(sql`${column} IS NOT NULL`)
          .orderBy(asc(column))
          .all()
          .map((r) => r.v ?? '');
      return { villages: placesIn(children.village), gramPanchayats: placesIn(children.gramPanchayat) };
    },
  }),

  'children.get': method({
    input: z.object({ id }),
    permission: 'register.read',
    handler: (ctx, input) => childRecord(ctx.db, input.id, ctx.today),
  }),

  /** Likely duplicates of a child about to be saved: same school, a similar name, a close age. */
  'children.checkDuplicates': method({
    input: z.object({
      nameEn: optionalText(),
      nameBn: optionalText(),
      schoolId: id.nullish(),
      dateOfBirth: isoDate.nullish(),
      ageYears: z.number().int().min(0).max(25).nullish(),
      excludeId: id.optional(),
    }),
    permission: 'register.read',
    handler: (ctx, input) => {
      if (!input.schoolId) return [];
      const today = ctx.today;
      const age = input.dateOfBirth
        ? ageOn({ birthBasis: 'dob', dateOfBirth: input.dateOfBirth, ageYears: null, ageAsOf: null }, today)
        : (input.ageYears ?? null);
      const sameSchool = ctx.db
        .select({ ...listColumns, nameKey: children.nameKey })
        .from(children)
        .leftJoin(schools, eq(children.schoolId, schools.id))
        .where(and(eq(children.schoolId, input.schoolId), input.excludeId ? ne(children.id, input.excludeId) : undefined))
        .all()
        .map((r) => ({ ...r, age: ageOn(r, today) }));
      return likelyDuplicates({ nameEn: input.nameEn, nameBn: input.nameBn }, age, sameSchool).map(({ nameKey: _k, ...r }) => {
        void _k;
        return r;
      });
    },
  }),

  'children.create': method({
    input: childFields,
    permission: 'register.write',
    handler: (ctx, input) => {
      const at = ctx.now.toISOString();
      const values = toRow(input, ctx.today);
      return ctx.write((w) => {
        checkSchool(w, values.schoolId);
        const row = w.db
          .insert(children)
          .values({ ...values, childCode: takeChildCode(w.sqlite), createdBy: ctx.session.userId, createdAt: at, updatedAt: at })
          .returning({ id: children.id, childCode: children.childCode })
          .get();
        w.audit({ action: 'children.create', entity: 'children', entityId: row.id, summary: row.childCode, facts: { ref: row.childCode } });
        return row;
      });
    },
  }),

  'children.update': method({
    input: childFields.and(z.object({ id, version: recordVersion })),
    permission: 'register.write',
    handler: (ctx, { id: childId, version, ...input }) => {
      const at = ctx.now.toISOString();
      return ctx.write((w) => {
        requireVersion(w, 'children', childId, version, () => childRecord(w.db, childId, ctx.today));
        const before = w.db.select().from(children).where(eq(children.id, childId)).get();
        if (!before) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
        const values = toRow(input, ctx.today);
        // An age told earlier stays anchored to the day it was told, unless it was changed.
        if (values.birthBasis === 'age' && before.birthBasis === 'age' && before.ageYears !== null && before.ageAsOf) {
          const ageThen = ageOn(before, ctx.today);
          if (ageThen === values.ageYears) {
            values.ageYears = before.ageYears;
            values.ageAsOf = before.ageAsOf;
          }
        }
        checkSchool(w, values.schoolId);
        w.db
          .update(children)
          .set({ ...values, updatedAt: at })
          .where(eq(children.id, childId))
          .run();
        const changed = (Object.keys(values) as (keyof typeof values)[])
          .filter((k) => k !== 'nameKey' && k !== 'ageAsOf' && values[k] !== before[k])
          .join(', ');
        w.audit({
          action: 'children.update',
          entity: 'children',
          entityId: childId,
          summary: `${before.childCode}: ${changed || 'no change'}`,
          facts: { ref: before.childCode, fields: changed ? changed.split(', ') : [] },
        });
        return { id: childId, childCode: before.childCode, version: storedVersion(w, 'children', childId) ?? version };
      });
    },
  }),

  /** The register with the filters on screen, every page of it. */
  'children.export': method({
    input: searchInput.omit({ limit: true, offset: true }),
    permission: 'register.read',
    handler: async (ctx, input) => {
      const { today, label, printed } = stamp(ctx);
      const order = input.direction === 'asc' ? asc : desc;
      const rows = ctx.db
        .select({ ...listColumns, guardianRelation: children.guardianRelation, phone: children.phone, schoolUdise: schools.udise })
        .from(children)
        .leftJoin(schools, eq(children.schoolId, schools.id))
        .where(searchWhere(input))
        .orderBy(order(sortColumns[input.sort]), asc(children.id))
        .all();
      const column = childWorkbookColumns<(typeof rows)[number]>(ctx.session.language);
      const file = await listWorkbook({
        sheetName: label('register.children.title'),
        title: `${label('register.children.title')} — ${printed}`,
        fileName: `children-${today}.xlsx`,
        rows,
        columns: [
          column.code,
          { header: label('register.form.nameEn'), width: 24, value: (r) => r.nameEn },
          { header: label('register.form.nameBn'), width: 24, value: (r) => r.nameBn },
          { header: label('register.children.columns.sex'), width: 8, value: (r) => label(`register.sex.${r.sex}`) },
          { header: label('register.children.columns.age'), width: 6, value: (r) => ageOn(r, today) },
          { header: label('register.form.dateOfBirth'), width: 12, value: (r) => ddmmyyyy(r.dateOfBirth) },
          column.school,
          { header: label('register.schools.columns.udise'), width: 13, value: (r) => r.schoolUdise },
          column.class,
          column.roll,
          column.guardianName,
          { header: label('register.form.guardianRelation'), width: 12, value: (r) => r.guardianRelation },
          column.phone,
          column.village,
          column.gramPanchayat,
        ],
      });
      return auditedExport(
        ctx,
        { action: 'children.export', entity: 'children', rows: 'children', facts: { refKind: 'list', count: rows.length } },
        file,
      );
    },
  }),
} satisfies ApiArea;
