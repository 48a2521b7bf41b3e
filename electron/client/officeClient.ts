import { request } from 'node:https';
import { connect, type TLSSocket } from 'node:tls';
import type { CallOutcome } from '../api/dispatch';
import type { ApiErrorBody, ErrorValues, MessageKey } from '../api/errors';
import { englishMessage } from '../api/messages';
import { urlHost } from '../devices/lanAddress';
import { checkHostEpoch, epochHeader, hostNameHeader } from '../shared/hostEpoch';
import { readOfficeRecord, updateOfficeRecord, type HighestHost, type OfficeConnection } from './officeRecord';
import type { SecretStore } from './secretStore';

export type { OfficeConnection } from './officeRecord';

const cookieName = 'suraksha_session';
/** How long a connection to the host may take before the host counts as unreachable (the answer itself may take longer). */
const connectWithinMs = 8_000;

class HostCertificateChanged extends Error {
  constructor(readonly presented: string) {
    super(`the office host presented another certificate (${presented})`);
    this.name = 'HostCertificateChanged';
  }
}

interface Answer {
  status: number;
  body: { result?: unknown; error?: ApiErrorBody };
  setCookie: string[];
  /** The certificate fingerprint the host presented on this connection. */
  presented: string;
  /** The host's epoch and name, as its headers said them (null when it said nothing). */
  epoch: string | null;
  hostName: string | null;
}

function refusal(code: string, key: MessageKey, values: ErrorValues, status = 0): CallOutcome {
  return { ok: false, status, error: { code, key, values, message: englishMessage(key, values) } };
}

function header(value: string | string[] | undefined): string | null {
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined ? null : text;
}

