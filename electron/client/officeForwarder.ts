import type { CallOutcome } from '../api/dispatch';
import type { ApiErrorBody } from '../api/errors';
import { englishMessage } from '../api/messages';
import { OfficeClient } from './officeClient';
import type { SecretStore } from './secretStore';

export interface Forwarded {
  outcome: CallOutcome;
  /** The session the host set (a string) or ended (null); absent when it said nothing of it. */
  session?: string | null;
}

const notPaired: ApiErrorBody = {
  code: 'device_unknown',
  key: 'errors.devices.unknown',
  values: {},
  message: englishMessage('errors.devices.unknown', {}),
};

/**
 * The desktop app in "connect to the office host" mode: every call of the window goes to the host
 * through the pinned client. The window pairs with the same `devices.pair` call a browser makes;
 * the token stays here (in the secret store), and the window gets only the fingerprint to compare.
 */
export function officeForwarder(store: SecretStore, target: { address: string; port: number } | null) {
  let client = OfficeClient.load(store);
  return async (method: string, input: unknown, session: string | null, idempotencyKey?: string): Promise<Forwarded> => {
    if (method === 'devices.pair') {
      const where = target ?? client?.connection;
      if (!where) return { outcome: { ok: false, status: 401, error: notPaired } };
      const given = (input ?? {}) as { code?: unknown; deviceName?: unknown };
      const paired = await OfficeClient.pair(where, { code: String(given.code ?? ''), deviceName: String(given.deviceName ?? '') }, store);
      if (!paired.ok) return { outcome: paired.outcome };
      client = paired.client;
      return { outcome: { ok: true, result: { deviceToken: '', fingerprint: paired.fingerprint } } };
    }
    if (!client) return { outcome: { ok: false, status: 401, error: notPaired } };
    const forwarded = await client.call(method, input, session, idempotencyKey);
    // Revoked, or the host's data folder was replaced: pair again from the window.
    if (!forwarded.outcome.ok && forwarded.outcome.error.code === 'device_unknown') {
      client.forget();
      client = null;
    }
    return forwarded;
  };
}
