import type { z } from 'zod';
import { writeAudit } from '../admin/audit';
import { localDate } from '../admin/localDate';
import type { Host } from '../host/host';
import { englishMessage, isMessageKey } from './messages';
import { roleAllows } from './permissions';
import { registry } from './registry';
import { databaseBusy, UserError, type ApiErrorBody, type FieldProblem } from './errors';
import { noncharacterField } from './fields';
import { changesSoFar, keyGuard, recordInTransaction, runOnce, type KeyGuard } from '../host/idempotency';
import { conflictAudit, ConflictError } from '../db/versions';
import type { AnyMethod, Ctx, DeviceRef, Session, WriteScope } from './types';
import { WorkerWriting } from '../host/writeTurn';

export interface Call {
  method: string;
  input: unknown;
  sessionToken: string | null;
  /** Who is calling, as the transport knows it (an address over HTTP): login throttling counts per caller. */
  caller?: string;
  /** The caller's key for this write (HTTP `Idempotency-Key`, or the window's client): a retry with it gets the first answer. */
  idempotencyKey?: string;
  /** The paired PC the call came from (office LAN host); the audit log names it. */
  device?: DeviceRef;
  setSessionToken(token: string | null): void;
}

/**
 * What logging in and out writes (failed attempts, the language, their audit) is the session's own
 * bookkeeping: kept even where nothing else may be saved (a read-only snapshot, a fenced host).
 */
const sessionBookkeeping = new Set(['auth.login', 'auth.logout', 'auth.setLanguage']);

export type CallOutcome = { ok: true; result: unknown } | { ok: false; status: number; error: ApiErrorBody };

function shape(err: UserError, fields?: FieldProblem[]): { ok: false; status: number; error: ApiErrorBody } {
  const field = err.where.field;
  return {
    ok: false,
    status: err.status,
    error: {
      code: err.code,
      message: englishMessage(err.key, err.values),
      key: err.key,
      values: err.values,
      ...(field ? { field, fields: fields ?? err.fields ?? [{ field, key: err.key, values: err.values }] } : {}),
      ...(Object.keys(err.where).length ? { where: err.where } : {}),
    },
  };
}

/** Every field's problem, the first of each field only (a blank date is "required", not also "not a date"). */
function fieldProblems(error: z.ZodError): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    if (out.some((p) => p.field === field)) continue;
    out.push(
      // "Too long" says the limit, as a person needs to shorten the text.
      issue.code === 'too_big' && issue.origin === 'string' && issue.message === 'errors.tooLong'
        ? { field, key: 'errors.tooLongMax', values: { field, detail: '', max: String(issue.maximum) } }
        : isMessageKey(issue.message)
          ? { field, key: issue.message, values: { field, detail: '' } }
          : { field, key: 'errors.invalidField', values: { field, detail: issue.message } },
    );
  }
  return out;
}

/** The input's problems: the first as the error itself (what older callers read), all of them in `fields`. */
function invalidInput(error: z.ZodError): { ok: false; status: number; error: ApiErrorBody } {
  const fields = fieldProblems(error);
  const first = fields[0] ?? { field: '', key: 'errors.invalidField' as const, values: { field: '', detail: '' } };
  return shape(new UserError('invalid_input', first.key, first.values, first.field ? { field: first.field } : {}), fields);
}

/**
 * The one way into the API, for IPC and HTTP alike: find the method, check the session and the
 * permission, validate the input, run the handler, and turn whatever it throws into an error body.
 */
export async function dispatch(host: Host, call: Call): Promise<CallOutcome> {
  const def: AnyMethod | undefined = Object.hasOwn(registry, call.method) ? registry[call.method as keyof typeof registry] : undefined;
  if (!def) return shape(new UserError('unknown_method', 'errors.unknownMethod', { method: call.method }, {}, 404));

  const now = host.now();
  const resolved = host.sessions.resolve(call.sessionToken, now.getTime(), host.settings.sessionTimeoutMinutes);
  const session = resolved === 'expired' ? null : resolved;
  if (resolved === 'expired') call.setSessionToken(null);

  try {
    if (def.permission !== 'public') {
      if (!session) {
        throw new UserError(
          resolved === 'expired' ? 'session_expired' : 'not_logged_in',
          resolved === 'expired' ? 'errors.sessionExpired' : 'errors.notLoggedIn',
          {},
          {},
          401,
        );
      }
      if (!roleAllows(session.role, def.permission)) {
        writeAudit(host, session, { action: 'denied', entity: 'method', entityId: call.method }, call.device);
        throw new UserError('forbidden', 'errors.forbidden', { method: call.method }, {}, 403);
      }
    }
    const spoiled = noncharacterField(call.input);
    if (spoiled !== null) throw new UserError('invalid_input', 'errors.host.noncharacter', { field: spoiled }, { field: spoiled });
    const parsed = def.input.safeParse(call.input ?? {});
    if (!parsed.success) return invalidInput(parsed.error);

    // Idempotency (see host/idempotency.ts): a key seen before answers its first answer without running again.
    const guard = keyGuard(call.idempotencyKey, call.method, def.permission, session?.userId ?? null, call.input);
    if (guard) return await runOnce(host, guard, () => run(host, call, def, { session, now, input: parsed.data }, guard));
    return await run(host, call, def, { session, now, input: parsed.data }, null);
  } catch (err) {
    return failure(host, call, session, err);
  }
}

