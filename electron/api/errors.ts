/** Where in the user's input a problem is: a form field, or a cell of a file they gave us. */
export interface ErrorWhere {
  field?: string;
  file?: string;
  sheet?: string;
  cell?: string;
  row?: number;
}

export type ErrorValues = Record<string, string | number>;

/**
 * A problem the user can fix: it carries a stable code, an i18n message key with its values and
 * where the problem is. It crosses IPC and HTTP intact and is shown in the user's language.
 * Anything thrown that is not a UserError is a bug.
 */
export class UserError extends Error {
  constructor(
    readonly code: string,
    readonly key: string,
    readonly values: ErrorValues = {},
    readonly where: ErrorWhere = {},
    readonly status: 400 | 401 | 403 | 404 | 409 | 423 | 429 | 503 = 400,
  ) {
    super(`${code}: ${key}`);
    this.name = 'UserError';
  }
}

/** The error body both transports send: `{ error: ApiErrorBody }`. */
export interface ApiErrorBody {
  code: string;
  /** The message in English, for scripts and logs; the UI renders `key` in the user's language. */
  message: string;
  key: string;
  values: ErrorValues;
  field?: string;
  where?: ErrorWhere;
  /** Set for unexpected errors, so a user can quote it and we can find the stack in the log. */
  reference?: string;
}

/** SQLite could not take the write lock in time: another process holds the database (answered 503, try again). */
export function databaseBusy(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}
