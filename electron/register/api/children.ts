import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { listColumns, searchInput, searchWhere, sortColumns } from '../childrenQuery';
import { z } from 'zod';
import { children, counters, office, schools, sexes } from '../../db/schema';
import { ageOn } from '../age';
import { likelyDuplicates } from '../duplicates';
import { nameKeyOf } from '../nameKey';
import { UserError } from '../../api/errors';
import { id, isoDate, optionalText, phone } from '../../api/fields';
import { method, type ApiArea, type WriteScope } from '../../api/types';

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

/** Child codes stand in for names in reports (JJ Act s.74): office code and a sequence, never reused. */
export function nextChildCode(w: WriteScope): string {
  const officeCode = w.db.select({ code: office.officeCode }).from(office).get()?.code ?? 'SUR';
  const next = w.db
    .insert(counters)
    .values({ name: 'child_code', value: 1 })
    .onConflictDoUpdate({ target: counters.name, set: { value: sql`${counters.value} + 1` } })
    .returning()
    .get();
  return `${officeCode}-C${String(next.value).padStart(5, '0')}`;
}

export const childrenApi = {
  'children.search': method({
    input: searchInput,
    permission: 'register.read',
    handler: (ctx, input) => {
      const where = searchWhere(input);
      const total =
        ctx.db
          .select({ n: sql<number>`count(*)` })
          .from(children)
          .where(where)
          .get()?.n ?? 0;
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
    handler: (ctx) => ({
      villages: ctx.db
        .selectDistinct({ v: children.village })
        .from(children)
        .where(sql`${children.village} IS NOT NULL`)
        .orderBy(asc(children.village))
        .all()
        .map((r) => r.v ?? ''),
      gramPanchayats: ctx.db
        .selectDistinct({ v: children.gramPanchayat })
        .from(children)
        .where(sql`${children.gramPanchayat} IS NOT NULL`)
        .orderBy(asc(children.gramPanchayat))
        .all()
        .map((r) => r.v ?? ''),
    }),
  }),

  'children.get': method({
    input: z.object({ id }),
    permission: 'register.read',
    handler: (ctx, input) => {
      const row = ctx.db
        .select({ child: children, schoolName: schools.name, schoolUdise: schools.udise })
        .from(children)
        .leftJoin(schools, eq(children.schoolId, schools.id))
        .where(eq(children.id, input.id))
        .get();
      if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      const { nameKey: _unused, ...child } = row.child;
      void _unused;
      return { ...child, schoolName: row.schoolName, schoolUdise: row.schoolUdise, age: ageOn(child, ctx.today) };
    },
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
          .values({ ...values, childCode: nextChildCode(w), createdBy: ctx.session.userId, createdAt: at, updatedAt: at })
          .returning({ id: children.id, childCode: children.childCode })
          .get();
        w.audit({ action: 'children.create', entity: 'children', entityId: row.id, summary: row.childCode });
        return row;
      });
    },
  }),

  'children.update': method({
    input: childFields.and(z.object({ id })),
    permission: 'register.write',
    handler: (ctx, { id: childId, ...input }) => {
      const at = ctx.now.toISOString();
      return ctx.write((w) => {
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
        });
        return { id: childId, childCode: before.childCode };
      });
    },
  }),
} satisfies ApiArea;
