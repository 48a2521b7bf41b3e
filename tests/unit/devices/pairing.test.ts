import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficeClient } from '../../../electron/client/officeClient';
import { certificateFiles } from '../../../electron/devices/certificate';
import { tokenHash } from '../../../electron/devices/deviceStore';
import { adminPassword } from '../testHost';
import { lanOffice, rawLan, type LanOffice } from './lanHost';

let lan: LanOffice | undefined;
afterEach(async () => {
  await lan?.close();
  lan = undefined;
});

async function code(l: LanOffice): Promise<string> {
  return (await l.office.ok('devices.pairingCode', {}, l.office.admin)).code;
}

async function pair(l: LanOffice, pairingCode: string, deviceName = 'Data entry PC') {
  return OfficeClient.pair({ address: l.address, port: l.port }, { code: pairingCode, deviceName }, l.store);
}

function auditActions(l: LanOffice): string[] {
  return (l.office.host.database.sqlite.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]).map(
    (r) => r.action,
  );
}

describe('pairing a PC with the office host over HTTPS', () => {
  it('pairs with the code: the PC gets the certificate fingerprint and a token the host keeps only as a hash', async () => {
    lan = await lanOffice();
    const paired = await pair(lan, await code(lan));
    if (!paired.ok) throw new Error(JSON.stringify(paired.outcome));
    const cert = readFileSync(certificateFiles(lan.office.dataDir).cert, 'utf8');
    expect(paired.fingerprint).toBe(new X509Certificate(cert).fingerprint256);
    expect(paired.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    // The key is readable by this user only.
    expect(statSync(certificateFiles(lan.office.dataDir).key).mode & 0o777).toBe(0o600);
    const token = paired.client.connection.deviceToken;
    const rows = lan.office.host.database.sqlite.prepare('SELECT * FROM devices').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(tokenHash(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    // The same PC, started again, finds its pairing in its secret store.
    expect(OfficeClient.load(lan.store)?.connection).toEqual(paired.client.connection);
  });

  it('refuses a wrong code, and closes the code after 5 wrong tries; every try is audited', async () => {
    lan = await lanOffice();
    const right = await code(lan);
    const wrong = right === '12345678' ? '87654321' : '12345678';
    const first = await pair(lan, wrong);
    expect(first.ok).toBe(false);
    if (!first.ok)
      expect(first.outcome).toMatchObject({ ok: false, status: 403, error: { key: 'errors.devices.codeWrong', field: 'code' } });
    for (let i = 0; i < 4; i += 1) await pair(lan, wrong);
    const closed = await pair(lan, right);
    if (closed.ok) throw new Error('paired with a closed code');
    expect(closed.outcome).toMatchObject({ error: { key: 'errors.devices.codeClosed' } });
    expect(auditActions(lan).filter((a) => a.startsWith('devices.pair'))).toEqual([
      'devices.pairingCode',
      ...Array<string>(5).fill('devices.pairWrong'),
      'devices.pairClosed',
    ]);
    expect(lan.office.host.database.sqlite.prepare('SELECT count(*) AS n FROM devices').get()).toEqual({ n: 0 });
  });

  it('refuses a code after its 10 minutes (the host’s clock)', async () => {
    lan = await lanOffice();
    const c = await code(lan);
    lan.office.advance(11);
    const late = await pair(lan, c);
    if (late.ok) throw new Error('paired with an expired code');
    expect(late.outcome).toMatchObject({ status: 403, error: { key: 'errors.devices.codeExpired' } });
    expect(auditActions(lan)).toContain('devices.pairExpired');
  });

  it('refuses a code used once already', async () => {
    lan = await lanOffice();
    const c = await code(lan);
    expect((await pair(lan, c, 'Case worker laptop')).ok).toBe(true);
    const again = await pair(lan, c, 'Someone else');
    if (again.ok) throw new Error('paired twice with one code');
    expect(again.outcome).toMatchObject({ error: { key: 'errors.devices.codeUsed' } });
    const names = lan.office.host.database.sqlite.prepare('SELECT name FROM devices').all();
    expect(names).toEqual([{ name: 'Case worker laptop' }]);
  });

  it('says what is wrong with a badly typed code and a missing name, both at once', async () => {
    lan = await lanOffice();
    await code(lan);
    const answer = await rawLan(lan, 'devices.pair', { code: '1234', deviceName: ' ' });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({
      fields: [
        { field: 'code', key: 'errors.devices.codeFormat' },
        { field: 'deviceName', key: 'errors.devices.nameRequired' },
      ],
    });
  });

  it('lets a paired PC log in with its user’s own password; the audit log and the device list name the PC', async () => {
    lan = await lanOffice();
    const paired = await pair(lan, await code(lan), 'Coordinator PC');
    if (!paired.ok) throw new Error(JSON.stringify(paired.outcome));
    await lan.office.ok('auth.login', { username: 'anita', password: adminPassword }, { token: null });
    const login = await paired.client.call('auth.login', { username: 'anita', password: adminPassword }, null);
    expect(login.outcome.ok).toBe(true);
    expect(typeof login.session).toBe('string');
    const session = login.session ?? null;
    const saved = await paired.client.call(
      'schools.create',
      { name: 'Ghoshpara Primary School', udise: '19112300101', type: 'primary' },
      session,
    );
    expect(saved.outcome).toMatchObject({ ok: true });
    const audit = await lan.office.ok('audit.list', { q: 'schools' }, lan.office.admin);
    expect(audit.rows.find((r) => r.action === 'schools.create')).toMatchObject({ deviceName: 'Coordinator PC' });
    const login2 = (await lan.office.ok('audit.list', { q: 'anita' }, lan.office.admin)).rows.filter((r) => r.action === 'auth.login');
    // The administrator's own login on the host PC has no device; the one from the paired PC has.
    expect(login2.map((r) => r.deviceName)).toEqual(['Coordinator PC', null]);
    const [device] = await lan.office.ok('devices.list', {}, lan.office.admin);
    expect(device).toMatchObject({ name: 'Coordinator PC', revokedAt: null, lastAddress: expect.stringMatching(/^127\./) as string });
    expect(device?.lastUsedAt).toBe('2026-11-24T09:00:00.000Z');
  });
});