function nameFrom(value: string | null): string | null {
  if (!value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * An old host come back after a standby PC took over (its epoch below the highest this PC has seen):
 * nothing it answers is used. The message names the current host when this PC knows it.
 */
function olderHost(address: string, highest: HighestHost): CallOutcome {
  const where = `${urlHost(highest.address)}:${highest.port}`;
  const current = highest.hostName ? `${highest.hostName}, ${where}` : where;
  return refusal('older_host', 'errors.host.olderHostNamed', { address, current, epoch: highest.epoch }, 409);
}

/**
 * One HTTPS request to the office host. The certificate is checked against the pinned fingerprint
 * as soon as the handshake completes, before a byte of the request (token, cookie, data) goes out:
 * the office's self-signed certificate is trusted because it is *this* certificate, not through any
 * certificate authority. `pin` null is the pairing request, which learns the fingerprint.
 */
function send(
  target: { address: string; port: number },
  path: string,
  body: unknown,
  headers: Record<string, string>,
  pin: string | null,
): Promise<Answer> {
  const payload = JSON.stringify(body ?? {});
  let presented = '';
  return new Promise((resolve, reject) => {
    const req = request(
      {
        method: 'POST',
        path,
        headers: {
          ...headers,
          Host: `${urlHost(target.address)}:${target.port}`,
          'Content-Type': 'application/json',
          'Content-Length': String(Buffer.byteLength(payload)),
        },
        createConnection: () => {
          const socket: TLSSocket = connect({ host: target.address.split('%')[0], port: target.port, rejectUnauthorized: false });
          // A host PC that is switched off answers nothing at all: say so in seconds, not after the system's minutes.
          const noAnswer = setTimeout(() => socket.destroy(new Error('the office host did not answer the connection')), connectWithinMs);
          socket.once('close', () => clearTimeout(noAnswer));
          socket.once('secureConnect', () => {
            clearTimeout(noAnswer);
            presented = socket.getPeerCertificate().fingerprint256 ?? '';
            if (pin !== null && presented !== pin) socket.destroy(new HostCertificateChanged(presented));
          });
          return socket;
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('error', reject);
        res.on('end', () => {
          let parsed: Answer['body'] = {};
          try {
            parsed = JSON.parse(text) as Answer['body'];
          } catch {
            parsed = {};
          }
          const setCookie = res.headers['set-cookie'] ?? [];
          resolve({
            status: res.statusCode ?? 0,
            body: parsed,
            setCookie,
            presented,
            epoch: header(res.headers[epochHeader.toLowerCase()]),
            hostName: nameFrom(header(res.headers[hostNameHeader.toLowerCase()])),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function outcomeOf(answer: Answer): CallOutcome {
  if (answer.status >= 200 && answer.status < 300) return { ok: true, result: answer.body.result ?? null };
  const error = answer.body.error ?? { code: 'http', key: 'errors.network' as const, values: {}, message: `HTTP ${answer.status}` };
  return { ok: false, status: answer.status, error };
}

function failure(err: unknown, address: string): CallOutcome {
  if (err instanceof HostCertificateChanged) return refusal('host_certificate_changed', 'errors.devices.hostChanged', { address });
  return refusal('network', 'errors.devices.hostUnreachable', { address });
}

/** The session the host gave or took back in its Set-Cookie, or undefined when it said nothing. */
function sessionFrom(setCookie: string[]): string | null | undefined {
  for (const header of setCookie) {
    const [pair = ''] = header.split(';');
    const [name, ...rest] = pair.trim().split('=');
    if (name !== cookieName) continue;
    const value = decodeURIComponent(rest.join('='));
    return value ? value : null;
  }
  return undefined;
}

/** The epoch this PC tells the host of: a host below it learns another PC took over, and fences itself. */
function epochHeaders(highest: HighestHost | null): Record<string, string> {
  return highest ? { [epochHeader]: String(highest.epoch) } : {};
}

/**
 * What the answer's epoch makes of the host: refused when it is below the highest seen; otherwise
 * taken, and a higher epoch is remembered (in the secret store, beside the pairing) with where it was.
 */
function heardEpoch(store: SecretStore, target: { address: string; port: number }, answer: Answer): CallOutcome | null {
  const { highest } = readOfficeRecord(store);
  const check = checkHostEpoch(highest?.epoch ?? null, answer.epoch);
  if (!check.ok && highest) return olderHost(target.address, highest);
  const named = highest?.address === target.address && highest.port === target.port && highest.hostName === answer.hostName;
  if (check.highest > 0 && (check.highest > (highest?.epoch ?? 0) || (check.highest === highest?.epoch && !named))) {
    const seen: HighestHost = { epoch: check.highest, address: target.address, port: target.port, hostName: answer.hostName };
    updateOfficeRecord(store, (r) => ({ ...r, highest: seen }));
  }
  return null;
}

/**
 * A PC of the office talking to the office host: it pairs once (address and the one-time code),
 * pins the host's certificate, keeps its device token in the secret store, and then sends every
 * API call with that token and the user's own session. It remembers the highest epoch it has
 * seen and refuses a host below it: an old host that comes back after a standby PC took over.
 */
export class OfficeClient {
  private constructor(
    readonly connection: OfficeConnection,
    private readonly store: SecretStore,
  ) {}

  /** The connection kept by an earlier pairing, or null when this PC was never paired (or its pairing was forgotten). */
  static load(store: SecretStore): OfficeClient | null {
    const { connection } = readOfficeRecord(store);
    return connection ? new OfficeClient(connection, store) : null;
  }

  /** The host this PC was last paired with, kept after the pairing was forgotten: where to pair again. */
  static lastHost(store: SecretStore): { address: string; port: number } | null {
    return readOfficeRecord(store).host;
  }

  /**
   * Pairs this PC with the host at `target`. The fingerprint the host answers must be the one of
   * the certificate it presented on the same connection; the person then compares it with the
   * one the host's screen shows.
   */
  static async pair(
    target: { address: string; port: number },
    input: { code: string; deviceName: string },
    store: SecretStore,
  ): Promise<{ ok: true; client: OfficeClient; fingerprint: string } | { ok: false; outcome: CallOutcome }> {
    let answer: Answer;
    try {
      answer = await send(target, '/api/devices.pair', input, epochHeaders(readOfficeRecord(store).highest), null);
    } catch (err) {
      return { ok: false, outcome: failure(err, target.address) };
    }
    // An old host is not paired with: the pairing this PC has (with the current host) stays.
    const older = heardEpoch(store, target, answer);
    if (older) return { ok: false, outcome: older };
    const outcome = outcomeOf(answer);
    if (!outcome.ok) return { ok: false, outcome };
    const result = outcome.result as { deviceToken?: unknown; fingerprint?: unknown };
    if (typeof result.deviceToken !== 'string' || result.fingerprint !== answer.presented) {
      return { ok: false, outcome: failure(new HostCertificateChanged(answer.presented), target.address) };
    }
    const connection: OfficeConnection = { ...target, fingerprint: answer.presented, deviceToken: result.deviceToken };
    updateOfficeRecord(store, (r) => ({ ...r, host: target, connection }));
    return { ok: true, client: new OfficeClient(connection, store), fingerprint: answer.presented };
  }

  /** One API call as `sessionToken`'s user; answers the outcome and the session the host set, if it set one. */
  async call(
    method: string,
    input: unknown,
    sessionToken: string | null,
    idempotencyKey?: string,
  ): Promise<{ outcome: CallOutcome; session?: string | null }> {
    const headers: Record<string, string> = {
      'X-Suraksha-Device': this.connection.deviceToken,
      ...epochHeaders(readOfficeRecord(this.store).highest),
    };
    // The window's key for this write: the host answers a retry with the first answer (host/idempotency.ts).
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    if (sessionToken) headers.Cookie = `${cookieName}=${encodeURIComponent(sessionToken)}`;
    try {
      const answer = await send(this.connection, `/api/${encodeURIComponent(method)}`, input, headers, this.connection.fingerprint);
      // Nothing an old host answers is used, not even the session it set.
      const older = heardEpoch(this.store, this.connection, answer);
      if (older) return { outcome: older };
      const session = sessionFrom(answer.setCookie);
      return { outcome: outcomeOf(answer), ...(session !== undefined ? { session } : {}) };
    } catch (err) {
      return { outcome: failure(err, this.connection.address) };
    }
  }

  /**
   * Forgets the pairing (the host revoked this PC, or it is to be paired with another host). The
   * host's address stays, to pair again, and so does the highest epoch seen.
   */
  forget(): void {
    updateOfficeRecord(this.store, (r) => ({ ...r, connection: null }));
  }
}
