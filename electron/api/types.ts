import type { z } from 'zod';
import type { Db, Sqlite } from '../db/connection';
import type { Host } from '../host/host';
import type { CallKey } from '../host/idempotency';
import type { Session } from '../admin/sessions';
import type { Permission } from './permissions';
import type { AuditFacts } from '../shared/auditFacts';

export type { Session } from '../admin/sessions';

/** A paired PC of the office, as the LAN transport recognised it from its device token. */
export interface DeviceRef {
  id: number;
  name: string;
}

export interface AuditEntry {
  action: string;
  entity?: string;
  entityId?: string | number;
  summary?: string;
  /** The entry's facts for the audit screen (see shared/auditFacts.ts); the summary stays for search. */
  facts?: AuditFacts;
}

/** What a handler may do while its transaction is open. */
export interface WriteScope {
  db: Db;
  /** The same connection, for the prepared statements of bulk writes. */
  sqlite: Sqlite;
  /** Written in the same transaction as the change it describes. */
  audit(entry: AuditEntry): void;
}

export interface Ctx {
  db: Db;
  sqlite: Sqlite;
  host: Host;
  session: Session | null;
  /** Who is calling, as the transport knows it: an address over HTTP, 'local' for the desktop window. */
  caller: string;
  /** The paired PC the call came from over the office LAN; absent for the host PC itself. */
  device?: DeviceRef;
  now: Date;
  /** The office's date today (YYYY-MM-DD, local time of the PC the app runs on), for "not in the future" and ages. */
  today: string;
  /** Runs `fn` in one synchronous transaction; never await inside it. */
  write<T>(fn: (scope: WriteScope) => T): T;
  /**
   * The call's idempotency key, or null: `write` records it itself; a write that commits on another
   * connection (a worker's) records it there, in its own transaction, with the call's final answer.
   */
  idempotencyKey: CallKey | null;
  /** Tells the transport to remember (or forget) the caller's session. */
  setSessionToken(token: string | null): void;
  /**
   * `make()` once per call: a handler run again in a write turn of its own (see WorkerWriting) gets
   * the first run's value, so what it counted or checked before writing is not counted twice.
   */
  once<T>(key: string, make: () => T): T;
}

/** A Ctx whose session is known to exist: what handlers behind any non-public permission get. */
export interface AuthedCtx extends Ctx {
  session: Session;
}

export interface MethodDef<S extends z.ZodType, R, P extends Permission> {
  input: S;
  permission: P;
  // Method syntax on purpose: its parameters are checked bivariantly, so every concrete method
  // is assignable to AnyMethod without erasing its types to `any`.
  handler(ctx: P extends 'public' ? Ctx : AuthedCtx, input: z.output<S>): R | Promise<R>;
}

/** A method definition with its types erased, as dispatch sees it. */
export type AnyMethod = MethodDef<z.ZodType, unknown, Permission>;
export type ApiArea = Record<string, AnyMethod>;

/** Declares one API method; keeps the handler's input and result types for the typed client. */
export function method<S extends z.ZodType, R, P extends Permission>(def: MethodDef<S, R, P>): MethodDef<S, R, P> {
  return def;
}
