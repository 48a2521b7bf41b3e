import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataFolderInUse, lockDataFolder } from '../../../electron/host/dataLock';
import { freshDataDir, startServeHost, type RunningHost } from '../../e2e/host';
import { officeWithAdmin } from '../testHost';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const serve = join(root, process.env.SURAKSHA_OUT ?? 'out', 'electron', 'serve.cjs');
let running: RunningHost | undefined;
let t: Awaited<ReturnType<typeof officeWithAdmin>> | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
  t?.cleanup();
  t = undefined;
});

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'build', 'build.mjs'), '--if-stale'], { cwd: root, stdio: 'ignore' });
}, 240_000);

/** Runs a second serve on the folder and answers its exit code and what it printed. */
function secondServe(dataDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [serve, '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

describe('one data folder, one host', () => {
  it('refuses a second serve host on the same folder, naming the process that holds it', async () => {
    const dataDir = freshDataDir();
    running = await startServeHost(dataDir);
    const second = await secondServe(dataDir);
    expect(second.code).toBe(1);
    expect(second.output).not.toContain('running at');
    const holder = readFileSync(join(dataDir, 'suraksha.lock'), 'utf8');
    const pid = (JSON.parse(holder) as { pid: number }).pid;
    expect(second.output).toContain(`process ${pid}`);
    expect(second.output).toContain(dataDir);
    // The first host goes on answering.
    expect(
      (await fetch(`${running.url}api/setup.status`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }))
        .status,
    ).toBe(200);
    await running.stop();
    running = undefined;
    // Once it is gone (even killed: its lock names a dead process), the folder can be opened again.
    running = await startServeHost(dataDir);
    await running.stop();
    running = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('takes over a lock left by a process that died', () => {
    const dataDir = freshDataDir();
    writeFileSync(join(dataDir, 'suraksha.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, startedAt: 'x', program: 'serve' }));
    const unlock = lockDataFolder(dataDir);
    expect(() => lockDataFolder(dataDir)).toThrow(DataFolderInUse);
    unlock();
    lockDataFolder(dataDir)();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 with a wait while another process holds the write lock, and writes nothing half-way', async () => {
    t = await officeWithAdmin();
    const other = new Database(t.host.dbFile);
    other.exec('BEGIN IMMEDIATE');
    try {
      const busy = await t.raw('children.create', { nameEn: 'Priya Mondal', sex: 'female', ageYears: 10 }, t.admin);
      expect(busy).toMatchObject({ ok: false, status: 503, error: { code: 'busy', key: 'errors.host.busy', values: { seconds: 2 } } });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await t.raw('children.create', { nameEn: 'Priya Mondal', sex: 'female', ageYears: 10 }, t.admin)).toMatchObject({ ok: true });
    expect(await t.ok('children.search', {}, t.admin)).toMatchObject({ total: 1 });
  }, 30_000);
});
