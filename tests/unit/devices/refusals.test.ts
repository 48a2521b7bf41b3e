import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficeClient } from '../../../electron/client/officeClient';
import { officeCertificate } from '../../../electron/devices/certificate';
import { createHttpHost } from '../../../electron/host/http';
import { adminPassword, createTestHost, type TestHost } from '../testHost';
import { serving, type Serving } from '../host/serving';
import { lanOffice, rawLan, type LanOffice } from './lanHost';

let lan: LanOffice | undefined;
let plain: Serving | undefined;
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  await lan?.close();
  plain?.close();
  lan = undefined;
  plain = undefined;
  for (const c of cleanups.splice(0)) await c();
});

async function pairedClient(l: LanOffice, name = 'Data entry PC'): Promise<OfficeClient> {
  const { code } = await l.office.ok('devices.pairingCode', {}, l.office.admin);
  const paired = await OfficeClient.pair({ address: l.address, port: l.port }, { code, deviceName: name }, l.store);
  if (!paired.ok) throw new Error(JSON.stringify(paired.outcome));
  return paired.client;
}

describe('what the office LAN host refuses', () => {
  it('refuses a request with a valid login but no device token, or a made-up one, with 401 device_unknown', async () => {
    lan = await lanOffice();
    const client = await pairedClient(lan);
    const login = await client.call('auth.login', { username: 'anita', password: adminPassword }, null);
    const cookie = `suraksha_session=${login.session ?? ''}`;
    expect((await rawLan(lan, 'auth.me', {}, { Cookie: cookie, 'X-Suraksha-Device': client.connection.deviceToken })).status).toBe(200);
    const tries: Record<string, string>[] = [{ Cookie: cookie }, { Cookie: cookie, 'X-Suraksha-Device': 'not-a-token' }];
    for (const headers of tries) {
      const answer = await rawLan(lan, 'auth.me', {}, headers);
      expect(answer.status).toBe(401);
      expect(answer.body.error).toMatchObject({ code: 'device_unknown', key: 'errors.devices.unknown' });
    }
    // Logging in is no way around it either: only pairing is open to an unknown PC.
    expect((await rawLan(lan, 'auth.login', { username: 'anita', password: adminPassword })).body.error).toMatchObject({
      code: 'device_unknown',
    });
  });

  it('refuses a revoked PC at its very next request, logged in or not', async () => {
    lan = await lanOffice();
    const client = await pairedClient(lan, 'Lost laptop');
    const login = await client.call('auth.login', { username: 'anita', password: adminPassword }, null);
    const session = login.session ?? null;
    expect((await client.call('auth.me', {}, session)).outcome.ok).toBe(true);
    const [device] = await lan.office.ok('devices.list', {}, lan.office.admin);
    await lan.office.ok('devices.revoke', { id: device?.id ?? 0 }, lan.office.admin);
    const after = await client.call('auth.me', {}, session);
    expect(after.outcome).toMatchObject({ ok: false, status: 401, error: { code: 'device_unknown' } });
    const listed = await lan.office.ok('devices.list', {}, lan.office.admin);
    expect(listed[0]).toMatchObject({ name: 'Lost laptop', revokedAt: '2026-11-24T09:00:00.000Z' });
  });

  it('lets the PC itself call over plain HTTP on 127.0.0.1 with no device token', async () => {
    plain = await serving();
    const cookie = await plain.adminCookie();
    const me = await plain.post('auth.me', {}, { Cookie: cookie });
    expect(me.status).toBe(200);
  });

  it('a paired PC refuses a host with another certificate on the same address and port, and sends it nothing', async () => {
    lan = await lanOffice('127.0.0.3');
    const client = await pairedClient(lan);
    const { address, port } = lan;
    await lan.officeHost.stop();
    // Another Suraksha, with its own key, now answers at the same address and port.
    const other: TestHost = await createTestHost();
    const otherDir = mkdtempSync(join(tmpdir(), 'suraksha-impostor-'));
    const otherCert = await officeCertificate(otherDir, other.host.now());
    const impostor = createHttpHost(other.host, '/nonexistent-renderer', { hostNames: [address], tls: otherCert }) as Server;
    let requests = 0;
    impostor.on('request', () => (requests += 1));
    await new Promise<void>((done) => impostor.listen(port, address, done));
    cleanups.push(
      () => new Promise<void>((done) => impostor.close(() => done())),
      () => other.cleanup(),
      () => rmSync(otherDir, { recursive: true, force: true }),
    );
    expect(otherCert.fingerprint).not.toBe(client.connection.fingerprint);
    const answer = await client.call('auth.login', { username: 'anita', password: adminPassword }, null);
    expect(answer.outcome).toMatchObject({
      ok: false,
      error: { code: 'host_certificate_changed', key: 'errors.devices.hostChanged', values: { address } },
    });
    expect(requests).toBe(0);
  });

  it('refuses a public address, or every address, as one to listen on; the setting is not saved', async () => {
    lan = await lanOffice();
    for (const address of ['8.8.8.8', '0.0.0.0', '::', '2001:db8::1', 'office-pc']) {
      const refused = await lan.office.raw(
        'officeHost.update',
        { on: true, addresses: ['127.0.0.2', address], port: lan.port },
        lan.office.admin,
      );
      expect(refused).toMatchObject({ ok: false, status: 400, error: { field: 'addresses.1' } });
      if (!refused.ok)
        expect(refused.error.key).toBe(address === 'office-pc' ? 'errors.devices.notAnAddress' : 'errors.devices.publicAddress');
    }
    const status = await lan.office.ok('officeHost.status', {}, lan.office.admin);
    expect(status.config.addresses).toEqual(['127.0.0.2']);
    expect(status.listening).toEqual([{ address: '127.0.0.2', port: lan.port, problem: null }]);
    // The private ranges are accepted.
    const ok = await lan.office.raw(
      'officeHost.update',
      { on: false, addresses: ['192.168.1.20', '10.0.0.5', '172.20.1.1', '169.254.3.4', 'fd12::1', 'fe80::1%eth0'], port: lan.port },
      lan.office.admin,
    );
    expect(ok.ok).toBe(true);
  });

  it('turns the office host off at once from the setting', async () => {
    lan = await lanOffice();
    const client = await pairedClient(lan);
    await lan.office.ok('officeHost.update', { on: false, addresses: [lan.address], port: lan.port }, lan.office.admin);
    const answer = await client.call('setup.status', {}, null);
    expect(answer.outcome).toMatchObject({ ok: false, error: { code: 'network', key: 'errors.devices.hostUnreachable' } });
    const audit = await lan.office.ok('audit.list', { q: 'officeHost' }, lan.office.admin);
    expect(audit.rows.map((r) => r.action)).toEqual(['officeHost.off', 'officeHost.on']);
  });
});
