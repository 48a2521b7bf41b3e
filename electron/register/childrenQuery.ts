import { and, eq, like, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { children, schools, sexes } from '../db/schema';
import { queryKeys } from './nameKey';
import { id } from '../api/fields';
import { childWhereaboutsColumns } from './childColumns';

/** The register's search, filters and sort, shared by the on-screen list and its Excel export. */
export const listColumns = {
  id: children.id,
  childCode: children.childCode,
  nameEn: children.nameEn,
  nameBn: children.nameBn,
  sex: children.sex,
  birthBasis: children.birthBasis,
  dateOfBirth: children.dateOfBirth,
  ageYears: children.ageYears,
  ageAsOf: children.ageAsOf,
  ...childWhereaboutsColumns,
  roll: children.roll,
};

export const sortColumns = {
  name: sql`coalesce(${children.nameEn}, ${children.nameBn}) COLLATE NOCASE`,
  code: children.childCode,
  school: schools.name,
  class: children.classGrade,
  village: children.village,
  updated: children.updatedAt,
} as const;

export const searchInput = z.object({
  q: z.string().trim().max(100).optional(),
  schoolId: id.optional(),
  classGrade: z.number().int().min(0).max(12).optional(),
  village: z.string().trim().max(200).optional(),
  sex: z.enum(sexes).optional(),
  sort: z.enum(['name', 'code', 'school', 'class', 'village', 'updated']).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});

export function searchWhere(
  input: Pick<z.output<typeof searchInput>, 'q' | 'schoolId' | 'classGrade' | 'village' | 'sex'>,
): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (input.q) {
    const keys = queryKeys(input.q);
    // Each word typed must start one of the child's name keys; a child code matches as typed.
    const byName = keys.length ? and(...keys.map((k) => like(children.nameKey, `% ${k}%`))) : undefined;
    conditions.push(or(byName, eq(children.childCode, input.q.toUpperCase())));
  }
  if (input.schoolId !== undefined) conditions.push(eq(children.schoolId, input.schoolId));
  if (input.classGrade !== undefined) conditions.push(eq(children.classGrade, input.classGrade));
  if (input.village) conditions.push(eq(children.village, input.village));
  if (input.sex) conditions.push(eq(children.sex, input.sex));
  return conditions.length ? and(...conditions) : undefined;
}
