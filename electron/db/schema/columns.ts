import { integer, text } from 'drizzle-orm/sqlite-core';

/** When a row was written and last changed: ISO text from the host's clock, the only clock for what is stored. */
export const timestamps = () => ({
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** 1 at first, +1 on every change of an edited field (a trigger keeps it): a save over a newer change is refused. */
export const editVersion = () => integer('version').notNull().default(1);
