import { createHash } from 'node:crypto';
import type { Sqlite } from '../db/connection';
import type { Host } from './host';
import { UserError, type ApiErrorBody } from '../api/errors';
import type { Permission } from '../api/permissions';

/**
 * Idempotency keys: a write sent again with the key it was first sent with (a retry after a timeout or
 * a dropped link) gets the first answer, never a second receipt, payment or case.
 *
 * The key is recorded inside the write's own transaction, with that transaction's result, so a crash
 * can never keep the write and lose the key (or the reverse). When the handler returns, its final
 * answer replaces the transaction's result. Only a transaction that changed data records the key: a
 * read that merely writes an audit line (opening a case, an export) is run again on a retry, and its
 * answer (a file, a case file) is not kept.
 */

export type Outcome = { ok: true; result: unknown } | { ok: false; status: number; error: ApiErrorBody };

/** What the client sends: a random id (a UUID is 36 characters). */
const keyPattern = /^[A-Za-z0-9._:-]{8,128}$/;
/** How long a key answers: a client retries within minutes; a day covers a PC left asleep over lunch. */
export const keyLifetimeMs = 24 * 60 * 60_000;
const sweepEveryMs = 10 * 60_000;

/** A call's key as it is stored: whose, which method, and a hash of its input. */
export interface CallKey {
  userId: number;
  key: string;
  method: string;
  inputHash: string;
}

export interface KeyGuard extends CallKey {
  /** Set once this call's transaction recorded the key: later transactions of the same call update it. */
  recorded: boolean;
}

/** Calls still running, per host, so a retry that arrives before the first answer waits for it. */
const running = new WeakMap<Host, Map<string, Promise<Outcome>>>();
const lastSweep = new WeakMap<Host, number>();
const totalChanges = new WeakMap<Sqlite, { get(): unknown }>();

/** JSON with keys in order: the same input sent again hashes the same, whatever order its fields came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The guard for a call that carries a key, or null. Logging in and the caller's own session (language,
 * password, logout) are not guarded: their answer sets or clears a session, which a stored answer cannot.
 */
export function keyGuard(
  key: string | undefined,
  method: string,
  permission: Permission,
  userId: number | null,
  input: unknown,
): KeyGuard | null {
  if (key === undefined || permission === 'public' || permission === 'session' || userId === null) return null;
  if (!keyPattern.test(key)) throw new UserError('invalid_input', 'errors.idempotency.badKey', {}, {}, 400);
  const inputHash = createHash('sha256').update(canonical(input)).digest('hex');
  return { userId, key, method, inputHash, recorded: false };
}

function runningCalls(host: Host): Map<string, Promise<Outcome>> {
  let calls = running.get(host);
  if (!calls) running.set(host, (calls = new Map()));
  return calls;
}

const id = (guard: KeyGuard) => `${guard.userId}:${guard.key}`;

/** The answer kept for this key, if any; the same key with another method or input is refused. */
function storedAnswer(host: Host, guard: KeyGuard): Outcome | null {
  const cutoff = new Date(host.now().getTime() - keyLifetimeMs).toISOString();
  const row = host.database.sqlite
    .prepare('SELECT method, input_hash AS inputHash, outcome FROM idempotency_keys WHERE user_id = ? AND key = ? AND created_at >= ?')
    .get(guard.userId, guard.key, cutoff) as { method: string; inputHash: string; outcome: string } | undefined;
  if (!row) return null;
  if (row.method !== guard.method || row.inputHash !== guard.inputHash) {
    throw new UserError('idempotency_key_reused', 'errors.idempotency.reused', { method: row.method }, {}, 422);
  }
  return JSON.parse(row.outcome) as Outcome;
}

/**
 * Runs the call once per key: a key answered before gets its kept answer; a retry that arrives while
 * the first call still runs waits for it. Between the look-up and being known as running there is no
 * await, so two arrivals of one key can never both run.
 */
export async function runOnce(host: Host, guard: KeyGuard, run: () => Promise<Outcome>): Promise<Outcome> {
  const calls = runningCalls(host);
  const pending = calls.get(id(guard));
  if (pending) {
    await pending.catch(() => undefined);
    return storedAnswer(host, guard) ?? runOnce(host, guard, run);
  }
  const stored = storedAnswer(host, guard);
  if (stored) return stored;
  const answer = run();
  calls.set(id(guard), answer);
  try {
    const outcome = await answer;
    // An unexpected error after the write committed keeps the transaction's result: the write did happen.
    if (guard.recorded && (outcome.ok || outcome.status !== 500)) {
      host.database.sqlite
        .prepare('UPDATE idempotency_keys SET outcome = ?, final = 1 WHERE user_id = ? AND key = ?')
        .run(JSON.stringify(outcome), guard.userId, guard.key);
    }
    return outcome;
  } finally {
    calls.delete(id(guard));
  }
}

/** The connection's count of changed rows so far, to tell a transaction that changed data from one that only audited. */
export function changesSoFar(sqlite: Sqlite): number {
  let statement = totalChanges.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare('SELECT total_changes() AS n');
    totalChanges.set(sqlite, statement);
  }
  return (statement.get() as { n: number }).n;
}

/**
 * Called inside the write's transaction, after its work: records the key with the transaction's
 * result when the transaction changed more than its audit lines. Commits or rolls back with the write.
 */
export function recordInTransaction(host: Host, guard: KeyGuard, result: unknown, dataChanged: boolean): void {
  if (!dataChanged && !guard.recorded) return;
  const { sqlite } = host.database;
  const now = host.now();
  const outcome = JSON.stringify({ ok: true, result: result ?? null });
  if (guard.recorded) {
    sqlite.prepare('UPDATE idempotency_keys SET outcome = ? WHERE user_id = ? AND key = ?').run(outcome, guard.userId, guard.key);
    return;
  }
  if ((lastSweep.get(host) ?? 0) + sweepEveryMs <= now.getTime()) {
    sqlite.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(new Date(now.getTime() - keyLifetimeMs).toISOString());
    lastSweep.set(host, now.getTime());
  }
  insertKey(sqlite, guard, outcome, now, false);
  guard.recorded = true;
}

/**
 * Records a key inside the caller's open transaction, on whichever connection it writes (a worker that
 * commits a batch payment records it on its own): `final` when `outcome` is already the call's answer.
 */
export function insertKey(sqlite: Sqlite, key: CallKey, outcome: string, now: Date, final: boolean): void {
  const cutoff = new Date(now.getTime() - keyLifetimeMs).toISOString();
  sqlite.prepare('DELETE FROM idempotency_keys WHERE user_id = ? AND key = ? AND created_at < ?').run(key.userId, key.key, cutoff);
  // A plain INSERT: should the same key ever commit twice, the second transaction fails and rolls back.
  sqlite
    .prepare('INSERT INTO idempotency_keys (user_id, key, method, input_hash, outcome, final, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(key.userId, key.key, key.method, key.inputHash, outcome, final ? 1 : 0, now.toISOString());
}