/**
 * Runs the handler; its writes record the idempotency key (if any) in their own transaction. While a
 * worker commits (an import), a handler that has not written yet is run again in a write turn of its own.
 */
async function run(
  host: Host,
  call: Call,
  def: AnyMethod,
  { session, now, input }: { session: Session | null; now: Date; input: unknown },
  guard: KeyGuard | null,
): Promise<CallOutcome> {
  try {
    const firstRun = new Map<string, unknown>();
    const runHandler = async (): Promise<unknown> => {
      const { sqlite, db } = host.database;
      let wrote = false;
      const ctx: Ctx = {
        db,
        sqlite,
        host,
        session,
        caller: call.caller ?? 'local',
        ...(call.device ? { device: call.device } : {}),
        now,
        today: localDate(now),
        setSessionToken: (token) => call.setSessionToken(token),
        once<T>(key: string, make: () => T): T {
          if (!firstRun.has(key)) firstRun.set(key, make());
          return firstRun.get(key) as T;
        },
        idempotencyKey: guard && { userId: guard.userId, key: guard.key, method: guard.method, inputHash: guard.inputHash },
        write<T>(fn: (scope: WriteScope) => T): T {
          // Nothing written yet and a worker's transaction may be open: rather than wait in busy_timeout
          // with every other request frozen behind it, the handler is run again in a turn of its own.
          if (!wrote && host.writeTurn.workerWriting) throw new WorkerWriting();
          wrote = true;
          const refusal = sessionBookkeeping.has(call.method) ? null : host.writeRefusal();
          // IMMEDIATE takes the write lock at BEGIN, so a second writer waits (busy_timeout) instead of failing mid-way.
          return sqlite
            .transaction(() => {
              let audited = 0;
              const before = guard || refusal ? changesSoFar(sqlite) : 0;
              const result = fn({
                db,
                sqlite,
                audit: (entry) => {
                  audited += 1;
                  writeAudit(host, ctx.session, entry, ctx.device);
                },
              });
              const changedMoreThanAudit = changesSoFar(sqlite) - before > audited;
              // A snapshot or a fenced host still audits what is read (a case opened); any other change is refused, undone.
              if (refusal && changedMoreThanAudit) throw refusal;
              if (guard) recordInTransaction(host, guard, result, changedMoreThanAudit);
              return result;
            })
            .immediate();
        },
      };
      // The permission check above guarantees a session for every non-public handler.
      return def.handler(ctx, input);
    };
    try {
      return { ok: true, result: await runHandler() };
    } catch (err) {
      if (!(err instanceof WorkerWriting)) throw err;
      return { ok: true, result: await host.writeTurn.run('main', runHandler) };
    }
  } catch (err) {
    return failure(host, call, session, err);
  }
}

function failure(host: Host, call: Call, session: Session | null, err: unknown): CallOutcome {
  if (err instanceof ConflictError) {
    // The refused save is in the audit log beside the save it would have overwritten.
    conflictAudit(host, session, call.method, err);
    return { ok: false, status: 409, error: { ...shape(err).error, current: err.current } };
  }
  if (err instanceof UserError) return shape(err);
  if (databaseBusy(err)) return shape(new UserError('busy', 'errors.host.busy', { seconds: 2 }, {}, 503));
  const reference = host.log(`${call.method} failed`, err);
  const body = shape(new UserError('internal', 'errors.internal', { reference }, {}, 400));
  return { ok: false, status: 500, error: { ...body.error, reference } };
}
