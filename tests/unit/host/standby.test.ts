import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, type CallOutcome } from '../../../electron/api/dispatch';
import { checkHostEpoch } from '../../../electron/host/epoch';
import { Host } from '../../../electron/host/host';
import { startHost, type Every } from '../../../electron/host/start';
import { adminPassword, migrationsFolder, officeWithAdmin } from '../testHost';

const folders: string[] = [];
const hosts: Host[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `suraksha-${name}-`));
  folders.push(dir);
  return dir;
}

/** A caller of one host, logged in as the office's administrator. */
async function administrator(host: Host) {
  let token: string | null = null;
  const raw = (method: string, input: unknown): Promise<CallOutcome> =>
    dispatch(host, { method, input, sessionToken: token, setSessionToken: (next) => (token = next) });
  const ok = async <T = Record<string, unknown>>(method: string, input: unknown): Promise<T> => {
    const outcome = await raw(method, input);
    if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
    return outcome.result as T;
  };
  await ok('auth.login', { username: 'anita', password: adminPassword });
  return { raw, ok };
}

/** The office's data folder with its administrator and one school, its host closed again. */
async function officeFolder(): Promise<{ dataDir: string; schoolId: number }> {
  const t = await officeWithAdmin();
  const school = await t.ok('schools.create', { name: 'Uttar Bagundi F.P. School', udise: '19112300101', type: 'primary' }, t.admin);
  t.host.close();
  folders.push(t.dataDir);
  return { dataDir: t.dataDir, schoolId: school.id };
}

const child = (schoolId: number, nameEn: string) => ({ nameEn, sex: 'female', ageYears: 9, schoolId, classGrade: 4 });

function childrenIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT name_en AS name FROM children ORDER BY id').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

