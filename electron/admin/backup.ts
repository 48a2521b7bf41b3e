import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../api/errors';
import type { Sqlite } from '../db/connection';
import { schemaState } from '../db/migrate';
import { localDate } from './localDate';

export const dailyBackupsKept = 14;

export function timestampForFile(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 19);
}

/** A consistent copy through SQLite's online backup API, safe while the app keeps writing. */
export async function backupTo(sqlite: Sqlite, file: string): Promise<{ path: string; bytes: number }> {
  await sqlite.backup(file);
  return { path: file, bytes: statSync(file).size };
}

/** Once a day, a copy in the data folder; the oldest beyond the last 14 are removed. */
export async function dailyBackup(sqlite: Sqlite, dir: string, now: Date): Promise<string | null> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `suraksha-daily-${localDate(now)}.sqlite`);
  if (existsSync(file)) return null;
  await backupTo(sqlite, file);
  const dailies = readdirSync(dir)
    .filter((f) => /^suraksha-daily-\d{4}-\d{2}-\d{2}\.sqlite$/.test(f))
    .sort();
  for (const old of dailies.slice(0, Math.max(0, dailies.length - dailyBackupsKept))) rmSync(join(dir, old));
  return file;
}

export interface BackupSummary {
  officeName: string;
  children: number;
  schools: number;
  users: number;
}

/**
 * Checks a file offered as a backup without touching the live database: it must be an SQLite
 * database that passes integrity_check, be a Suraksha database, and not come from a newer version.
 */
export function inspectBackup(file: string, migrationsFolder: string, fileLabel: string): BackupSummary {
  let candidate: Sqlite;
  try {
    candidate = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new UserError('backup_unreadable', 'errors.backupNotDatabase', { file: fileLabel }, { file: fileLabel });
  }
  try {
    let integrity: string;
    try {
      integrity = String(candidate.pragma('integrity_check', { simple: true }));
    } catch {
      throw new UserError('backup_unreadable', 'errors.backupNotDatabase', { file: fileLabel }, { file: fileLabel });
    }
    if (integrity !== 'ok') {
      throw new UserError(
        'backup_corrupt',
        'errors.backupCorrupt',
        { file: fileLabel, detail: integrity.slice(0, 200) },
        { file: fileLabel },
      );
    }
    const hasOffice = candidate.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'office'").get();
    if (!hasOffice) {
      throw new UserError('backup_foreign', 'errors.backupForeign', { file: fileLabel }, { file: fileLabel });
    }
    schemaState(candidate, migrationsFolder);
    const count = (table: string): number => {
      const exists = candidate.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
      return exists ? (candidate.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n : 0;
    };
    const office = candidate.prepare('SELECT office_name AS officeName FROM office LIMIT 1').get() as { officeName: string } | undefined;
    if (!office) throw new UserError('backup_foreign', 'errors.backupForeign', { file: fileLabel }, { file: fileLabel });
    return { officeName: office.officeName, children: count('children'), schools: count('schools'), users: count('users') };
  } finally {
    candidate.close();
  }
}

/**
 * Case attachments live as files beside the database. They are never changed once written and
 * their names are unique, so a backup folder keeps one shared `attachments/` copy: each backup
 * adds the files it does not have yet, and a restore brings back the ones the data folder lacks.
 */
export function copyMissingFiles(fromDir: string, toDir: string): number {
  if (!existsSync(fromDir)) return 0;
  let copied = 0;
  for (const entry of readdirSync(fromDir, { withFileTypes: true })) {
    const from = join(fromDir, entry.name);
    const to = join(toDir, entry.name);
    if (entry.isDirectory()) {
      copied += copyMissingFiles(from, to);
    } else if (!existsSync(to)) {
      mkdirSync(toDir, { recursive: true });
      copyFileSync(from, to);
      copied += 1;
    }
  }
  return copied;
}
