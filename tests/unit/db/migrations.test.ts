import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Host } from '../../../electron/host/host';
import { migrationsFolder } from '../testHost';

const root = resolve(__dirname, '../../..');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'suraksha-migrate-'));
  dirs.push(d);
  return d;
}

describe('migrations', () => {
  it('the committed migrations match the Drizzle schema (drizzle-kit has nothing to generate)', () => {
    const out = tempDir();
    cpSync(migrationsFolder, out, { recursive: true });
    const config = join(out, 'drizzle.config.cjs');
    const schema = relative(out, join(root, 'electron/db/schema/index.ts')).split('\\').join('/');
    writeFileSync(config, `module.exports = { dialect: 'sqlite', schema: ${JSON.stringify(schema)}, out: '.' };`);
    const before = readdirSync(out).length;
    const printed = execFileSync(join(root, 'node_modules/.bin/drizzle-kit'), ['generate', '--config', config], {
      cwd: out,
      encoding: 'utf8',
    });
    expect(printed).toContain('No schema changes');
    expect(readdirSync(out).length).toBe(before);
  });

  it('migrates an empty database and then finds nothing to do', async () => {
    const dataDir = tempDir();
    const host = await Host.open({ dataDir, migrationsFolder, log: () => undefined });
    const tables = host.database.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").all() as {
      name: string;
    }[];
    expect(tables.map((r) => r.name)).toEqual(expect.arrayContaining(['office', 'users', 'schools', 'children', 'audit_log', 'settings']));
    expect(host.database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(host.database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(host.database.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    host.close();
    const again = await Host.open({ dataDir, migrationsFolder, log: () => undefined });
    again.close();
    // Nothing was pending, so no pre-upgrade backup was taken.
    const backups = join(dataDir, 'backups');
    expect(existsSync(backups) ? readdirSync(backups).filter((f) => f.includes('before-upgrade')) : []).toEqual([]);
  });

  it('refuses a database written by a newer version of the app', async () => {
    const dataDir = tempDir();
    const host = await Host.open({ dataDir, migrationsFolder, log: () => undefined });
    host.database.sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.UTC(2030, 0, 1));
    host.close();
    await expect(Host.open({ dataDir, migrationsFolder, log: () => undefined })).rejects.toMatchObject({ code: 'db_newer' });
  });
});
