import { createHash, randomBytes } from 'node:crypto';
import type { Sqlite } from '../db/connection';
import type { DeviceRef } from '../api/types';

/** The header a paired PC sends its token in, on every request to the office LAN host. */
export const deviceHeader = 'x-suraksha-device';

/** How stale a device's "last used" may get before a request writes it again: not a write per request. */
const lastUsedEveryMs = 60_000;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

interface DeviceRow {
  id: number;
  name: string;
  last_used_at: string | null;
  last_address: string | null;
}

/**
 * The paired, not revoked device holding `token`, or null. Read from the database on every
 * request, so a revoked device is refused at its very next request. Its last use and address are
 * written when they changed by more than a minute or the address differs.
 */
export function recogniseDevice(sqlite: Sqlite, token: string | undefined, address: string, now: Date): DeviceRef | null {
  if (!token || token.length > 200) return null;
  const row = sqlite
    .prepare('SELECT id, name, last_used_at, last_address FROM devices WHERE token_hash = ? AND revoked_at IS NULL')
    .get(tokenHash(token)) as DeviceRow | undefined;
  if (!row) return null;
  const stale = !row.last_used_at || now.getTime() - Date.parse(row.last_used_at) >= lastUsedEveryMs;
  if (stale || row.last_address !== address) {
    sqlite.prepare('UPDATE devices SET last_used_at = ?, last_address = ? WHERE id = ?').run(now.toISOString(), address, row.id);
  }
  return { id: row.id, name: row.name };
}
