import type { Db, Sqlite } from './connection';

/**
 * What a period counter reads from: the connection (both faces) and the office's date today, for a
 * period reaching past today. A handler's ctx is one; so is a bench's or a test's open database.
 */
export interface CountSource {
  db: Db;
  sqlite: Sqlite;
  today: string;
}
