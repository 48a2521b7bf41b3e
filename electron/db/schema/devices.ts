import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The office's other PCs (and browsers) paired with this host. Only a hash of each device's token
 * is kept: a copy of the database does not let anyone act as a paired PC. Devices are revoked,
 * never deleted, so the audit log can still name the device of an old entry.
 */
export const devices = sqliteTable(
  'devices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** SHA-256 (hex) of the device token: the token is 32 random bytes, so a plain hash is enough. */
    tokenHash: text('token_hash').notNull().unique(),
    pairedAt: text('paired_at').notNull(),
    /** The address it paired from. */
    pairedFrom: text('paired_from'),
    lastUsedAt: text('last_used_at'),
    lastAddress: text('last_address'),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('devices_revoked').on(t.revokedAt)],
);
