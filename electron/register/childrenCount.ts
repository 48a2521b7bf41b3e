import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { children } from '../db/schema';

/** How many children of the register match `where`: the total beside a paged list, or what is still left to do. */
export function childrenCount(db: Db, where: SQL | undefined): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(children)
      .where(where)
      .get()?.n ?? 0
  );
}
