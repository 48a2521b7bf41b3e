import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { UserError, type MessageKey } from '../api/errors';
import { storedPathInside } from '../cases/attachments';
import type { Sqlite } from '../db/connection';
import { schemaState } from '../db/migrate';

export interface BackupSummary {
  officeName: string;
  children: number;
  schools: number;
  users: number;
}

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

type Shape = Map<string, string>;

/** Every table of ours with its columns, as one comparable string per table. */
function shapeOf(sqlite: Sqlite): Shape {
  const shape: Shape = new Map();
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '__drizzle_migrations'")
    .all() as { name: string }[];
  for (const { name } of tables) {
    const columns = sqlite.prepare(`SELECT name, type FROM pragma_table_info(?) ORDER BY cid`).all(name) as {
      name: string;
      type: string;
    }[];
    shape.set(name, columns.map((c) => `${c.name} ${c.type}`).join(', '));
  }
  return shape;
}

const expectedShapes = new Map<string, Shape>();

/** The schema the first `count` migrations of this build make, built once in memory and remembered. */
function expectedShape(migrationsFolder: string, count: number): Shape {
  const cacheKey = `${migrationsFolder}#${count}`;
  const cached = expectedShapes.get(cacheKey);
  if (cached) return cached;
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  const folder = mkdtempSync(join(tmpdir(), 'suraksha-schema-'));
  const memory = new Database(':memory:');
  try {
    mkdirSync(join(folder, 'meta'));
    const entries = journal.entries.slice(0, count);
    writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
    for (const e of entries) copyFileSync(join(migrationsFolder, `${e.tag}.sql`), join(folder, `${e.tag}.sql`));
    migrate(drizzle(memory), { migrationsFolder: folder });
    const shape = shapeOf(memory);
    expectedShapes.set(cacheKey, shape);
    return shape;
  } finally {
    memory.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

function refuse(code: string, key: MessageKey, fileLabel: string, values: Record<string, string | number> = {}): UserError {
  return new UserError(code, key, { file: fileLabel, ...values }, { file: fileLabel });
}

/** The backup's tables are exactly those its recorded migrations make: a table dropped or a column missing is refused. */
function checkSchema(candidate: Sqlite, migrationsFolder: string, fileLabel: string): void {
  const hasLog = candidate.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!hasLog) throw refuse('backup_foreign', 'errors.backupForeign', fileLabel);
  const state = schemaState(candidate, migrationsFolder);
  const expected = expectedShape(migrationsFolder, state.applied);
  const actual = shapeOf(candidate);
  const problems: string[] = [];
  for (const [table, columns] of expected) {
    const found = actual.get(table);
    if (found === undefined) problems.push(table);
    else if (found !== columns) problems.push(`${table} (columns)`);
  }
  if (problems.length > 0)
    throw refuse('backup_schema', 'errors.host.backupSchema', fileLabel, { tables: problems.slice(0, 5).join(', ') });
}

/** Every file the backup refers to lies under attachments/: a stored path with `../` would read outside the data folder. */
function checkStoredPaths(candidate: Sqlite, fileLabel: string): void {
  const paths = (candidate.prepare('SELECT stored_path AS p FROM case_attachments').all() as { p: string }[]).map((r) => r.p);
  for (const row of candidate.prepare('SELECT attachment AS a FROM postings WHERE attachment IS NOT NULL').all() as { a: string }[]) {
    try {
      const parsed = JSON.parse(row.a) as { storedPath?: unknown };
      paths.push(typeof parsed.storedPath === 'string' ? parsed.storedPath : '');
    } catch {
      paths.push('');
    }
  }
  const outside = paths.find((p) => !storedPathInside(p));
  if (outside !== undefined) throw refuse('backup_paths', 'errors.host.backupPaths', fileLabel, { path: outside.slice(0, 120) });
}

/**
 * Checks a file offered as a backup without touching the live database: it must be an SQLite
 * database that passes integrity_check, be a Suraksha database with the tables its migrations make,
 * refer to no file outside attachments/, and not come from a newer version. Every refusal names the file.
 */
export function inspectBackup(file: string, migrationsFolder: string, fileLabel: string): BackupSummary {
  const sidecars = ['-wal', '-shm'].map((s) => file + s).filter((f) => !existsSync(f));
  let candidate: Sqlite;
  try {
    candidate = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw refuse('backup_unreadable', 'errors.backupNotDatabase', fileLabel);
  }
  try {
    let integrity: string;
    try {
      integrity = String(candidate.pragma('integrity_check', { simple: true }));
    } catch {
      throw refuse('backup_unreadable', 'errors.backupNotDatabase', fileLabel);
    }
    if (integrity !== 'ok') throw refuse('backup_corrupt', 'errors.backupCorrupt', fileLabel, { detail: integrity.slice(0, 200) });
    checkSchema(candidate, migrationsFolder, fileLabel);
    checkStoredPaths(candidate, fileLabel);
    const count = (table: string): number => (candidate.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const office = candidate.prepare('SELECT office_name AS officeName FROM office LIMIT 1').get() as { officeName: string } | undefined;
    if (!office) throw refuse('backup_foreign', 'errors.backupForeign', fileLabel);
    return { officeName: office.officeName, children: count('children'), schools: count('schools'), users: count('users') };
  } catch (err) {
    if (err instanceof UserError) throw err;
    // Whatever else a strange file makes SQLite say, it is not a backup we can restore.
    throw refuse('backup_foreign', 'errors.backupForeign', fileLabel);
  } finally {
    candidate.close();
    // Opening a WAL-mode file leaves -wal and -shm beside it: they were not there before, so they go.
    for (const f of sidecars) rmSync(f, { force: true });
  }
}
