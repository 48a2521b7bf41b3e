import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Sqlite } from '../db/connection';
import { localDate } from './localDate';

export const dailyBackupsKept = 14;

export function timestampForFile(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 19);
}

/** Flushes a file (and, where the system allows, its folder's entry) to the disk before we rely on it. */
export function syncToDisk(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    const dir = openSync(dirname(file), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Windows cannot open a folder to sync it; NTFS journals the rename itself.
  }
}

/**
 * Is this file whole, as far as its own header tells: an SQLite file whose length is the page count
 * times the page size it declares. A backup cut by a power failure (0 bytes, or stopped half-way)
 * fails this without opening it, which keeps the list of backups fast on a block office's 400 MB files.
 */
export function looksWhole(file: string): boolean {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return false;
  }
  if (size < 512) return false;
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    if (readSync(fd, header, 0, 100, 0) < 100) return false;
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== 'SQLite format 3\u0000') return false;
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  return pages > 0 && pages * pageSize === size;
}

/**
 * Is this one of our databases, whole: it opens, passes integrity_check and holds the office.
 * Used on every backup before it gets its name.
 */
export function verifyBackupFile(file: string): boolean {
  if (!looksWhole(file)) return false;
  let candidate: Sqlite | null = null;
  try {
    candidate = new Database(file, { readonly: true, fileMustExist: true });
    if (String(candidate.pragma('integrity_check', { simple: true })) !== 'ok') return false;
    return (
      candidate.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name IN ('office', '__drizzle_migrations')").all().length ===
      2
    );
  } catch {
    return false;
  } finally {
    candidate?.close();
  }
}

/**
 * A consistent copy through SQLite's online backup API, safe while the app keeps writing. It is
 * written under a temporary name, made self-contained (no -wal beside it), synced, checked, and only
 * then renamed to `file`: a backup cut by a power failure never carries a backup's name.
 */
export async function backupTo(sqlite: Sqlite, file: string): Promise<{ path: string; bytes: number }> {
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    await sqlite.backup(partial);
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    syncToDisk(partial);
    if (!verifyBackupFile(partial)) throw new Error(`the copy written to ${partial} does not verify`);
    renameSync(partial, file);
    syncToDisk(file);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
  return { path: file, bytes: statSync(file).size };
}

/** Leftovers of backups cut short, in a folder of backups: removed so they take no space on a pen drive. */
export function removePartialBackups(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name.endsWith('.partial')) rmSync(join(dir, name), { force: true });
}

/** Once a day, a copy in the data folder; today's file is redone when it is not whole; the oldest beyond the last 14 are removed. */
export async function dailyBackup(sqlite: Sqlite, dir: string, now: Date): Promise<string | null> {
  mkdirSync(dir, { recursive: true });
  removePartialBackups(dir);
  const file = join(dir, `suraksha-daily-${localDate(now)}.sqlite`);
  if (existsSync(file) && looksWhole(file)) return null;
  await backupTo(sqlite, file);
  const dailies = readdirSync(dir)
    .filter((f) => /^suraksha-daily-\d{4}-\d{2}-\d{2}\.sqlite$/.test(f))
    .sort();
  for (const old of dailies.slice(0, Math.max(0, dailies.length - dailyBackupsKept))) rmSync(join(dir, old));
  return file;
}
