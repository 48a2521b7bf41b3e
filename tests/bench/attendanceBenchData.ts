import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { addMonths, daysInMonth } from '../../electron/shared/periods';
import type { Host } from '../../electron/host/host';
import { blockRegisterOptions, registerWorkbook, type FixtureChild } from '../fixtures/attendance';

/**
 * The block's attendance for the bench: 36 months of marks for every child of the cached register
 * (inserted once, kept in the cached database), and one month's 200 school files to import.
 */

export const seededMonths = 36;
/** The month the bench imports; the 36 months before it are seeded. */
export const importMonth = '2026-10';
const firstSeeded = addMonths(importMonth, -seededMonths);

function isSunday(month: string, day: number): boolean {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, day)).getUTCDay() === 0;
}

/** How regular a child is: most children nearly always there, one in twelve slipping away. */
function regularityOf(random: () => number): number {
  return random() < 1 / 12 ? 0.35 + random() * 0.4 : 0.85 + random() * 0.14;
}

/** A month of marks for a child, and the counts attendance_months keeps, as the parser would count them. */
export function childMonth(month: string, holidays: ReadonlySet<number>, regularity: number, random: () => number) {
  let marks = '';
  let halves = 0;
  let open = 0;
  let run = 0;
  let longest = 0;
  let leading = 0;
  let leadingDone = false;
  for (let d = 1; d <= daysInMonth(month); d++) {
    if (isSunday(month, d)) {
      marks += '.';
      continue;
    }
    if (holidays.has(d)) {
      marks += 'H';
      continue;
    }
    const r = random();
    const mark = r < regularity ? 'P' : r < regularity + 0.01 ? 'D' : r < regularity + 0.02 ? 'L' : 'A';
    marks += mark;
    open += 1;
    if (mark === 'P') halves += 2;
    if (mark === 'D') halves += 1;
    if (mark === 'A' || mark === 'L') {
      run += 1;
      longest = Math.max(longest, run);
      if (!leadingDone) leading += 1;
    } else {
      run = 0;
      leadingDone = true;
    }
  }
  return { marks, halves, open, longest, leading, trailing: run };
}

function holidaysOf(random: () => number): Set<number> {
  return new Set([1 + Math.floor(random() * 28), 1 + Math.floor(random() * 28)]);
}

interface BenchChild {
  id: number;
  schoolId: number;
  name: string;
  sex: string;
  classGrade: number | null;
  section: string | null;
  roll: string | null;
}

export function benchChildren(host: Host): BenchChild[] {
  return host.database.sqlite
    .prepare(
      `SELECT id, school_id AS schoolId, coalesce(name_en, name_bn) AS name, sex, class_grade AS classGrade, section, roll
         FROM children WHERE school_id IS NOT NULL ORDER BY school_id, class_grade, id`,
    )
    .all() as BenchChild[];
}

