import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve, win32 } from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../api/errors';
import type { Sqlite } from '../db/connection';
import { schemaState } from '../db/migrate';

/** Pseudo-filesystems where mkdir and writes never end well (a path under /proc once froze the host). */
const systemFolders = /^\/(proc|sys|dev|run)(\/|$)/;

/**
 * A full path on this PC's kind of system. On Windows a path must name its drive (E:\Backups) or a
 * share (\\office-pc\backups): "\Backups" would land on whichever drive the program runs from. A
 * Windows path typed on Linux or macOS (the serve host) is not a path there at all.
 */
export function isFullPath(given: string, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'win32') return /^[A-Za-z]:[\\/]/.test(given) || /^\\\\[^\\/]+[\\/][^\\/]+/.test(given);
  return isAbsolute(given);
}

/**
 * The folder a backup goes into, as the user gave it: a full path to a folder that exists and that
 * this program may write into. Nothing is created: a mistyped path is said, not made.
 */
export function checkedBackupFolder(given: string, platform: NodeJS.Platform = process.platform): string {
  const field = { field: 'folder' };
  if (!isFullPath(given, platform)) throw new UserError('invalid_input', 'errors.host.folderAbsolute', {}, field);
  const folder = platform === 'win32' ? win32.resolve(given) : resolve(given);
  if (systemFolders.test(folder.replace(/\\/g, '/'))) throw new UserError('backup_folder', 'errors.backupFolder', { folder: given }, field);
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    throw new UserError('backup_folder', 'errors.backupFolderMissing', { folder: given }, field);
  }
  if (!isFolder) throw new UserError('backup_folder', 'errors.backupFolderNotFolder', { folder: given }, field);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new UserError('backup_folder', 'errors.backupFolderReadOnly', { folder: given }, field);
  }
  return folder;
}

/**
 * Would a restore take this file: one of our databases, with the office in it, from this version
 * or an older one. The backup taken before setup (no office yet) and another program's database
 * are never offered. Integrity is checked by the restore itself; here only what is cheap to read.
 */
export function offeredForRestore(file: string, migrationsFolder: string): boolean {
  let candidate: Sqlite | null = null;
  try {
    candidate = new Database(file, { readonly: true, fileMustExist: true });
    const tables = candidate
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('office', '__drizzle_migrations')")
      .all();
    if (tables.length !== 2) return false;
    if (!candidate.prepare('SELECT 1 FROM office LIMIT 1').get()) return false;
    schemaState(candidate, migrationsFolder);
    return true;
  } catch {
    return false;
  } finally {
    candidate?.close();
  }
}

export interface FolderListing {
  /** The folder shown, or null for the list of drives and starting places. */
  path: string | null;
  parent: string | null;
  folders: { name: string; path: string }[];
  /** Set when this program may write here, so "Choose this folder" can be offered. */
  writable: boolean;
}

/** Where browsing starts: the drives of a Windows PC; on Linux and macOS the places pen drives appear, and home. */
function startingPlaces(platform: NodeJS.Platform): { name: string; path: string }[] {
  if (platform === 'win32') {
    return 'CDEFGHIJKLMNOPQRSTUVWXYZ'
      .split('')
      .map((d) => `${d}:\\`)
      .filter((p) => existsSync(p))
      .map((p) => ({ name: p, path: p }));
  }
  return [homedir(), '/media', '/mnt', '/Volumes', '/']
    .filter((p, i, all) => all.indexOf(p) === i && existsSync(p))
    .map((p) => ({ name: p, path: p }));
}

/**
 * The folders inside a folder, for the browser build's folder picker: a browser cannot reveal a
 * path on the PC, so the host lists them. Hidden folders and system folders are left out.
 */
export function listFolders(given: string | undefined, platform: NodeJS.Platform = process.platform): FolderListing {
  if (!given) return { path: null, parent: null, folders: startingPlaces(platform), writable: false };
  if (!isFullPath(given, platform)) throw new UserError('invalid_input', 'errors.host.folderAbsolute', {}, { field: 'path' });
  const folder = platform === 'win32' ? win32.resolve(given) : resolve(given);
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !e.name.startsWith('$'))
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b));
  } catch {
    throw new UserError('backup_folder', 'errors.backupFolderMissing', { folder: given }, { field: 'path' });
  }
  const folders = names.map((name) => ({ name, path: join(folder, name) })).filter((f) => !systemFolders.test(f.path.replace(/\\/g, '/')));
  let writable = !systemFolders.test(folder.replace(/\\/g, '/'));
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    writable = false;
  }
  const up = dirname(folder);
  return { path: folder, parent: up === folder ? null : up, folders, writable };
}
