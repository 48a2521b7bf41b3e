import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { UserError } from '../api/errors';
import type { OpenDatabase, Sqlite } from './connection';

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

export interface SchemaState {
  /** Migrations this build of the app knows. */
  known: number;
  /** Migrations recorded in the database. */
  applied: number;
  /** The database has no tables of ours yet. */
  empty: boolean;
}

function journal(migrationsFolder: string): JournalEntry[] {
  const raw = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return raw.entries;
}

/**
 * Compares the database's recorded migrations with the ones this build ships. A database written
 * by a newer version of the app carries migrations we do not know; we refuse it rather than guess,
 * because running old code on a newer schema can silently lose data.
 */
export function schemaState(sqlite: Sqlite, migrationsFolder: string): SchemaState {
  const entries = journal(migrationsFolder);
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
    name: string;
  }[];
  const hasLog = tables.some((t) => t.name === '__drizzle_migrations');
  const applied = hasLog
    ? (sqlite.prepare('SELECT created_at AS createdAt FROM __drizzle_migrations').all() as { createdAt: number }[])
    : [];
  const knownTimes = new Set(entries.map((e) => e.when));
  const unknown = applied.filter((a) => !knownTimes.has(Number(a.createdAt)));
  if (unknown.length > 0) {
    throw new UserError('db_newer', 'errors.dbNewer', { count: unknown.length });
  }
  return {
    known: entries.length,
    applied: applied.length,
    empty: tables.filter((t) => t.name !== '__drizzle_migrations').length === 0,
  };
}

/**
 * Brings the database up to this build's schema. `beforeMigrating` runs only when there is
 * something to migrate in a database that already holds data, so the caller can take a backup.
 */
export async function migrateDatabase(
  open: OpenDatabase,
  migrationsFolder: string,
  beforeMigrating: () => Promise<void>,
): Promise<SchemaState> {
  const state = schemaState(open.sqlite, migrationsFolder);
  if (state.applied < state.known) {
    if (!state.empty) await beforeMigrating();
    migrate(open.db, { migrationsFolder });
  }
  return schemaState(open.sqlite, migrationsFolder);
}
