import type { Sqlite } from '../db/connection';
import { statement } from './statements';
import type { RegisterChild } from './matching';
import type { ColumnMapping } from './types';
import type { KnownSchool, RememberedLayout } from './schoolOfFile';

/** The reads preview and commit share, as prepared statements on the one connection. */

export interface CurrentImport {
  id: number;
  sha256: string;
  fileName: string;
  childrenCount: number;
}

export interface LastMonthChild {
  childId: number;
  childCode: string;
  name: string;
  class: number | null;
  roll: string | null;
}

export function allSchools(sqlite: Sqlite): KnownSchool[] {
  return statement(sqlite, 'SELECT id, name, udise FROM schools ORDER BY id').all() as KnownSchool[];
}

export function rememberedLayout(sqlite: Sqlite, layoutKey: string): RememberedLayout | null {
  if (!layoutKey) return null;
  const row = statement(sqlite, 'SELECT school_id AS schoolId, mapping_json AS json FROM attendance_layouts WHERE layout_key = ?').get(
    layoutKey,
  ) as { schoolId: number; json: string } | undefined;
  if (!row) return null;
  return { schoolId: row.schoolId, mappings: JSON.parse(row.json) as Record<string, ColumnMapping> };
}

/**
 * The children a school's sheet can be: those the register puts at the school, and those who were on
 * the school's own sheet for the month before (the register may since say otherwise).
 */
export function registerOfSchool(sqlite: Sqlite, schoolId: number, previousMonth: string): RegisterChild[] {
  return statement(
    sqlite,
    `SELECT id, child_code AS childCode, name_en AS nameEn, name_bn AS nameBn, name_key AS nameKey,
              class_grade AS classGrade, section, roll
         FROM children
        WHERE school_id = ?
           OR id IN (SELECT child_id FROM attendance_months WHERE school_id = ? AND month = ?)`,
  ).all(schoolId, schoolId, previousMonth) as RegisterChild[];
}

const rollOrder = new Intl.Collator('en', { numeric: true });

/** Last month's children of the school's own sheet, named from `register` (registerOfSchool holds them all). */
export function lastMonthChildren(
  sqlite: Sqlite,
  schoolId: number,
  previousMonth: string,
  register: readonly RegisterChild[],
): LastMonthChild[] {
  const byId = new Map(register.map((c) => [c.id, c]));
  const rows = statement(sqlite, 'SELECT child_id, class_grade, roll FROM attendance_months WHERE school_id = ? AND month = ?')
    .raw()
    .all(schoolId, previousMonth) as [number, number | null, string | null][];
  return rows
    .map(([childId, grade, roll]) => {
      const child = byId.get(childId);
      return { childId, childCode: child?.childCode ?? '', name: child?.nameEn ?? child?.nameBn ?? '', class: grade, roll };
    })
    .sort(
      (a, b) =>
        (a.class ?? -1) - (b.class ?? -1) || rollOrder.compare(a.roll ?? '', b.roll ?? '') || a.childCode.localeCompare(b.childCode),
    );
}

/** The import that is current for a school and month: the newest; a replaced one keeps no rows. */
export function currentImport(sqlite: Sqlite, schoolId: number, month: string): CurrentImport | null {
  return (
    (statement(
      sqlite,
      `SELECT id, sha256, file_name AS fileName, children_count AS childrenCount
           FROM attendance_imports WHERE school_id = ? AND month = ? ORDER BY id DESC LIMIT 1`,
    ).get(schoolId, month) as CurrentImport | undefined) ?? null
  );
}

/**
 * What the matching of a school's file depended on, in one string: if it is the same at commit as at
 * preview, the preview's matches still hold (and need not be made again).
 */
export function registerStamp(sqlite: Sqlite, schoolId: number, previousMonth: string): string {
  const row = statement(
    sqlite,
    `SELECT count(*) AS n, coalesce(max(id), 0) AS lastId, coalesce(max(updated_at), '') AS changed,
              coalesce((SELECT max(id) FROM attendance_imports WHERE school_id = ? AND month = ?), 0) AS lastImport
         FROM children WHERE school_id = ?`,
  ).get(schoolId, previousMonth, schoolId) as { n: number; lastId: number; changed: string; lastImport: number };
  return `${row.n}|${row.lastId}|${row.changed}|${row.lastImport}`;
}
