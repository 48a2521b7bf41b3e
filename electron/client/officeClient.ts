import { request } from 'node:https';
import { connect, type TLSSocket } from 'node:tls';
import type { CallOutcome } from '../api/dispatch';
import type { ApiErrorBody, ErrorValues, MessageKey } from '../api/errors';
import { englishMessage } from '../api/messages';
import { urlHost } from '../devices/lanAddress';
import type { SecretStore } from './secretStore';

/** What a PC keeps once paired: where the host is, its certificate's fingerprint, and its own token. */
export interface OfficeConnection {
  address: string;
  port: number;
  fingerprint: string;
  deviceToken: string;
}

const cookieName = 'suraksha_session';

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
}

function refusal(code: string, key: MessageKey, values: ErrorValues): CallOutcome {
  return { ok: false, status: 0, error: { code, key, values, message: englishMessage(key, values) } };
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
          socket.once('secureConnect', () => {
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
          resolve({ status: res.statusCode ?? 0, body: parsed, setCookie, presented });
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

/**
 * A PC of the office talking to the office host: it pairs once (address and the one-time code),
 * pins the host's certificate, keeps its device token in the secret store, and then sends every
 * API call with that token and the user's own session.
 */
export class OfficeClient {
  private constructor(
    readonly connection: OfficeConnection,
    private readonly store: SecretStore,
  ) {}

  /** The connection kept by an earlier pairing, or null when this PC was never paired. */
  static load(store: SecretStore): OfficeClient | null {
    const text = store.read();
    if (!text) return null;
    try {
      const c = JSON.parse(text) as Partial<OfficeConnection>;
      if (
        typeof c.address !== 'string' ||
        typeof c.port !== 'number' ||
        typeof c.fingerprint !== 'string' ||
        typeof c.deviceToken !== 'string'
      )
        return null;
      return new OfficeClient({ address: c.address, port: c.port, fingerprint: c.fingerprint, deviceToken: c.deviceToken }, store);
    } catch {
      return null;
    }
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
      answer = await send(target, '/api/devices.pair', input, {}, null);
    } catch (err) {
      return { ok: false, outcome: failure(err, target.address) };
    }
    const outcome = outcomeOf(answer);
    if (!outcome.ok) return { ok: false, outcome };
    const result = outcome.result as { deviceToken?: unknown; fingerprint?: unknown };
    if (typeof result.deviceToken !== 'string' || result.fingerprint !== answer.presented) {
      return { ok: false, outcome: failure(new HostCertificateChanged(answer.presented), target.address) };
    }
    const connection: OfficeConnection = { ...target, fingerprint: answer.presented, deviceToken: result.deviceToken };
    store.write(JSON.stringify(connection));
    return { ok: true, client: new OfficeClient(connection, store), fingerprint: answer.presented };
  }

  /** One API call as `sessionToken`'s user; answers the outcome and the session the host set, if it set one. */
  async call(
    method: string,
    input: unknown,
    sessionToken: string | null,
    idempotencyKey?: string,
  ): Promise<{ outcome: CallOutcome; session?: string | null }> {
    const headers: Record<string, string> = { 'X-Suraksha-Device': this.connection.deviceToken };
    // The window's key for this write: the host answers a retry with the first answer (host/idempotency.ts).
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    if (sessionToken) headers.Cookie = `${cookieName}=${encodeURIComponent(sessionToken)}`;
    try {
      const answer = await send(this.connection, `/api/${encodeURIComponent(method)}`, input, headers, this.connection.fingerprint);
      const session = sessionFrom(answer.setCookie);
      return { outcome: outcomeOf(answer), ...(session !== undefined ? { session } : {}) };
    } catch (err) {
      return { outcome: failure(err, this.connection.address) };
    }
  }

  /** Forgets the pairing (the host revoked this PC, or it is to be paired with another host). */
  forget(): void {
    this.store.write(null);
  }
}
