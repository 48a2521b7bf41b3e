import type Database from 'better-sqlite3';
import type { Sqlite } from '../db/connection';

/**
 * Prepared statements kept per connection: an import runs the same few dozen statements for each of
 * 200 files, and compiling them again each time costs more than running some of them.
 */
const cache = new WeakMap<Sqlite, Map<string, Database.Statement>>();

export function statement(sqlite: Sqlite, sql: string): Database.Statement {
  let statements = cache.get(sqlite);
  if (!statements) cache.set(sqlite, (statements = new Map()));
  let prepared = statements.get(sql);
  if (!prepared) statements.set(sql, (prepared = sqlite.prepare(sql)));
  return prepared;
}
