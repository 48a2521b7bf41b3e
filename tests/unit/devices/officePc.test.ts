import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { officeForwarder } from '../../../electron/client/officeForwarder';
import { OfficePc } from '../../../electron/client/officePc';
import { readOfficeRecord } from '../../../electron/client/officeRecord';
import { Host } from '../../../electron/host/host';
import { OfficeHost } from '../../../electron/host/officeHost';
import { adminPassword, migrationsFolder } from '../testHost';
import { lanOffice, type LanOffice } from './lanHost';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function folder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `suraksha-${name}-`));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function office(): Promise<LanOffice> {
  const lan = await lanOffice('127.0.0.2');
  cleanups.push(() => lan.close());
  return lan;
}

async function paired(lan: LanOffice, forward: ReturnType<typeof officeForwarder> | OfficePc) {
  const call = (m: string, i: unknown, s: string | null) => (forward instanceof OfficePc ? forward.call(m, i, s) : forward(m, i, s));
  const { code } = await lan.office.ok('devices.pairingCode', {}, lan.office.admin);
  expect((await call('devices.pair', { code, deviceName: 'Case worker laptop' }, null)).outcome.ok).toBe(true);
  const login = await call('auth.login', { username: 'anita', password: adminPassword }, null);
  return login.session ?? null;
}

describe('a connected PC and the host’s epoch', () => {
  it('follows the promoted standby and refuses the old host when it comes back, in words naming the current host', async () => {
    const a = await office();
    const standby = folder('standby');
    await a.office.ok('standby.setFolder', { folder: standby }, a.office.admin);
    const forward = officeForwarder(a.store, { address: a.address, port: a.port });
    let session = await paired(a, forward);
    await a.office.ok('standby.copyNow', {}, a.office.admin);
    expect((await forward('auth.me', {}, session)).outcome.ok).toBe(true);
    expect(readOfficeRecord(a.store).highest).toMatchObject({ epoch: 1, address: a.address, port: a.port });

    // The host PC is off; the standby takes over with the old host's certificate and address (no PC pairs again).
    await a.officeHost.stop();
    const bData = folder('standby-pc');
    const b = await Host.open({ dataDir: bData, migrationsFolder, log: () => undefined, snapshotOf: standby });
    cleanups.push(() => b.close());
    let bToken: string | null = null;
    const onB = (method: string, input: unknown) =>
      dispatch(b, { method, input, sessionToken: bToken, setSessionToken: (t) => (bToken = t) });
    await onB('auth.login', { username: 'anita', password: adminPassword });
    expect(await onB('standby.promote', {})).toMatchObject({ ok: true, result: { epoch: 2 } });
    cpSync(join(a.office.dataDir, 'office-host'), join(bData, 'office-host'), { recursive: true });
    const bLan = new OfficeHost(b, '/nonexistent-renderer');
    cleanups.push(() => bLan.stop());
    await bLan.apply({ on: true, addresses: [a.address], port: a.port });

    session = (await forward('auth.login', { username: 'anita', password: adminPassword }, null)).session ?? null;
    expect((await forward('auth.me', {}, session)).outcome).toMatchObject({ ok: true, result: { username: 'anita' } });
    const highest = readOfficeRecord(a.store).highest;
    expect(highest).toMatchObject({ epoch: 2, address: a.address, port: a.port });
    expect(highest?.hostName).toEqual(expect.any(String));

    // The new host goes away and the old one comes back at the address: nothing it answers is used.
    await bLan.stop();
    await a.officeHost.resume();
    expect(a.office.host.mode.kind).toBe('live');
    const { code } = await a.office.ok('devices.pairingCode', {}, a.office.admin);
    const answer = await forward('auth.login', { username: 'anita', password: adminPassword }, null);
    expect(answer.session).toBeUndefined();
    expect(answer.outcome).toMatchObject({
      ok: false,
      status: 409,
      error: { code: 'older_host', key: 'errors.host.olderHostNamed', values: { address: a.address, epoch: 2 } },
    });
    if (answer.outcome.ok) throw new Error('the old host was taken');
    expect(answer.outcome.error.message).toContain(`the current host is ${highest?.hostName ?? ''}, ${a.address}:${a.port}`);
    // The client told it of epoch 2: the old host fenced itself.
    expect(a.office.host.mode.kind).toBe('fenced');

    // Pairing with the old host again is refused too, and the pairing with the current host stays.
    const before = readOfficeRecord(a.store);
    const again = await officeForwarder(a.store, { address: a.address, port: a.port })('devices.pair', { code, deviceName: 'x' }, null);
    expect(again.outcome).toMatchObject({ ok: false, error: { code: 'older_host' } });
    expect(readOfficeRecord(a.store)).toEqual(before);

    // Forgetting a pairing keeps the epoch and the host's address (to pair again).
    const [device] = await onB('devices.list', {}).then((o) => (o.ok ? (o.result as { id: number }[]) : []));
    await a.officeHost.stop();
    await bLan.resume();
    await onB('devices.revoke', { id: device?.id ?? 0 });
    expect((await forward('auth.me', {}, null)).outcome).toMatchObject({ ok: false, error: { code: 'device_unknown' } });
    expect(readOfficeRecord(a.store)).toMatchObject({ connection: null, host: { address: a.address }, highest: { epoch: 2 } });
  }, 60_000);
});

