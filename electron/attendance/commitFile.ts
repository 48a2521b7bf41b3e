import type { WriteScope } from '../api/types';
import type { Sqlite } from '../db/connection';
import { statement } from './statements';
import { takeChildCodes } from '../register/childCode';
import { nameKeyOf } from '../register/nameKey';
import { recomputeFlags, type RecomputeResult } from './flagStore';
import type { FlagSettings } from './flags';
import { matchRows, type RowMatch } from './matching';
import { addMonths } from '../shared/periods';
import type { PreviewedFile } from './previewStore';
import { currentImport, registerOfSchool, registerStamp } from './registerReads';
import type { MarkMeaning, ParsedChild } from './types';

/**
 * Commits one previewed file in one transaction: a new child for every new row, one attendance_months
 * row per child, the layout remembered, the audit entry, the school's flags recomputed. The same
 * file twice writes nothing; a corrected file replaces what the earlier one wrote.
 */

/** The user's answer for one ambiguous row: a register child, or null to add the row as a new child. */
export type Decisions = Map<string, number | null>;

export function decisionKey(sheet: string, row: number): string {
  return `${sheet}\u0000${row}`;
}

export interface FileCommit {
  status: 'imported' | 'unchanged' | 'replaced';
  importId: number | null;
  childrenImported: number;
  childrenAdded: number;
  /** Rows not imported: ambiguous and undecided, new without sex, or a child already counted this month at another school. */
  rowsSkipped: number;
  changes?: { added: number; removed: number; marksChanged: number };
  flags: RecomputeResult;
}

const bengali = /[\u0980-\u09FF]/;

const meaningWords: Record<MarkMeaning, string> = { P: 'present', A: 'absent', U: 'unmarked' };

/** Age of a child new to the register, from their class: Class I at about 6. The office corrects it when it knows better. */
function estimatedAge(grade: number | null): number | null {
  return grade === null ? null : Math.min(25, grade + 5);
}

/** The office's next `count` child codes, taken from the same counter children.create uses. */
/** Which child each row is, once the user's decisions are applied; undefined = the row is skipped. */
function childOfRow(match: RowMatch, decision: number | null | undefined): number | 'new' | undefined {
  if (decision !== undefined) return decision === null ? 'new' : decision;
  if (match.kind === 'matched') return match.childId;
  if (match.kind === 'new') return 'new';
  return undefined;
}

/** Where a school is: a child whose register says nothing of where they live is taken to live there, until the office knows better. */
interface SchoolPlace {
  village: string | null;
  gramPanchayat: string | null;
}

function schoolPlace(sqlite: Sqlite, schoolId: number): SchoolPlace {
  return (
    (statement(sqlite, 'SELECT village, gram_panchayat AS gramPanchayat FROM schools WHERE id = ?').get(schoolId) as
      SchoolPlace | undefined) ?? { village: null, gramPanchayat: null }
  );
}

/** The address a row gives, the school's village and GP where it gives none. */
function addressOf(row: ParsedChild, place: SchoolPlace) {
  return {
    guardianName: row.guardianName ?? null,
    guardianRelation: row.guardianName ? (row.guardianRelation ?? null) : null,
    phone: row.phone ?? null,
    village: row.village ?? place.village,
    gramPanchayat: row.gramPanchayat ?? place.gramPanchayat,
  };
}

