import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSecretStore, type SecretStore } from '../../../electron/client/secretStore';
import { OfficeHost } from '../../../electron/host/officeHost';
import { freePort } from '../../fixtures/freePort';
import { officeWithAdmin } from '../testHost';

export interface LanOffice {
  office: Awaited<ReturnType<typeof officeWithAdmin>>;
  officeHost: OfficeHost;
  address: string;
  port: number;
  /** A secret store in a folder of its own, as a second PC would have. */
  store: SecretStore;
  close(): Promise<void>;
}

/** A set-up office whose administrator made it the office host on `address` (a 127.0.0.x loopback address). */
export async function lanOffice(address = '127.0.0.2', port?: number): Promise<LanOffice> {
  const office = await officeWithAdmin();
  const officeHost = new OfficeHost(office.host, '/nonexistent-renderer');
  const chosen = port ?? (await freePort(address));
  await office.ok('officeHost.update', { on: true, addresses: [address], port: chosen }, office.admin);
  const pcDir = mkdtempSync(join(tmpdir(), 'suraksha-pc-'));
  return {
    office,
    officeHost,
    address,
    port: chosen,
    store: fileSecretStore(join(pcDir, 'office-connection')),
    close: async () => {
      await officeHost.stop();
      office.cleanup();
      rmSync(pcDir, { recursive: true, force: true });
    },
  };
}

export interface RawAnswer {
  status: number;
  body: { result?: unknown; error?: { code: string; key: string } };
  setCookie: string[];
}

/** A request to the LAN host as any HTTPS client could send it (the certificate not checked). */
export function rawLan(
  lan: { address: string; port: number },
  method: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const payload = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: lan.address,
        port: lan.port,
        method: 'POST',
        path: `/api/${method}`,
        rejectUnauthorized: false,
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as RawAnswer['body'], setCookie: res.headers['set-cookie'] ?? [] }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
