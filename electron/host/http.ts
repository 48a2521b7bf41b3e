import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { hostname } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { z } from 'zod';
import { dispatch } from '../api/dispatch';
import type { ApiErrorBody, ErrorValues, MessageKey } from '../api/errors';
import { englishMessage } from '../api/messages';
import { roleAllows } from '../api/permissions';
import type { DeviceRef } from '../api/types';
import { deviceHeader, recogniseDevice } from '../devices/deviceStore';
import { registry } from '../api/registry';
import type { Host } from './host';
import { epochHeader, epochOf, hostNameHeader } from './epoch';
import { BodyTooLarge, readBody, receiveUpload } from './bodies';

const cookieName = 'suraksha_session';
/** A caller without a session sends a login or the first-run setup: a few hundred bytes. */
const anonymousBodyBytes = 64 * 1024;
/** A logged-in caller's largest JSON body: a 10 MB case attachment, base64-encoded, or an import batch. */
const sessionBodyBytes = 32 * 1024 * 1024;

/** The names a browser on this PC uses for the host; the office LAN host adds its own. */
export const loopbackHostNames: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

export interface HttpHostOptions {
  /** Host names (without port) this host answers to; anything else is refused (DNS rebinding). */
  hostNames?: readonly string[];
  /**
   * The office LAN host: HTTPS with this key and certificate, and every API call but `devices.pair`
   * needs a paired device's token (`X-Suraksha-Device`), whatever session cookie it carries.
   */
  tls?: { key: string; cert: string };
}

/** How a request reached us: the PC itself over plain HTTP, or a paired device over the office LAN. */
interface Transport {
  lan: boolean;
  device?: DeviceRef;
}

/** The one method a LAN caller may use before it has a device token. */
const pairMethod = 'devices.pair';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
};

function sessionToken(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === cookieName) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return null;
      }
    }
  }
  return null;
}

function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string | string[]> = {}): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(text);
}

/** A refusal of the transport, in the same envelope as every other error: code, key, values, English message. */
function sendRefusal(
  res: ServerResponse,
  status: number,
  code: string,
  key: MessageKey,
  values: ErrorValues = {},
  headers: Record<string, string> = {},
): void {
  const error: ApiErrorBody = { code, key, values, message: englishMessage(key, values) };
  sendJson(res, status, { error }, headers);
}

/** Refuses a body without reading it, and closes the connection so the rest of it is never received. */
function refuseBody(req: IncomingMessage, res: ServerResponse, limit: number): void {
  sendRefusal(res, 413, 'too_large', 'errors.host.bodyTooLarge', { max: `${Math.round(limit / 1024)} KB` }, { Connection: 'close' });
  res.once('finish', () => req.destroy());
}

/**
 * Cross-site requests are refused: a page on another origin must not drive the office's data
 * through a logged-in browser. Browsers send Origin on every POST and Sec-Fetch-Site where known.
 */
function crossOrigin(req: IncomingMessage, lan: boolean): boolean {
  const origin = req.headers.origin;
  if (origin && origin !== `${lan ? 'https' : 'http'}://${req.headers.host ?? ''}`) return true;
  const site = req.headers['sec-fetch-site'];
  return site !== undefined && site !== 'same-origin' && site !== 'none';
}

function methodCatalogue() {
  return Object.entries(registry).map(([name, def]) => ({
    method: name,
    permission: def.permission,
    input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
  }));
}

function serveStatic(res: ServerResponse, rendererDir: string, urlPath: string): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    sendRefusal(res, 404, 'not_found', 'errors.notFound');
    return;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  let file = join(rendererDir, relative);
  if (!file.startsWith(rendererDir + sep) && file !== rendererDir) {
    sendRefusal(res, 404, 'not_found', 'errors.notFound');
    return;
  }
  // Client-side routes all load the app shell.
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(rendererDir, 'index.html');
  if (!existsSync(file)) {
    sendRefusal(res, 500, 'not_built', 'errors.host.notBuilt');
    return;
  }
  const immutable = relative.startsWith('assets/');
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

