import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { z } from 'zod';
import { dispatch } from '../api/dispatch';
import { registry } from '../api/registry';
import type { Host } from './host';

const cookieName = 'suraksha_session';
// A restore upload is the largest body: a backup of a block office, base64-encoded.
const maxBodyBytes = 700 * 1024 * 1024;

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
    if (name === cookieName) return decodeURIComponent(rest.join('='));
  }
  return null;
}

function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string | string[]> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Cross-site requests are refused: a page on another origin must not drive the office's data
 * through a logged-in browser. Browsers send Origin on every POST and Sec-Fetch-Site where known.
 */
function crossOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin && origin !== `http://${req.headers.host ?? ''}`) return true;
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
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  let file = join(rendererDir, relative);
  if (!file.startsWith(rendererDir + sep) && file !== rendererDir) {
    sendJson(res, 404, { error: { code: 'not_found', message: 'Not found' } });
    return;
  }
  // Client-side routes all load the app shell.
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(rendererDir, 'index.html');
  if (!existsSync(file)) {
    sendJson(res, 500, { error: { code: 'not_built', message: 'The renderer is not built: run npm run build' } });
    return;
  }
  const immutable = relative.startsWith('assets/');
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}

async function handleApi(host: Host, req: IncomingMessage, res: ServerResponse, methodName: string): Promise<void> {
  if (req.method !== 'POST') {
    sendJson(res, 405, { error: { code: 'method_not_allowed', message: 'Use POST with a JSON body' } }, { Allow: 'POST' });
    return;
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    sendJson(res, 415, { error: { code: 'unsupported_media_type', message: 'Send the input as application/json' } });
    return;
  }
  let input: unknown;
  try {
    const text = await readBody(req);
    input = text.trim() ? JSON.parse(text) : {};
  } catch {
    sendJson(res, 400, { error: { code: 'bad_json', message: 'The request body is not valid JSON (or is too large)' } });
    return;
  }
  const cookies: string[] = [];
  const outcome = await dispatch(host, {
    method: methodName,
    input,
    sessionToken: sessionToken(req),
    setSessionToken: (token) => {
      cookies.push(
        token
          ? `${cookieName}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`
          : `${cookieName}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`,
      );
    },
  });
  const headers: Record<string, string[]> = cookies.length ? { 'Set-Cookie': cookies } : {};
  if (outcome.ok) sendJson(res, 200, { result: outcome.result ?? null }, headers);
  else sendJson(res, outcome.status, { error: outcome.error }, headers);
}

/** The browser host: the built renderer and `POST /api/<method>` through the same dispatch as IPC. */
export function createHttpHost(host: Host, rendererDir: string): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      if (crossOrigin(req)) {
        sendJson(res, 403, { error: { code: 'cross_origin', message: 'Cross-origin requests are refused' } });
        return;
      }
      if (url.pathname === '/api' || url.pathname === '/api/') {
        sendJson(res, 200, { methods: methodCatalogue() });
        return;
      }
      handleApi(host, req, res, url.pathname.slice('/api/'.length)).catch((err: unknown) => {
        const reference = host.log('HTTP request failed', err);
        if (!res.headersSent) sendJson(res, 500, { error: { code: 'internal', message: `Internal error (${reference})`, reference } });
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: { code: 'method_not_allowed', message: 'Not allowed' } });
      return;
    }
    serveStatic(res, rendererDir, url.pathname);
  });
}