describe('the standby snapshot', () => {
  it('is copied on the 15-minute tick and at a graceful stop, whole, with its marker', async () => {
    const { dataDir, schoolId } = await officeFolder();
    const standby = folder('standby');
    let tick: (() => void) | null = null;
    let every: number | null = null;
    const manual: Every = (ms, run) => {
      every = ms;
      tick = run;
      return () => (tick = null);
    };
    const running = await startHost({ dataDir, migrationsFolder, log: () => undefined, every: manual, firstBackupDelayMs: 3_600_000 });
    const admin = await administrator(running.host);
    expect(every).toBe(15 * 60 * 1000);
    await admin.ok('standby.setFolder', { folder: standby });
    await admin.ok('children.create', child(schoolId, 'Priya Mondal'));
    expect(existsSync(join(standby, 'suraksha-standby.sqlite'))).toBe(false);

    if (!tick) throw new Error('no standby timer');
    (tick as () => void)();
    await running.host.copyToStandby();
    expect(childrenIn(join(standby, 'suraksha-standby.sqlite'))).toEqual(['Priya Mondal']);
    const marker = JSON.parse(readFileSync(join(standby, 'standby.json'), 'utf8')) as { epoch: number; takenAt: string; hostName: string };
    expect(marker.epoch).toBe(1);
    expect(marker.hostName).not.toBe('');
    const status = await admin.ok<{ lastSnapshotAt: string; folder: string }>('standby.status', {});
    expect(status).toMatchObject({ lastSnapshotAt: marker.takenAt, folder: standby });

    await admin.ok('children.create', child(schoolId, 'Tania Sardar'));
    await running.stop();
    expect(tick).toBeNull();
    expect(childrenIn(join(standby, 'suraksha-standby.sqlite'))).toEqual(['Priya Mondal', 'Tania Sardar']);
    expect(existsSync(join(standby, 'standby.json.partial'))).toBe(false);
  });

  it('refuses a standby folder that does not exist or is not a full path, naming the field', async () => {
    const { dataDir } = await officeFolder();
    const host = await Host.open({ dataDir, migrationsFolder, log: () => undefined });
    hosts.push(host);
    const admin = await administrator(host);
    const missing = await admin.raw('standby.setFolder', { folder: join(dataDir, 'no-such-folder') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'backup_folder', field: 'folder' } });
    const relative = await admin.raw('standby.setFolder', { folder: 'standby' });
    expect(relative).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'folder' } });
    const copy = await admin.raw('standby.copyNow', {});
    expect(copy).toMatchObject({ ok: false, error: { key: 'errors.host.standbyNoFolder' } });
  });

  it('opens read-only on the standby: search works, a save is refused in words, promotion raises the epoch and fences the old host', async () => {
    const { dataDir, schoolId } = await officeFolder();
    const standby = folder('standby');
    const old = await Host.open({ dataDir, migrationsFolder, log: () => undefined });
    const oldAdmin = await administrator(old);
    await oldAdmin.ok('standby.setFolder', { folder: standby });
    await oldAdmin.ok('children.create', child(schoolId, 'Priya Mondal'));
    await oldAdmin.ok('standby.copyNow', {});
    old.close();

    // The host PC is off: the standby opens the snapshot.
    const standbyData = folder('standby-pc');
    const view = await Host.open({ dataDir: standbyData, migrationsFolder, log: () => undefined, snapshotOf: standby });
    hosts.push(view);
    const reader = await administrator(view);
    const status = await reader.ok<{ mode: string; snapshotTakenAt: string; epoch: number }>('standby.status', {});
    expect(status.mode).toBe('snapshot');
    expect(status.epoch).toBe(1);
    const found = await reader.ok<{ rows: { nameEn: string }[] }>('children.search', { q: 'Mondal' });
    expect(found.rows.map((r) => r.nameEn)).toEqual(['Priya Mondal']);
    const refused = await reader.raw('children.create', child(schoolId, 'Tania Sardar'));
    expect(refused).toMatchObject({ ok: false, status: 423, error: { code: 'read_only', key: 'errors.host.readOnly' } });
    if (refused.ok) throw new Error('saved on a snapshot');
    expect(refused.error.message).toMatch(/^This is the snapshot of \d\d\/\d\d\/\d{4} \d\d:\d\d, read-only: nothing can be saved here/);
    expect((await reader.ok<{ rows: unknown[] }>('children.search', { q: 'Tania' })).rows).toEqual([]);

    // "Make this PC the host": one epoch up, written back to the marker, and saving works here now.
    const promoted = await reader.ok<{ epoch: number }>('standby.promote', {});
    expect(promoted.epoch).toBe(2);
    expect(JSON.parse(readFileSync(join(standby, 'standby.json'), 'utf8'))).toMatchObject({ epoch: 2 });
    expect(view.mode.kind).toBe('live');
    expect(view.epoch).toBe(2);
    await reader.ok('children.create', child(schoolId, 'Tania Sardar'));
    expect(childrenIn(join(standbyData, 'suraksha.sqlite'))).toEqual(['Priya Mondal', 'Tania Sardar']);

    // The old host is switched on again: it finds the higher epoch and saves nothing.
    const back = await Host.open({ dataDir, migrationsFolder, log: () => undefined });
    hosts.push(back);
    expect(back.mode.kind).toBe('fenced');
    const backAdmin = await administrator(back);
    const fenced = await backAdmin.raw('children.create', child(schoolId, 'Rina Das'));
    expect(fenced).toMatchObject({ ok: false, error: { code: 'fenced', key: 'errors.host.fenced' } });
    // …and it does not overwrite the new host's snapshot.
    expect(await back.copyToStandby()).toBeNull();
    expect(JSON.parse(readFileSync(join(standby, 'standby.json'), 'utf8'))).toMatchObject({ epoch: 2 });
  });

  it('fences a host a client tells of a higher epoch', async () => {
    const { dataDir, schoolId } = await officeFolder();
    const host = await Host.open({ dataDir, migrationsFolder, log: () => undefined });
    hosts.push(host);
    const admin = await administrator(host);
    host.heardOfEpoch(1);
    await admin.ok('children.create', child(schoolId, 'Priya Mondal'));
    host.heardOfEpoch(2);
    expect(host.mode.kind).toBe('fenced');
    expect(await admin.raw('children.create', child(schoolId, 'Rina Das'))).toMatchObject({ ok: false, error: { code: 'fenced' } });
  });
});

describe('a client and the host’s epoch', () => {
  it('takes a host at the highest epoch seen or above, and refuses an older one', () => {
    expect(checkHostEpoch(null, '1')).toEqual({ ok: true, highest: 1 });
    expect(checkHostEpoch(1, '2')).toEqual({ ok: true, highest: 2 });
    expect(checkHostEpoch(2, '2')).toEqual({ ok: true, highest: 2 });
    expect(checkHostEpoch(2, '1')).toEqual({ ok: false, highest: 2, hostEpoch: 1 });
    expect(checkHostEpoch(2, null)).toEqual({ ok: true, highest: 2 });
    expect(checkHostEpoch(2, 'two')).toEqual({ ok: true, highest: 2 });
  });
});