function headerText(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function declaredLength(req: IncomingMessage): number {
  const n = Number(req.headers['content-length'] ?? 0);
  return Number.isFinite(n) ? n : 0;
}

async function handleApi(host: Host, req: IncomingMessage, res: ServerResponse, methodName: string, transport: Transport): Promise<void> {
  if (req.method !== 'POST') {
    sendRefusal(res, 405, 'method_not_allowed', 'errors.host.usePost', {}, { Allow: 'POST' });
    return;
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    sendRefusal(res, 415, 'unsupported_media_type', 'errors.host.sendJson');
    return;
  }
  // Who is calling decides how much we are willing to read, before a byte of the body is read.
  const token = sessionToken(req);
  const limit = host.sessions.peek(token, host.now().getTime(), host.settings.sessionTimeoutMinutes)
    ? sessionBodyBytes
    : anonymousBodyBytes;
  if (declaredLength(req) > limit) {
    refuseBody(req, res, limit);
    return;
  }
  let input: unknown;
  try {
    const text = await readBody(req, limit);
    input = text.trim() ? JSON.parse(text) : {};
  } catch (err) {
    if (err instanceof BodyTooLarge) refuseBody(req, res, limit);
    else sendRefusal(res, 400, 'bad_json', 'errors.host.badJson');
    return;
  }
  // A client that has seen a higher epoch knows another PC took over: this host fences itself.
  const heard = epochOf(headerText(req.headers[epochHeader.toLowerCase()]));
  if (heard !== null) host.heardOfEpoch(heard);
  const cookies: string[] = [];
  const outcome = await dispatch(host, {
    method: methodName,
    input,
    sessionToken: token,
    caller: req.socket.remoteAddress ?? 'unknown',
    // A retried write sends the key it was first sent with: dispatch answers the first answer (host/idempotency.ts).
    idempotencyKey: typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : undefined,
    ...(transport.device ? { device: transport.device } : {}),
    setSessionToken: (next) => {
      // Over the office LAN the cookie is sent over HTTPS only.
      const secure = transport.lan ? '; Secure' : '';
      cookies.push(
        next
          ? `${cookieName}=${encodeURIComponent(next)}; HttpOnly; SameSite=Strict; Path=/${secure}`
          : `${cookieName}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0${secure}`,
      );
    },
  });
  const headers: Record<string, string | string[]> = {
    [epochHeader]: String(host.epoch),
    [hostNameHeader]: encodeURIComponent(hostname()),
    ...(cookies.length ? { 'Set-Cookie': cookies } : {}),
  };
  if (outcome.ok) sendJson(res, 200, { result: outcome.result ?? null }, headers);
  else {
    // A throttled login (429) or a busy database (503) says when to try again.
    const wait = outcome.status === 429 || outcome.status === 503 ? outcome.error.values.seconds : undefined;
    sendJson(res, outcome.status, { error: outcome.error }, wait === undefined ? headers : { ...headers, 'Retry-After': String(wait) });
  }
}

/**
 * `POST /upload/restore`: a backup file streamed to the data folder's tmp/ (never held in memory),
 * answered with the id that admin.inspectBackup and admin.restore take. Only a caller who may
 * restore may send one.
 */
async function handleUpload(host: Host, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') {
    sendRefusal(res, 405, 'method_not_allowed', 'errors.host.usePost', {}, { Allow: 'POST' });
    return;
  }
  const session = host.sessions.peek(sessionToken(req), host.now().getTime(), host.settings.sessionTimeoutMinutes);
  if (!session) {
    sendRefusal(res, 401, 'not_logged_in', 'errors.notLoggedIn', {}, { Connection: 'close' });
    res.once('finish', () => req.destroy());
    return;
  }
  if (!roleAllows(session.role, 'backup.restore')) {
    sendRefusal(res, 403, 'forbidden', 'errors.forbidden', { method: 'admin.restore' }, { Connection: 'close' });
    res.once('finish', () => req.destroy());
    return;
  }
  try {
    const uploadId = await receiveUpload(req, host.tmpDir);
    sendJson(res, 200, { result: { uploadId } });
  } catch (err) {
    if (err instanceof BodyTooLarge) refuseBody(req, res, err.limit);
    else throw err;
  }
}

function allowedHost(req: IncomingMessage, server: Server, hostNames: readonly string[]): boolean {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const given = (req.headers.host ?? '').toLowerCase();
  return hostNames.some((name) => given === `${name.toLowerCase()}:${port}`);
}

/** The browser host: the built renderer and `POST /api/<method>` through the same dispatch as IPC. */
export function createHttpHost(host: Host, rendererDir: string, options: HttpHostOptions = {}): Server {
  const hostNames = options.hostNames ?? loopbackHostNames;
  const lan = options.tls !== undefined;
  const listener: RequestListener = (req, res) => {
    req.on('error', () => res.destroy());
    const failed = (err: unknown) => {
      const reference = host.log('HTTP request failed', err);
      if (!res.headersSent) sendRefusal(res, 500, 'internal', 'errors.internal', { reference });
      else res.destroy();
    };
    try {
      // A page whose name was rebound to 127.0.0.1 sends its own name: it is not us.
      if (!allowedHost(req, server, hostNames)) {
        sendRefusal(res, 421, 'unknown_host', 'errors.host.unknownHost', {}, { Connection: 'close' });
        res.once('finish', () => req.destroy());
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
      if (isApi || url.pathname === '/upload/restore') {
        if (crossOrigin(req, lan)) {
          sendRefusal(res, 403, 'cross_origin', 'errors.host.crossOrigin', {}, { Connection: 'close' });
          res.once('finish', () => req.destroy());
          return;
        }
        const transport: Transport = { lan };
        if (lan) {
          const token = req.headers[deviceHeader];
          const device = recogniseDevice(
            host.database.sqlite,
            typeof token === 'string' ? token : undefined,
            req.socket.remoteAddress ?? '',
            host.now(),
          );
          // A valid login is not enough over the LAN: the PC itself must be one the office paired.
          if (!device && url.pathname !== `/api/${pairMethod}`) {
            sendRefusal(res, 401, 'device_unknown', 'errors.devices.unknown', {}, { Connection: 'close' });
            res.once('finish', () => req.destroy());
            return;
          }
          if (device) transport.device = device;
        }
        if (!isApi) {
          handleUpload(host, req, res).catch(failed);
          return;
        }
        if (url.pathname === '/api' || url.pathname === '/api/') {
          sendJson(res, 200, { methods: methodCatalogue() });
          return;
        }
        handleApi(host, req, res, url.pathname.slice('/api/'.length), transport).catch(failed);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendRefusal(res, 405, 'method_not_allowed', 'errors.host.notAllowed');
        return;
      }
      serveStatic(res, rendererDir, url.pathname);
    } catch (err) {
      failed(err);
    }
  };
  const server = options.tls ? createTlsServer({ key: options.tls.key, cert: options.tls.cert }, listener) : createServer(listener);
  // A client that sends garbage must not leave a socket error unhandled.
  server.on('clientError', (_err, socket) => socket.destroy());
  // Node closes an idle kept-alive socket after 5 s; a client reusing it at that moment gets its
  // request cut ("socket hang up", seen in CI). Browsers and HTTP clients keep idle sockets far
  // longer than 5 s, so the host keeps them a minute, the headers' limit just above it.
  server.keepAliveTimeout = 61_000;
  server.headersTimeout = 62_000;
  return server;
}
