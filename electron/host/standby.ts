import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sqlite } from '../db/connection';
import { backupTo, syncToDisk } from '../admin/backup';

/**
 * The standby copy: a consistent snapshot of the office database (SQLite's online backup) in a
 * folder on another PC, with a small marker saying when it was taken, by which host and at which
 * epoch. The marker is also where a promotion leaves its raised epoch for the old host to find.
 */
export const standbyDatabaseName = 'suraksha-standby.sqlite';
export const standbyMarkerName = 'standby.json';

export interface StandbyMarker {
  /** When the snapshot was taken (ISO, the host's clock). */
  takenAt: string;
  epoch: number;
  /** The PC that took it (or, after a promotion, the PC that became the host). */
  hostName: string;
  /** Set by "Make this PC the host": when the standby took over. */
  promotedAt?: string;
}

/** The settings key of the folder the administrator chose. */
export const standbyFolderKey = 'standbyFolder';

export function readStandbyFolder(sqlite: Sqlite): string | null {
  const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(standbyFolderKey) as { value: string } | undefined;
  return row?.value ? row.value : null;
}

/** The marker in a standby folder, or null when there is none or it cannot be read (the share is off). */
export function readStandbyMarker(folder: string): StandbyMarker | null {
  try {
    const parsed = JSON.parse(readFileSync(join(folder, standbyMarkerName), 'utf8')) as Partial<StandbyMarker>;
    if (typeof parsed.takenAt !== 'string' || typeof parsed.epoch !== 'number' || typeof parsed.hostName !== 'string') return null;
    return {
      takenAt: parsed.takenAt,
      epoch: parsed.epoch,
      hostName: parsed.hostName,
      ...(typeof parsed.promotedAt === 'string' ? { promotedAt: parsed.promotedAt } : {}),
    };
  } catch {
    return null;
  }
}

/** Written under a temporary name, read back, synced and only then renamed: a cut write never leaves half a marker. */
export function writeStandbyMarker(folder: string, marker: StandbyMarker): void {
  const file = join(folder, standbyMarkerName);
  const partial = `${file}.partial`;
  const text = JSON.stringify(marker, null, 2);
  try {
    writeFileSync(partial, text);
    if (readFileSync(partial, 'utf8') !== text) throw new Error(`the marker written to ${partial} does not read back`);
    syncToDisk(partial);
    renameSync(partial, file);
    syncToDisk(file);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
}

/** The snapshot file of a standby folder, when there is a whole one. */
export function standbySnapshotFile(folder: string): string | null {
  const file = join(folder, standbyDatabaseName);
  return existsSync(file) ? file : null;
}

/** Copies the database and then its marker into the standby folder. */
export async function writeStandbySnapshot(sqlite: Sqlite, folder: string, marker: StandbyMarker): Promise<void> {
  await backupTo(sqlite, join(folder, standbyDatabaseName));
  writeStandbyMarker(folder, marker);
}
