import type { Sqlite } from '../db/connection';

export { checkHostEpoch, epochHeader, epochOf, hostNameHeader, type EpochCheck } from '../shared/hostEpoch';

/** The settings key the host's epoch is kept under (a plain office setting, no table of its own). */
const epochKey = 'hostEpoch';

/** This database's epoch: 1 until a standby PC was made the host from it. */
export function readHostEpoch(sqlite: Sqlite): number {
  const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(epochKey) as { value: string } | undefined;
  const n = Number(row?.value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

export function writeHostEpoch(sqlite: Sqlite, epoch: number): void {
  sqlite
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(epochKey, String(epoch));
}
