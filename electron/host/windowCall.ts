import { dispatch, type CallOutcome } from '../api/dispatch';
import type { Host } from './host';

/** What the desktop window's one IPC channel answers: the outcome, and the session set (a string) or ended (null). */
export interface WindowAnswer {
  outcome: CallOutcome;
  /** Absent when the call said nothing of the session. */
  session?: string | null;
}

/** One call of the desktop window into a host of this process, through the same dispatch as HTTP. */
export async function callHost(
  host: Host,
  method: string,
  input: unknown,
  session: string | null,
  idempotencyKey?: string,
): Promise<WindowAnswer> {
  let set: string | null | undefined;
  const outcome = await dispatch(host, {
    method,
    input,
    sessionToken: session,
    ...(idempotencyKey ? { idempotencyKey } : {}),
    setSessionToken: (token) => (set = token),
  });
  return set === undefined ? { outcome } : { outcome, session: set };
}