describe('a connected PC when the office host cannot be reached', () => {
  it('says so with the latest snapshot’s time, opens it read-only, refuses saves, and goes back to the host', async () => {
    const a = await office();
    const standby = folder('standby');
    const school = await a.office.ok(
      'schools.create',
      { name: 'Uttar Bagundi F.P. School', udise: '19112300101', type: 'primary' },
      a.office.admin,
    );
    await a.office.ok(
      'children.create',
      { nameEn: 'Priya Mondal', sex: 'female', ageYears: 9, schoolId: school.id, classGrade: 4 },
      a.office.admin,
    );
    await a.office.ok('standby.setFolder', { folder: standby }, a.office.admin);
    const { takenAt } = await a.office.ok('standby.copyNow', {}, a.office.admin);
    const pc = new OfficePc({
      store: a.store,
      target: { address: a.address, port: a.port },
      dataDir: folder('pc'),
      migrationsFolder,
      log: () => undefined,
    });
    cleanups.push(() => pc.close());
    const session = await paired(a, pc);

    // Not known yet where the snapshots are: the host is unreachable, and nothing can be opened.
    await a.officeHost.stop();
    expect((await pc.call('setup.status', {}, session)).outcome).toMatchObject({
      ok: false,
      status: 0,
      error: { code: 'host_unreachable', key: 'errors.devices.hostUnreachable', values: { address: a.address } },
    });
    expect(await pc.openSnapshot()).toMatchObject({ ok: false, error: { code: 'standby_missing' } });

    // An administrator's look at the standby card tells this PC where the snapshots are.
    await a.officeHost.resume();
    expect((await pc.call('standby.status', {}, session)).outcome).toMatchObject({ ok: true, result: { folder: standby } });
    expect(readOfficeRecord(a.store).standbyFolder).toBe(standby);
    await a.officeHost.stop();
    const down = (await pc.call('children.search', { q: 'Mondal' }, session)).outcome;
    expect(down).toMatchObject({
      ok: false,
      error: {
        code: 'host_unreachable',
        key: 'errors.devices.hostUnreachableSnapshot',
        values: { address: a.address, snapshotTakenAt: takenAt },
      },
    });
    if (down.ok) throw new Error('answered');
    expect(down.error.message).toMatch(/The latest snapshot \(\d\d\/\d\d\/\d{4} \d\d:\d\d\) can be opened/);

    // Open the latest snapshot: the banner's time, a child found, a save refused.
    expect(await pc.openSnapshot()).toMatchObject({ ok: true, result: { showing: 'snapshot', takenAt } });
    expect(pc.state()).toMatchObject({ showing: 'snapshot', takenAt });
    expect((await pc.call('standby.status', {}, null)).outcome).toMatchObject({
      ok: true,
      result: { mode: 'snapshot', snapshotTakenAt: takenAt },
    });
    const local = (await pc.call('auth.login', { username: 'anita', password: adminPassword }, null)).session ?? null;
    const found = (await pc.call('children.search', { q: 'Mondal' }, local)).outcome;
    expect(found).toMatchObject({ ok: true, result: { rows: [{ nameEn: 'Priya Mondal' }] } });
    const save = await pc.call(
      'children.create',
      { nameEn: 'Tania Sardar', sex: 'female', ageYears: 9, schoolId: school.id, classGrade: 4 },
      local,
    );
    expect(save.outcome).toMatchObject({ ok: false, status: 423, error: { code: 'read_only', key: 'errors.host.readOnly' } });

    // "Try the office host again": back on the host, which is live and answers.
    await a.officeHost.resume();
    await pc.backToHost();
    expect(pc.state()).toEqual({ showing: 'host' });
    expect((await pc.call('standby.status', {}, session)).outcome).toMatchObject({ ok: true, result: { mode: 'live' } });
  }, 60_000);
});
