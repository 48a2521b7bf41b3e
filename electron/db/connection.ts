import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;
export type Sqlite = Database.Database;

export interface OpenDatabase {
  sqlite: Sqlite;
  db: Db;
}

/**
 * Opens the office database with the pragmas ENGINEERING.md asks for: WAL so readers never block
 * the writer, FULL sync because power cuts are common, foreign keys enforced, and a busy timeout
 * so a second process (a backup, the bench) waits instead of failing.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): OpenDatabase {
  const sqlite = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  sqlite.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
  }
  sqlite.pragma('foreign_keys = ON');
  return { sqlite, db: drizzle(sqlite, { schema }) };
}