function insertNewChildren(
  sqlite: Sqlite,
  rows: ParsedChild[],
  school: { id: number; place: SchoolPlace },
  month: string,
  userId: number,
  at: string,
): number[] {
  const codes = takeChildCodes(sqlite, rows.length);
  const insert = statement(
    sqlite,
    `INSERT INTO children (child_code, name_en, name_bn, name_key, sex, birth_basis, age_years, age_as_of,
       school_id, class_grade, section, roll, guardian_name, guardian_relation, phone, village, gram_panchayat, created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'age', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return rows.map((row, i) => {
    const nameBn = bengali.test(row.name) ? row.name : null;
    const nameEn = nameBn ? null : row.name;
    const address = addressOf(row, school.place);
    const info = insert.run(
      codes[i],
      nameEn,
      nameBn,
      nameKeyOf(nameEn, nameBn),
      row.sex,
      estimatedAge(row.class),
      `${month}-01`,
      school.id,
      row.class,
      row.section,
      row.roll,
      address.guardianName,
      address.guardianRelation,
      address.phone,
      address.village,
      address.gramPanchayat,
      userId,
      at,
      at,
    );
    return Number(info.lastInsertRowid);
  });
}

/**
 * A child already in the register gets from the register what the office has not written yet
 * (guardian, phone, village, GP; else the school's village and GP); what the office wrote stays.
 * Returns how many children were given something.
 */
function fillBlankAddresses(sqlite: Sqlite, rows: { row: ParsedChild; childId: number }[], place: SchoolPlace, at: string): number {
  const update = statement(
    sqlite,
    `UPDATE children SET
        guardian_relation = CASE WHEN guardian_name IS NULL THEN ? ELSE guardian_relation END,
        guardian_name = coalesce(guardian_name, ?), phone = coalesce(phone, ?),
        village = coalesce(village, ?), gram_panchayat = coalesce(gram_panchayat, ?), updated_at = ?
      WHERE id = ? AND ((guardian_name IS NULL AND ? IS NOT NULL) OR (phone IS NULL AND ? IS NOT NULL)
        OR (village IS NULL AND ? IS NOT NULL) OR (gram_panchayat IS NULL AND ? IS NOT NULL))`,
  );
  let filled = 0;
  for (const { row, childId } of rows) {
    const a = addressOf(row, place);
    if (a.guardianName === null && a.phone === null && a.village === null && a.gramPanchayat === null) continue;
    filled += update.run(
      a.guardianRelation,
      a.guardianName,
      a.phone,
      a.village,
      a.gramPanchayat,
      at,
      childId,
      a.guardianName,
      a.phone,
      a.village,
      a.gramPanchayat,
    ).changes;
  }
  return filled;
}

/**
 * What committing a file needs: a connection, the time, who imports, and a way to write in one
 * transaction. A handler's ctx is one; the commit worker (commitWorker.ts) makes one on its own connection.
 */
export interface CommitContext {
  sqlite: Sqlite;
  now: Date;
  session: { userId: number };
  write<T>(fn: (scope: WriteScope) => T): T;
}

export function commitFile(ctx: CommitContext, file: PreviewedFile, decisions: Decisions, settings: FlagSettings): FileCommit {
  const school = file.school;
  const month = file.month;
  if (!file.ok || !school || !month) throw new Error('commitFile: the file is not ready to import');
  const { sqlite } = ctx;
  const parsed = file.parsed;
  const unchanged = (): FileCommit => ({
    status: 'unchanged',
    importId: null,
    childrenImported: 0,
    childrenAdded: 0,
    rowsSkipped: 0,
    flags: { flagged: 0, raised: 0, cleared: 0 },
  });
  // Checked before the transaction too, so the same file twice does not even open one.
  if (currentImport(sqlite, school.id, month)?.sha256 === parsed.sha256) return unchanged();
  const at = ctx.now.toISOString();

  return ctx.write((w) => {
    const current = currentImport(sqlite, school.id, month);
    if (current?.sha256 === parsed.sha256) return unchanged();

    // The preview's matches, unless the school's register changed since: then matched again, so that a
    // child added since the preview (by another file of the batch) is not added twice.
    const previous = addMonths(month, -1);
    const matches =
      file.registerStamp === registerStamp(sqlite, school.id, previous)
        ? file.matches
        : matchRows(parsed.children, registerOfSchool(sqlite, school.id, previous));
    const rowChild = parsed.children.map((row, i) => {
      const chosen = childOfRow(matches[i] ?? { kind: 'new' }, decisions.get(decisionKey(row.sheet, row.row)));
      return chosen === 'new' && row.sex === null ? undefined : chosen;
    });
    const newRows = parsed.children.filter((_, i) => rowChild[i] === 'new');
    const place = schoolPlace(sqlite, school.id);
    const newIds = insertNewChildren(sqlite, newRows, { id: school.id, place }, month, ctx.session.userId, at);
    let nextNew = 0;
    const childIds = rowChild.map((c) => (c === 'new' ? newIds[nextNew++] : c));

    const before = new Map<number, string>();
    if (current) {
      for (const r of statement(sqlite, 'SELECT child_id AS childId, marks FROM attendance_months WHERE import_id = ?').all(current.id) as {
        childId: number;
        marks: string;
      }[])
        before.set(r.childId, r.marks);
      statement(sqlite, 'DELETE FROM attendance_months WHERE import_id = ?').run(current.id);
    }

    const importId = Number(
      statement(
        sqlite,
        `INSERT INTO attendance_imports (file_name, sha256, school_id, month, imported_at, imported_by, children_count, replaced_import_id)
           VALUES (?, ?, ?, ?, ?, ?, 0, ?)`,
      ).run(file.name, parsed.sha256, school.id, month, at, ctx.session.userId, current?.id ?? null).lastInsertRowid,
    );
    const insertMonth = statement(
      sqlite,
      `INSERT INTO attendance_months (child_id, school_id, month, import_id, marks, days_present_halves, days_open, longest_absence_run,
         leading_absence, trailing_absence, class_grade, section, roll)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(child_id, month) DO NOTHING`,
    );
    const imported = new Map<number, string>();
    parsed.children.forEach((row, i) => {
      const childId = childIds[i];
      if (childId === undefined) return;
      const info = insertMonth.run(
        childId,
        school.id,
        month,
        importId,
        row.marks,
        Math.round(row.daysPresent * 2),
        row.daysOpen,
        row.longestAbsenceRun,
        row.leadingAbsence,
        row.trailingAbsence,
        row.class,
        row.section,
        row.roll,
      );
      if (info.changes === 0) return;
      imported.set(childId, row.marks);
    });
    // The register follows the school's own register (class, section and roll change every January),
    // but an older month imported late does not take a child back a class.
    statement(
      sqlite,
      `UPDATE children SET class_grade = coalesce(am.class_grade, children.class_grade), section = coalesce(am.section, children.section),
              roll = coalesce(am.roll, children.roll), updated_at = ?
         FROM attendance_months am
        WHERE am.import_id = ? AND am.child_id = children.id
          AND (children.class_grade IS NOT coalesce(am.class_grade, children.class_grade)
               OR children.section IS NOT coalesce(am.section, children.section) OR children.roll IS NOT coalesce(am.roll, children.roll))
          AND NOT EXISTS (SELECT 1 FROM attendance_months later WHERE later.child_id = children.id AND later.month > am.month)`,
    ).run(at, importId);
    statement(sqlite, 'UPDATE attendance_imports SET children_count = ? WHERE id = ?').run(imported.size, importId);
    const known = parsed.children.flatMap((row, i) => {
      const childId = rowChild[i];
      return typeof childId === 'number' ? [{ row, childId }] : [];
    });
    const addressesFilled = fillBlankAddresses(sqlite, known, place, at);

    if (parsed.layoutKey) {
      statement(
        sqlite,
        `INSERT INTO attendance_layouts (layout_key, school_id, mapping_json, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT(layout_key) DO UPDATE SET school_id = excluded.school_id, mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
      ).run(parsed.layoutKey, school.id, JSON.stringify(file.mappings), at);
    }

    let changes: FileCommit['changes'];
    if (current) {
      changes = { added: 0, removed: 0, marksChanged: 0 };
      for (const [childId, marks] of imported) {
        const old = before.get(childId);
        if (old === undefined) changes.added += 1;
        else if (old !== marks) changes.marksChanged += 1;
      }
      for (const childId of before.keys()) if (!imported.has(childId)) changes.removed += 1;
    }

    const rowsSkipped = parsed.children.length - imported.size;
    // What the user decided in the preview for this import, so the audit says why the marks are what they are.
    const meanings = (parsed.unknownMarks ?? []).map((m) => `'${m.value}' read as ${meaningWords[m.meaning ?? 'U']} (${m.count} cells)`);
    const rolls = Object.entries(file.chosen.rolls ?? {}).map(
      ([row, roll]) => `${row.replace('!', ' row ')} ${roll === null ? 'left out' : `roll ${roll}`}`,
    );
    const decided = [...meanings, ...rolls];
    w.audit({
      action: 'attendance.import',
      entity: 'attendance_imports',
      entityId: importId,
      summary:
        `${file.name}: ${school.name} (${school.udise}), ${month}, ${imported.size} children (${newIds.length} new to the register` +
        `${rowsSkipped ? `, ${rowsSkipped} rows not imported` : ''}` +
        `${addressesFilled ? `, ${addressesFilled} already in the register given the guardian, phone or village they lacked` : ''})` +
        (decided.length ? `; as decided: ${decided.join('; ')}` : '') +
        (changes
          ? `; replaces ${current?.fileName ?? ''}: ${changes.added} added, ${changes.removed} removed, ${changes.marksChanged} with changed marks`
          : ''),
      facts: { fileName: file.name, school: school.name, month, count: imported.size, newChildren: newIds.length },
    });

    // Everyone whose months at this school changed, and those of the month after (their run and fall may move).
    const affected = statement(sqlite, 'SELECT DISTINCT child_id AS id FROM attendance_months WHERE school_id = ? AND month >= ?').all(
      school.id,
      addMonths(month, -1),
    ) as { id: number }[];
    const flags = recomputeFlags(sqlite, settings, at, { childIds: [...affected.map((r) => r.id), ...before.keys()], month });

    return {
      status: current ? 'replaced' : 'imported',
      importId,
      childrenImported: imported.size,
      childrenAdded: newIds.length,
      rowsSkipped,
      ...(changes ? { changes } : {}),
      flags,
    };
  });
}
