import type { ApiErrorBody, ApiInput, ApiResult, MethodName } from '../../electron/api/contract';
import { checkHostEpoch, epochHeader, epochOf } from '../../electron/shared/hostEpoch';

type Outcome = { ok: true; result: unknown } | { ok: false; status: number; error: ApiErrorBody };

interface Bridge {
  call(method: string, input: unknown): Promise<Outcome>;
  pickFolder(): Promise<string | null>;
  pickFile(extensions: string[]): Promise<string | null>;
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

/** The highest host epoch this browser has seen: a host below it is an old one another PC took over from. */
const epochKey = 'suraksha.hostEpoch';
function highestEpoch(): number | null {
  try {
    return epochOf(localStorage.getItem(epochKey));
  } catch {
    return null;
  }
}

async function overHttp(method: string, input: unknown): Promise<Outcome> {
  let response: Response;
  const highest = highestEpoch();
  try {
    response = await fetch(`api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(highest === null ? {} : { [epochHeader]: String(highest) }) },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
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
  const outcome = window.suraksha ? await window.suraksha.call(method, input) : await overHttp(method, input);
  if (outcome.ok) return outcome.result as ApiResult<M>;
  const error = new ApiError(outcome.status, outcome.error);
  if (outcome.status === 401 && method !== 'auth.login') unauthorizedListeners.forEach((l) => l(error));
  throw error;
}

export const desktop = {
  available: (): boolean => window.suraksha !== undefined,
  pickFolder: (): Promise<string | null> => window.suraksha?.pickFolder() ?? Promise.resolve(null),
  pickFile: (extensions: string[]): Promise<string | null> => window.suraksha?.pickFile(extensions) ?? Promise.resolve(null),
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
      headers: { 'Content-Type': 'application/octet-stream' },
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
