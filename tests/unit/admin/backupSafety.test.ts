import { copyFileSync, existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dailyBackup } from '../../../electron/admin/backup';
import { caseAttachments } from '../../../electron/db/schema';
import { officeWithAdmin, penDrive, stageUpload, type TestHost } from '../testHost';
import { officeWithCasePhotos, photo } from './casePhotos';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

const png = (fill: number) => photo(fill, 4096);

async function officeWithAttachments() {
  const { office, caseId } = await officeWithCasePhotos(
    [1, 2].map((fill) => ({ text: `Photo ${fill}`, fileName: `kiln-${fill}.png`, bytes: png(fill) })),
  );
  t = office;
  const stored = office.host.database.db.select().from(caseAttachments).all();
  return { office, caseId, stored };
}

describe('backups a power cut cannot falsify', () => {
  it('never lists a backup cut short, and the next backup repairs every attachment copy', async () => {
    const { office, stored } = await officeWithAttachments();
    const folder = penDrive(office.dataDir, 'pen-drive');
    const first = await office.ok('admin.backupNow', { folder }, office.admin);
    // What a cut at the first written byte left, under an old version: a 0-byte file with a backup's name,
    // a half-written one, a temporary file, and attachment copies truncated or missing.
    const manual = join(office.host.backupsDir, 'manual');
    await office.ok('admin.backupNow', {}, office.admin);
    writeFileSync(join(manual, 'suraksha-2026-11-24_08-00-00.sqlite'), '');
    copyFileSync(first.path, join(manual, 'suraksha-2026-11-24_08-30-00.sqlite'));
    truncateSync(join(manual, 'suraksha-2026-11-24_08-30-00.sqlite'), 8192);
    writeFileSync(join(folder, 'suraksha-2026-11-24_09-00-00.sqlite.partial'), 'SQLite format 3');
    const [a, b] = stored;
    truncateSync(join(folder, a?.storedPath ?? ''), 10);
    writeFileSync(join(folder, b?.storedPath ?? ''), png(9));

    const listed = await office.ok('admin.listBackups', {}, office.admin);
    expect(listed.map((l) => l.path)).not.toContain(join(manual, 'suraksha-2026-11-24_08-00-00.sqlite'));
    expect(listed.map((l) => l.path)).not.toContain(join(manual, 'suraksha-2026-11-24_08-30-00.sqlite'));
    // The one whole backup by hand in Suraksha's folder, and the one made into the pen drive, listed with it.
    expect(listed.filter((l) => l.kind === 'manual').map((l) => l.path)).toEqual(expect.arrayContaining([first.path]));
    expect(listed.filter((l) => l.kind === 'manual')).toHaveLength(2);

    office.advance(1);
    await office.ok('admin.backupNow', { folder }, office.admin);
    for (const s of stored) {
      expect(readFileSync(join(folder, s.storedPath)).equals(readFileSync(join(office.dataDir, s.storedPath)))).toBe(true);
    }
    expect(readdirSync(folder).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('redoes a daily backup that is not whole, instead of keeping it for the day', async () => {
    const office = await officeWithAdmin();
    t = office;
    const dir = join(office.dataDir, 'daily-test');
    const day = new Date(Date.UTC(2026, 10, 24, 10));
    expect(await dailyBackup(office.host.database.sqlite, dir, day)).not.toBeNull();
    truncateSync(join(dir, 'suraksha-daily-2026-11-24.sqlite'), 0);
    expect(await dailyBackup(office.host.database.sqlite, dir, day)).not.toBeNull();
    const again = new Database(join(dir, 'suraksha-daily-2026-11-24.sqlite'), { readonly: true });
    expect(again.pragma('integrity_check', { simple: true })).toBe('ok');
    again.close();
  });

  it('takes only an absolute folder for "Back up now", and never one under /proc', async () => {
    const office = await officeWithAdmin();
    t = office;
    expect(await office.raw('admin.backupNow', { folder: 'backups/pen' }, office.admin)).toMatchObject({
      ok: false,
      error: { field: 'folder', key: 'errors.host.folderAbsolute' },
    });
    const started = Date.now();
    expect(await office.raw('admin.backupNow', { folder: '/proc/self/fd/0/x' }, office.admin)).toMatchObject({
      ok: false,
      error: { code: 'backup_folder', field: 'folder' },
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('a restore that trusts nothing inside the file', () => {
  it('refuses a backup whose attachment path climbs out of the data folder, and reads no such file', async () => {
    const { office, stored } = await officeWithAttachments();
    writeFileSync(join(office.dataDir, '..', 'outside-secret.txt'), 'not for you');
    const backup = await office.ok('admin.backupNow', { folder: penDrive(office.dataDir, 'pen') }, office.admin);
    const crafted = new Database(backup.path);
    crafted.prepare('UPDATE case_attachments SET stored_path = ? WHERE id = ?').run('attachments/../../outside-secret.txt', stored[0]?.id);
    crafted.close();
    expect(await office.raw('admin.inspectBackup', { path: backup.path }, office.admin)).toMatchObject({
      ok: false,
      error: { code: 'backup_paths', key: 'errors.host.backupPaths', message: expect.stringContaining('outside-secret') },
    });
    // The live database with such a row (however it got there) still reads nothing outside attachments/.
    office.host.database.sqlite
      .prepare('UPDATE case_attachments SET stored_path = ? WHERE id = ?')
      .run('attachments/../../outside-secret.txt', stored[0]?.id);
    expect(await office.raw('cases.attachment', { id: stored[0]?.id ?? 0 }, office.admin)).toMatchObject({
      ok: false,
      status: 404,
      error: { code: 'attachment_missing' },
    });
  });

  it('refuses a Suraksha backup with a table dropped, and another app’s database with an office table, with a reason', async () => {
    const office = await officeWithAdmin();
    t = office;
    const backup = await office.ok('admin.backupNow', { folder: penDrive(office.dataDir, 'pen') }, office.admin);
    const dropped = new Database(backup.path);
    dropped.exec('DROP TABLE posting_lines');
    dropped.close();
    expect(await office.raw('admin.restore', { path: backup.path }, office.admin)).toMatchObject({
      ok: false,
      status: 400,
      error: { code: 'backup_schema', message: expect.stringContaining('posting_lines') },
    });
    const foreign = join(office.dataDir, 'shop.sqlite');
    const other = new Database(foreign);
    other.exec("CREATE TABLE office (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO office (name) VALUES ('Ration shop')");
    other.close();
    expect(await office.raw('admin.restore', { path: foreign }, office.admin)).toMatchObject({
      ok: false,
      status: 400,
      error: { code: 'backup_foreign', message: expect.stringContaining('shop.sqlite') },
    });
    expect(await office.ok('setup.status', {})).toMatchObject({ initialized: true });
  });

  it('leaves no -wal or -shm in tmp/ after checking an uploaded backup', async () => {
    const office = await officeWithAdmin();
    t = office;
    const backup = await office.ok('admin.backupNow', { folder: penDrive(office.dataDir, 'pen') }, office.admin);
    const walMode = new Database(backup.path);
    walMode.pragma('journal_mode = WAL');
    walMode.close();
    const uploadId = stageUpload(office, readFileSync(backup.path));
    expect(await office.ok('admin.inspectBackup', { uploadId, fileName: 'office.sqlite' }, office.admin)).toMatchObject({
      officeName: 'Basirhat field office',
    });
    expect(readdirSync(office.host.tmpDir).filter((n) => /-(wal|shm)$/.test(n))).toEqual([]);
    await office.ok('admin.restore', { uploadId, fileName: 'office.sqlite' }, office.admin);
    expect(existsSync(office.host.tmpDir) ? readdirSync(office.host.tmpDir) : []).toEqual([]);
  });
});