/** Inserts 36 months of attendance for every child (once: the cached database keeps them). */
export function seedAttendance(host: Host, random: () => number): { ms: number; rows: number; seeded: boolean } {
  const { sqlite } = host.database;
  const existing = (sqlite.prepare('SELECT count(*) AS n FROM attendance_months').get() as { n: number }).n;
  if (existing > 0) return { ms: 0, rows: existing, seeded: false };
  const started = performance.now();
  const children = benchChildren(host);
  const schools = sqlite.prepare('SELECT id, udise FROM schools').all() as { id: number; udise: string }[];
  const userId = (sqlite.prepare("SELECT id FROM users WHERE role = 'admin' ORDER BY id LIMIT 1").get() as { id: number }).id;
  const regularity = new Map(children.map((c) => [c.id, regularityOf(random)]));
  const insertImport = sqlite.prepare(
    `INSERT INTO attendance_imports (file_name, sha256, school_id, month, imported_at, imported_by, children_count)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMonth = sqlite.prepare(
    `INSERT INTO attendance_months (child_id, school_id, month, import_id, marks, days_present_halves, days_open, longest_absence_run,
       leading_absence, trailing_absence, class_grade, section, roll) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const bySchool = new Map<number, BenchChild[]>();
  for (const c of children) bySchool.set(c.schoolId, [...(bySchool.get(c.schoolId) ?? []), c]);
  let rows = 0;
  // Two million rows go in fastest with the indexes built once afterwards, not kept up row by row.
  const indexes = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attendance_months' AND sql IS NOT NULL")
    .all() as {
    name: string;
    sql: string;
  }[];
  // A cache, rebuilt if lost: no need to wait for the disk on every page.
  sqlite.pragma('synchronous = OFF');
  sqlite.transaction(() => {
    for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);
    for (let i = 0; i < seededMonths; i++) {
      const month = addMonths(firstSeeded, i);
      for (const school of schools) {
        const pupils = bySchool.get(school.id) ?? [];
        const importId = Number(
          insertImport.run(
            `${school.udise}-${month}.xlsx`,
            `seed-${school.udise}-${month}`,
            school.id,
            month,
            `${month}-28T10:00:00Z`,
            userId,
            pupils.length,
          ).lastInsertRowid,
        );
        const holidays = holidaysOf(random);
        for (const c of pupils) {
          const m = childMonth(month, holidays, regularity.get(c.id) ?? 0.9, random);
          insertMonth.run(
            c.id,
            school.id,
            month,
            importId,
            m.marks,
            m.halves,
            m.open,
            m.longest,
            m.leading,
            m.trailing,
            c.classGrade,
            c.section,
            c.roll,
          );
          rows += 1;
        }
      }
    }
    for (const index of indexes) sqlite.exec(index.sql);
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.pragma('synchronous = FULL');
  return { ms: performance.now() - started, rows, seeded: true };
}

/** A name as another clerk might write it: Mondal → Mandal, Priya → Prya (same spelling-variant key). */
function variant(name: string): string {
  return name.replace(/o(?=[^aeiou]*$)/, 'a').replace(/iy/, 'y');
}

const classSheets = [
  'Pre-primary',
  'Class I',
  'Class II',
  'Class III',
  'Class IV',
  'Class V',
  'Class VI',
  'Class VII',
  'Class VIII',
  'Class IX',
  'Class X',
  'Class XI',
  'Class XII',
];

/**
 * One month's registers of the block, one .xlsx per school in the parser fixtures' four layouts (one
 * sheet; a sheet per class and a summary; Bengali with two header rows; date headers), built from the
 * register so rows match children, with the mess of real files: spelling variants, a few children
 * gone, a few new. Cached on disk (building them is not what is measured); returns their folder.
 */
export async function monthFiles(host: Host, dir: string, random: () => number): Promise<string> {
  const folder = join(dir, importMonth);
  if (existsSync(join(folder, 'done'))) return folder;
  mkdirSync(folder, { recursive: true });
  const { sqlite } = host.database;
  const schools = sqlite.prepare('SELECT id, name, udise FROM schools ORDER BY id').all() as { id: number; name: string; udise: string }[];
  const bySchool = new Map<number, BenchChild[]>();
  for (const c of benchChildren(host)) bySchool.set(c.schoolId, [...(bySchool.get(c.schoolId) ?? []), c]);
  for (const [i, school] of schools.entries()) {
    const holidays = holidaysOf(random);
    const pupils: FixtureChild[] = (bySchool.get(school.id) ?? [])
      .filter(() => random() > 0.01)
      .map((c) => ({
        roll: c.roll,
        name: random() < 0.1 ? variant(c.name) : c.name,
        sex: c.sex === 'female' ? 'F' : 'M',
        classGrade: c.classGrade ?? 0,
        section: c.section ?? undefined,
        marks: childMonth(importMonth, holidays, random() < 1 / 12 ? 0.5 : 0.92, random).marks,
      }));
    if (random() < 0.5)
      pupils.push({
        roll: 99,
        name: `Nupur Sardar ${school.id}`,
        sex: 'F',
        classGrade: 3,
        marks: childMonth(importMonth, holidays, 0.9, random).marks,
      });
    const layout = blockRegisterOptions(i, {
      schools: schools.length,
      children: 0,
      month: importMonth,
      school: () => ({ schoolName: school.name, schoolUdise: school.udise, children: pupils }),
    });
    // The per-class layout: a sheet for each class the school really has.
    const grades = [...new Set(pupils.map((p) => p.classGrade ?? 0))].sort((a, b) => a - b);
    const options = layout.classes
      ? {
          ...layout,
          classes: grades.map((g) => ({
            sheetName: classSheets[g] ?? `Class ${g}`,
            children: pupils.filter((p) => (p.classGrade ?? 0) === g),
          })),
        }
      : layout;
    writeFileSync(join(folder, `${school.udise}-${importMonth}.xlsx`), await registerWorkbook(options));
  }
  writeFileSync(join(folder, 'done'), '');
  return folder;
}
