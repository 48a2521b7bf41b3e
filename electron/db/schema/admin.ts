import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { AuditFacts } from '../../shared/auditFacts';
import { devices } from './devices';
import { timestamps } from './columns';

/** The one field office this installation serves; a single row, written at first start. */
export const office = sqliteTable('office', {
  id: integer('id').primaryKey(),
  organisation: text('organisation').notNull(),
  officeName: text('office_name').notNull(),
  officeCode: text('office_code').notNull(),
  district: text('district').notNull(),
  block: text('block').notNull(),
  /** Letterhead details for letters to officials. */
  address: text('address'),
  phone: text('phone'),
  email: text('email'),
  /** The organisation's PAN, printed on donation receipts. */
  pan: text('pan'),
  /** 80G registration: the Unique Registration Number and its date, for receipts and Form 10BD. */
  urn80g: text('urn_80g'),
  urn80gIssuedOn: text('urn_80g_issued_on'),
  /** FCRA registration number, printed on receipts of foreign contribution. */
  fcraRegistration: text('fcra_registration'),
  /** The monthly report's sections in the DCPO's order, each on or off ([{ section, on }]); null: the default order, all on. */
  monthlyReportSections: text('monthly_report_sections'),
  createdAt: text('created_at').notNull(),
});

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  fullName: text('full_name').notNull(),
  role: text('role', {
    enum: ['admin', 'manager', 'case_worker', 'data_entry', 'sponsorship'],
  }).notNull(),
  passwordHash: text('password_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  language: text('language', { enum: ['en', 'bn'] })
    .notNull()
    .default('en'),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: text('locked_until'),
  ...timestamps(),
});

/** A user who did, wrote or owns something (`column` names what). */
export function userRef(column: string) {
  return integer(column)
    .notNull()
    .references(() => users.id);
}

/** Office-wide settings as key/value text; each key has a typed default in admin/settings.ts. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Named sequences (child codes now, case and receipt numbers later), advanced inside transactions. */
export const counters = sqliteTable('counters', {
  name: text('name').primaryKey(),
  value: integer('value').notNull(),
});

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    userId: integer('user_id').references(() => users.id),
    username: text('username'),
    action: text('action').notNull(),
    entity: text('entity'),
    entityId: text('entity_id'),
    summary: text('summary'),
    /** What happened as facts (codes, ids, paise; JSON), rendered in the reader's language; null on entries made before it. */
    facts: text('facts', { mode: 'json' }).$type<AuditFacts>(),
    /** The paired PC the action came from (office LAN host); null: the host PC itself, or an entry made before devices. */
    deviceId: integer('device_id').references(() => devices.id),
  },
  (t) => [index('audit_log_at').on(t.at), index('audit_log_entity').on(t.entity, t.entityId)],
);

/**
 * The answer to a write sent with an Idempotency-Key: recorded in the write's own transaction (so a
 * crash cannot keep the write and lose the key), then replaced by the handler's final answer. A retry
 * with the same key gets this answer instead of a second receipt or case. Swept after a day.
 */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    /** 0 for a caller without a session. */
    userId: integer('user_id').notNull(),
    key: text('key').notNull(),
    method: text('method').notNull(),
    /** SHA-256 of the input as JSON with sorted keys: the same key with other input is refused. */
    inputHash: text('input_hash').notNull(),
    /** The answer as JSON: `{ ok, result }` or `{ ok: false, status, error }`. */
    outcome: text('outcome').notNull(),
    /** 0 while it holds only the transaction's result (the handler had not finished), 1 once it is the final answer. */
    final: integer('final', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_keys_created').on(t.createdAt)],
);
