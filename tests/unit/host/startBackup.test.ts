import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost } from '../../../electron/host/start';
import { migrationsFolder } from '../testHost';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

const dailies = (dataDir: string) => {
  const dir = join(dataDir, 'backups', 'daily');
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.sqlite')) : [];
};

describe('the daily backup at start', () => {
  it('is taken after the host is ready, not before its first answer', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'suraksha-start-'));
    const { host, stop } = await startHost({ dataDir, migrationsFolder, log: () => undefined, firstBackupDelayMs: 300 });
    cleanup = async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
    // Ready to answer, and no backup has been taken yet.
    expect(host.database.sqlite.prepare('SELECT 1 AS ok').get()).toEqual({ ok: 1 });
    expect(dailies(dataDir)).toEqual([]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(dailies(dataDir)).toHaveLength(1);
  });
});
