import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './admin';
import { editVersion, timestamps } from './columns';

export const schoolTypes = ['primary', 'upper_primary', 'secondary', 'madrasah', 'other'] as const;

export const schools = sqliteTable(
  'schools',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    udise: text('udise').notNull(),
    type: text('type', { enum: schoolTypes }).notNull(),
    gramPanchayat: text('gram_panchayat'),
    village: text('village'),
    headTeacher: text('head_teacher'),
    phone: text('phone'),
    ...timestamps(),
    version: editVersion(),
  },
  (t) => [uniqueIndex('schools_udise').on(t.udise), index('schools_name').on(t.name)],
);

export const sexes = ['female', 'male', 'other'] as const;

export const children = sqliteTable(
  'children',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    childCode: text('child_code').notNull(),
    nameEn: text('name_en'),
    nameBn: text('name_bn'),
    /** Space-separated spelling-variant keys of every name token (register/nameKey.ts), for search. */
    nameKey: text('name_key').notNull(),
    sex: text('sex', { enum: sexes }).notNull(),
    /** Which of the two the office was given: an exact date of birth, or an age on a date. */
    birthBasis: text('birth_basis', { enum: ['dob', 'age'] }).notNull(),
    dateOfBirth: text('date_of_birth'),
    ageYears: integer('age_years'),
    ageAsOf: text('age_as_of'),
    guardianName: text('guardian_name'),
    guardianRelation: text('guardian_relation'),
    phone: text('phone'),
    village: text('village'),
    gramPanchayat: text('gram_panchayat'),
    schoolId: integer('school_id').references(() => schools.id),
    /** 0 = pre-primary, 1..12 = Class I..XII. */
    classGrade: integer('class_grade'),
    section: text('section'),
    roll: text('roll'),
    createdBy: integer('created_by').references(() => users.id),
    ...timestamps(),
    version: editVersion(),
  },
  (t) => [
    uniqueIndex('children_code').on(t.childCode),
    index('children_school_class').on(t.schoolId, t.classGrade),
    index('children_village').on(t.village),
    index('children_name_en').on(t.nameEn),
  ],
);
