import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { userRef } from './admin';
import { children, schools } from './register';

export const flagReasonCodes = ['low_attendance', 'absence_run', 'dropped_off', 'falling'] as const;
export const flagStatuses = ['open', 'followed_up', 'case_opened'] as const;

/**
 * One imported register file. At most one *current* import per (school, month): the newest; a replaced one stays
 * as history (its attendance_months rows are gone) and the newer one names it in replaced_import_id.
 */
export const attendanceImports = sqliteTable(
  'attendance_imports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    schoolId: integer('school_id')
      .notNull()
      .references(() => schools.id),
    /** YYYY-MM */
    month: text('month').notNull(),
    importedAt: text('imported_at').notNull(),
    importedBy: userRef('imported_by'),
    childrenCount: integer('children_count').notNull(),
    /** The import this one replaced (a corrected file for the same school and month). */
    replacedImportId: integer('replaced_import_id'),
  },
  (t) => [index('attendance_imports_school_month').on(t.schoolId, t.month), index('attendance_imports_month').on(t.month)],
);

/** One child's marks for one month at one school. */
export const attendanceMonths = sqliteTable(
  'attendance_months',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    childId: integer('child_id')
      .notNull()
      .references(() => children.id),
    schoolId: integer('school_id')
      .notNull()
      .references(() => schools.id),
    /** YYYY-MM */
    month: text('month').notNull(),
    importId: integer('import_id')
      .notNull()
      .references(() => attendanceImports.id),
    /** One DayMark per day of the month (attendance/types.ts). */
    marks: text('marks').notNull(),
    /** 2 × days present, so half days stay integers. */
    daysPresentHalves: integer('days_present_halves').notNull(),
    daysOpen: integer('days_open').notNull(),
    longestAbsenceRun: integer('longest_absence_run').notNull(),
    leadingAbsence: integer('leading_absence').notNull(),
    trailingAbsence: integer('trailing_absence').notNull(),
    classGrade: integer('class_grade'),
    section: text('section'),
    roll: text('roll'),
  },
  (t) => [
    uniqueIndex('attendance_months_child_month').on(t.childId, t.month),
    index('attendance_months_school_month').on(t.schoolId, t.month),
    index('attendance_months_month').on(t.month),
    index('attendance_months_import').on(t.importId),
  ],
);

/** A file layout (layoutKey from the parser) remembered with its school and confirmed column mapping. */
export const attendanceLayouts = sqliteTable('attendance_layouts', {
  layoutKey: text('layout_key').primaryKey(),
  schoolId: integer('school_id')
    .notNull()
    .references(() => schools.id),
  /** Record<sheet name | '*', ColumnMapping> as JSON, '{}' when the parser needed no help. */
  mappingJson: text('mapping_json').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** The worklist: one row per irregular child. */
export const attendanceFlags = sqliteTable(
  'attendance_flags',
  {
    childId: integer('child_id')
      .primaryKey()
      .references(() => children.id),
    /** YYYY-MM the flag was computed on (the child's latest month). */
    month: text('month').notNull(),
    /** Higher = more urgent (attendance/flags.ts riskScore). */
    risk: integer('risk').notNull(),
    /** [{ code: FlagReasonCode, values: {...} }] */
    reasonsJson: text('reasons_json').notNull(),
    raisedAt: text('raised_at').notNull(),
    status: text('status', { enum: flagStatuses }).notNull().default('open'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('attendance_flags_risk').on(t.risk), index('attendance_flags_status').on(t.status)],
);
