import type { Sqlite } from '../db/connection';
import { nameKeyOf } from './nameKey';

/**
 * The version of the name key (register/nameKey.ts). Stored keys written by an earlier version would
 * not find a name the new key finds ("Calcutta" spelling, "Roy"/"Rai"): when the version changes, every
 * child's key is computed again at start, in one transaction. Raise it whenever tokenKey changes.
 */
export const nameKeyVersion = 2;

export function refreshNameKeys(sqlite: Sqlite): number {
  const stored = sqlite.prepare("SELECT value FROM counters WHERE name = 'name_key_version'").get() as { value: number } | undefined;
  if (stored?.value === nameKeyVersion) return 0;
  const children = sqlite.prepare('SELECT id, name_en AS nameEn, name_bn AS nameBn, name_key AS nameKey FROM children').all() as {
    id: number;
    nameEn: string | null;
    nameBn: string | null;
    nameKey: string;
  }[];
  const update = sqlite.prepare('UPDATE children SET name_key = ? WHERE id = ?');
  let changed = 0;
  sqlite
    .transaction(() => {
      for (const c of children) {
        const key = nameKeyOf(c.nameEn, c.nameBn);
        if (key !== c.nameKey) {
          update.run(key, c.id);
          changed++;
        }
      }
      sqlite
        .prepare("INSERT INTO counters (name, value) VALUES ('name_key_version', ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value")
        .run(nameKeyVersion);
    })
    .immediate();
  return changed;
}
