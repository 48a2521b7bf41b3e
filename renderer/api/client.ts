import type { ApiErrorBody, ApiInput, ApiResult, MethodName } from '../../electron/api/contract';
import { checkHostEpoch, epochHeader, epochOf } from '../../electron/shared/hostEpoch';

type Outcome = { ok: true; result: unknown } | { ok: false; status: number; error: ApiErrorBody };

/** What a desktop PC connected to the office host shows: the host's data, or the standby's snapshot read-only. */
export type OfficePcState = { showing: 'host' } | { showing: 'snapshot'; takenAt: string; hostName: string };

interface Bridge {
  call(method: string, input: unknown, idempotencyKey?: string): Promise<Outcome>;
  pickFolder(title: string): Promise<string | null>;
  pickFile(extensions: string[]): Promise<string | null>;
  /** Absent from an older preload; `state` answers null on a PC that is not connected to an office host. */
  office?: {
    state(): Promise<OfficePcState | null>;
    openSnapshot(): Promise<Outcome>;
    backToHost(): Promise<Outcome>;
  };
}

declare global {
  interface Window {
    /** Present inside the Electron window (preload); absent in a browser, where HTTP is used. */
    suraksha?: Bridge;
  }
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
  get field(): string | undefined {
    return this.body.field;
  }
}

const unauthorizedListeners = new Set<(error: ApiError) => void>();

/** Called when any call answers 401, so the app can return to the login screen. */
export function onUnauthorized(listener: (error: ApiError) => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

const unreachableListeners = new Set<(error: ApiError) => void>();

/** Called when a call finds the office host unreachable (the desktop app connected to it), so the app can say so. */
export function onHostUnreachable(listener: (error: ApiError) => void): () => void {
  unreachableListeners.add(listener);
  return () => unreachableListeners.delete(listener);
}

const deviceKey = 'suraksha.deviceToken';

/**
 * A browser on another PC of the office is paired with the office host once; its device token is
 * kept here and sent with every request (`X-Suraksha-Device`). The PC itself (127.0.0.1) needs none.
 */
export const deviceToken = {
  get: (): string | null => {
    // A browser that keeps nothing (storage off, or no window at all) simply has no token: the host says so.
    try {
      return localStorage.getItem(deviceKey);
    } catch {
      return null;
    }
  },
  set: (token: string): void => localStorage.setItem(deviceKey, token),
  clear: (): void => {
    try {
      localStorage.removeItem(deviceKey);
    } catch {
      // Nothing kept, nothing to forget.
    }
  },
};

function deviceHeaders(): Record<string, string> {
  const token = deviceToken.get();
  return token ? { 'X-Suraksha-Device': token } : {};
}

/** A fresh key for one user action: its retries send the same key, so the host answers the first answer. */
function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Longer than any import or report takes to answer; a retry after it waits for the first call, never runs it twice. */
const answerWithinMs = 120_000;
/** Waits before the retries of a call whose link dropped, or whose host was busy or restarting. */
const retryWaitsMs = [500, 1500, 4000];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The highest host epoch this browser has seen: a host below it is an old one another PC took over from. */
const epochKey = 'suraksha.hostEpoch';
function highestEpoch(): number | null {
  try {
    return epochOf(localStorage.getItem(epochKey));
  } catch {
    return null;
  }
}

async function overHttp(method: string, input: unknown, idempotencyKey: string): Promise<Outcome> {
  let response: Response;
  const highest = highestEpoch();
  try {
    response = await fetch(`api/${method}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': idempotencyKey,
        ...deviceHeaders(),
        ...(highest === null ? {} : { [epochHeader]: String(highest) }),
      },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
      signal: AbortSignal.timeout(answerWithinMs),
    });
  } catch {
    return { ok: false, status: 0, error: { code: 'network', message: 'Suraksha is not answering', key: 'errors.network', values: {} } };
  }
  const epoch = checkHostEpoch(highest, response.headers.get(epochHeader));
  if (!epoch.ok)
    return {
      ok: false,
      status: 409,
      error: { code: 'older_host', message: 'This office host is older', key: 'errors.host.olderHost', values: {} },
    };
  if (epoch.highest !== highest) {
    try {
      localStorage.setItem(epochKey, String(epoch.highest));
    } catch {
      // A browser that keeps nothing checks nothing: the host still fences itself from the marker.
    }
  }
  const body = (await response.json().catch(() => ({}))) as { result?: unknown; error?: ApiErrorBody };
  if (response.ok) return { ok: true, result: body.result };
  return {
    ok: false,
    status: response.status,
    error: body.error ?? { code: 'http', message: response.statusText, key: 'errors.network', values: {} },
  };
}

/** The one path from the renderer to data: typed from the API registry, over IPC or HTTP. */
export async function call<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiResult<M>> {
  // Every call carries a key (the host keeps it only for calls that change data); a retry after a dropped
  // link or a busy host sends the same one, so a save whose answer was lost is not made twice.
  const key = newIdempotencyKey();
  const send = () => (window.suraksha ? window.suraksha.call(method, input, key) : overHttp(method, input, key));
  let outcome = await send();
  for (const wait of retryWaitsMs) {
    if (outcome.ok || (outcome.status !== 0 && outcome.status !== 503)) break;
    await sleep(wait);
    outcome = await send();
  }
  if (outcome.ok) return outcome.result as ApiResult<M>;
  const error = new ApiError(outcome.status, outcome.error);
  if (outcome.status === 401 && method !== 'auth.login') unauthorizedListeners.forEach((l) => l(error));
  if (outcome.error.code === 'host_unreachable') unreachableListeners.forEach((l) => l(error));
  throw error;
}

export const desktop = {
  available: (): boolean => window.suraksha !== undefined,
  pickFolder: (title: string): Promise<string | null> => window.suraksha?.pickFolder(title) ?? Promise.resolve(null),
  pickFile: (extensions: string[]): Promise<string | null> => window.suraksha?.pickFile(extensions) ?? Promise.resolve(null),
  /** The connected PC's state; null in a browser, or on a PC that holds its own data. */
  officeState: (): Promise<OfficePcState | null> => window.suraksha?.office?.state() ?? Promise.resolve(null),
  /** Opens the latest snapshot read-only (the window reloads on it); throws why it cannot. */
  openSnapshot: async (): Promise<void> => {
    const outcome = await window.suraksha?.office?.openSnapshot();
    if (outcome && !outcome.ok) throw new ApiError(outcome.status, outcome.error);
  },
  /** Closes the snapshot and goes back to the office host (the window reloads). */
  backToHost: async (): Promise<void> => {
    await window.suraksha?.office?.backToHost();
  },
};

/**
 * Streams a backup file the user chose in the browser to the host (`POST /upload/restore`): the file
 * goes as it is, never inside a JSON body. Answers the id that admin.inspectBackup and admin.restore take.
 */
export async function uploadForRestore(file: File): Promise<string> {
  let response: Response;
  try {
    response = await fetch('upload/restore', {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', ...deviceHeaders() },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, { code: 'network', message: 'Suraksha is not answering', key: 'errors.network', values: {} });
  }
  const body = (await response.json().catch(() => ({}))) as { result?: { uploadId?: string }; error?: ApiErrorBody };
  if (response.ok && body.result?.uploadId) return body.result.uploadId;
  throw new ApiError(response.status, body.error ?? { code: 'http', message: response.statusText, key: 'errors.network', values: {} });
}
