import { createReadStream } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpHost } from '../../../electron/host/http';
import { adminPassword, officeWithAdmin } from '../testHost';

export interface Serving {
  office: Awaited<ReturnType<typeof officeWithAdmin>>;
  port: number;
  base: string;
  post(method: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Logs in as the administrator over HTTP and answers the cookie to send. */
  adminCookie(): Promise<string>;
  close(): void;
}

/** A set-up office served over HTTP on a free port of 127.0.0.1, as `npm run serve` does. */
export async function serving(): Promise<Serving> {
  const office = await officeWithAdmin();
  const server = createHttpHost(office.host, '/nonexistent-renderer');
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  return {
    office,
    port,
    base,
    post,
    adminCookie: async () => {
      const login = await post('auth.login', { username: 'anita', password: adminPassword });
      return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    },
    close: () => {
      server.closeAllConnections();
      server.close();
      office.cleanup();
    },
  };
}

export interface StreamedAnswer {
  status: number;
  body: string;
  sent: number;
}

/**
 * POSTs `totalBytes` generated as a stream (one 1 MB chunk reused, never the whole body in memory)
 * and answers what the host said and how much of the body it took before answering.
 */
export function streamBody(
  port: number,
  path: string,
  totalBytes: number,
  headers: Record<string, string>,
  fill = 0x20,
): Promise<StreamedAnswer> {
  const chunk = Buffer.alloc(1024 * 1024, fill);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered: StreamedAnswer | null = null;
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        answered = { status: res.statusCode ?? 0, body, sent };
        resolve(answered);
      });
      res.on('error', () => answered ?? resolve({ status: res.statusCode ?? 0, body, sent }));
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    const pump = () => {
      while (sent < totalBytes) {
        const piece = totalBytes - sent >= chunk.length ? chunk : chunk.subarray(0, totalBytes - sent);
        sent += piece.length;
        if (!req.write(piece)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

/** POSTs a file from disk as a stream, as a browser sends a chosen file. */
export function streamFile(port: number, path: string, file: string, headers: Record<string, string>): Promise<StreamedAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sent: 0 }));
    });
    req.on('error', reject);
    createReadStream(file).pipe(req);
  });
}
