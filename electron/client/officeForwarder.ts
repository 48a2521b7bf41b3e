import type { CallOutcome } from '../api/dispatch';
import type { ApiErrorBody, ErrorValues } from '../api/errors';
import { englishMessage } from '../api/messages';
import type { WindowAnswer } from '../host/windowCall';
import { OfficeClient } from './officeClient';
import { readOfficeRecord, updateOfficeRecord } from './officeRecord';
import { latestSnapshot } from './standbySnapshot';
import type { SecretStore } from './secretStore';

export type Forwarded = WindowAnswer;

export interface ForwarderOptions {
  /**
   * The standby folder given to this PC (`--standby-folder`, SURAKSHA_STANDBY_FOLDER). Without it,
   * the one this PC last learned from the host (an administrator's view of the standby card) is used.
   */
  standbyFolder?: string | null;
}

export type OfficeForwarder = ((method: string, input: unknown, session: string | null, idempotencyKey?: string) => Promise<Forwarded>) & {
  /** Where this PC looks for the office's latest snapshot, or null when it knows of none. */
  standbyFolder(): string | null;
};

const notPaired: ApiErrorBody = {
  code: 'device_unknown',
  key: 'errors.devices.unknown',
  values: {},
  message: englishMessage('errors.devices.unknown', {}),
};

/** What the standby's status and folder answers say of the folder the host copies its snapshots into. */
function folderIn(result: unknown): string | null {
  const folder = typeof result === 'object' && result !== null ? (result as { folder?: unknown }).folder : null;
  return typeof folder === 'string' && folder ? folder : null;
}

/**
 * The host cannot be reached: said as its own answer (`host_unreachable`, not a refusal of the call),
 * with the time of the latest snapshot this PC can open read-only instead, when it knows one.
 */
function unreachable(address: string, folder: string | null): CallOutcome {
  const snapshot = folder ? latestSnapshot(folder) : null;
  const key = snapshot ? 'errors.devices.hostUnreachableSnapshot' : 'errors.devices.hostUnreachable';
  const values: ErrorValues = snapshot ? { address, snapshotTakenAt: snapshot.takenAt } : { address };
  return { ok: false, status: 0, error: { code: 'host_unreachable', key, values, message: englishMessage(key, values) } };
}

/**
 * The desktop app in "connect to the office host" mode: every call of the window goes to the host
 * through the pinned client. The window pairs with the same `devices.pair` call a browser makes;
 * the token stays here (in the secret store), and the window gets only the fingerprint to compare.
 */
export function officeForwarder(
  store: SecretStore,
  target: { address: string; port: number } | null,
  options: ForwarderOptions = {},
): OfficeForwarder {
  let client = OfficeClient.load(store);
  const given = options.standbyFolder ?? null;
  const standbyFolder = () => given ?? readOfficeRecord(store).standbyFolder;
  const forward = async (method: string, input: unknown, session: string | null, idempotencyKey?: string): Promise<Forwarded> => {
    if (method === 'devices.pair') {
      const where = target ?? client?.connection ?? OfficeClient.lastHost(store);
      if (!where) return { outcome: { ok: false, status: 401, error: notPaired } };
      const asked = (input ?? {}) as { code?: unknown; deviceName?: unknown };
      const paired = await OfficeClient.pair(where, { code: String(asked.code ?? ''), deviceName: String(asked.deviceName ?? '') }, store);
      if (!paired.ok) return { outcome: paired.outcome };
      client = paired.client;
      return { outcome: { ok: true, result: { deviceToken: '', fingerprint: paired.fingerprint } } };
    }
    if (!client) return { outcome: { ok: false, status: 401, error: notPaired } };
    const forwarded = await client.call(method, input, session, idempotencyKey);
    const { outcome } = forwarded;
    if (!outcome.ok && outcome.error.code === 'network') return { outcome: unreachable(client.connection.address, standbyFolder()) };
    // Revoked, or the host's data folder was replaced: pair again from the window.
    if (!outcome.ok && outcome.error.code === 'device_unknown') {
      client.forget();
      client = null;
    }
    // The standby folder an administrator sees on the host is kept, for the day the host cannot be reached.
    const learned = outcome.ok && (method === 'standby.status' || method === 'standby.setFolder') ? folderIn(outcome.result) : null;
    if (learned && !given && learned !== readOfficeRecord(store).standbyFolder)
      updateOfficeRecord(store, (r) => ({ ...r, standbyFolder: learned }));
    return forwarded;
  };
  return Object.assign(forward, { standbyFolder });
}
