import type { ErrorValues, FieldProblem, MessageKey } from '../shared/problem';

export type { ErrorValues, FieldProblem, MessageKey, Problem } from '../shared/problem';

/** Where in the user's input a problem is: a form field, or a cell of a file they gave us. */
export interface ErrorWhere {
  field?: string;
  file?: string;
  sheet?: string;
  cell?: string;
  row?: number;
}

/**
 * A problem the user can fix: it carries a stable code, an i18n message key with its values and
 * where the problem is. It crosses IPC and HTTP intact and is shown in the user's language.
 * Anything thrown that is not a UserError is a bug.
 */
export class UserError extends Error {
  constructor(
    readonly code: string,
    readonly key: MessageKey,
    readonly values: ErrorValues = {},
    readonly where: ErrorWhere = {},
    readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 423 | 429 | 503 = 400,
    /** Every field's problem when there are several (the lines of a batch); the first is the error itself. */
    readonly fields?: FieldProblem[],
  ) {
    super(`${code}: ${key}`);
    this.name = 'UserError';
  }

  /** Several problems answered as one error: the first one, carrying every one's field, key and values. */
  static allOf(errors: UserError[]): UserError | null {
    const [first] = errors;
    if (!first) return null;
    const fields = errors.flatMap((e) => (e.where.field ? [{ field: e.where.field, key: e.key, values: e.values }] : []));
    return new UserError(first.code, first.key, first.values, first.where, first.status, fields);
  }
}

/** The error body both transports send: `{ error: ApiErrorBody }`. */
export interface ApiErrorBody {
  code: string;
  /** The message in English, for scripts and logs; the UI renders `key` in the user's language. */
  message: string;
  /** The first problem; `fields` has every field's. */
  key: MessageKey;
  values: ErrorValues;
  field?: string;
  /** Every field's problem at once, one per field, in the order of the form's schema. */
  fields?: FieldProblem[];
  where?: ErrorWhere;
  /** Set for unexpected errors, so a user can quote it and we can find the stack in the log. */
  reference?: string;
  /** A save refused for a stale version (`code: 'conflict'`, 409): the record as it is now. */
  current?: ConflictCurrent;
}

/** The record a refused save would have overwritten, as its edit form knows it, and who saved it last. */
export interface ConflictCurrent {
  entity: string;
  id: number;
  /** The version to send when saving again over it. */
  version: number;
  record: Record<string, unknown>;
  /** The full name of who saved it last, and when (the host's clock); null when no audit line says. */
  savedBy: string | null;
  savedAt: string | null;
}

/** SQLite could not take the write lock in time: another process holds the database (answered 503, try again). */
export function databaseBusy(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}
