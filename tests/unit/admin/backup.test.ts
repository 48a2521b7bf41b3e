import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dailyBackup } from '../../../electron/admin/backup';
import { children } from '../../../electron/db/schema';
import { adminPassword, officeWithAdmin, penDrive, stageUpload, type Caller, type TestHost } from '../testHost';
import { officeWithCasePhotos, photo } from './casePhotos';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

const childCount = (office: TestHost) => office.host.database.db.select().from(children).all().length;

async function officeWithOneChild() {
  const office = await officeWithAdmin();
  t = office;
  await office.ok('children.create', { nameEn: 'Priya Mondal', sex: 'female', ageYears: 10 }, office.admin);
  return office;
}

describe('backup and restore', () => {
  it('backs up to a chosen folder and restores it, keeping a copy of what it replaced', async () => {
    const office = await officeWithOneChild();
    const folder = penDrive(office.dataDir, 'pen-drive');
    const backup = await office.ok('admin.backupNow', { folder }, office.admin);
    expect(backup.path.startsWith(folder)).toBe(true);
    expect(backup.bytes).toBeGreaterThan(0);

    await office.ok('children.create', { nameEn: 'Rahim Sk.', sex: 'male', ageYears: 11 }, office.admin);
    expect(childCount(office)).toBe(2);

    const inspected = await office.ok('admin.inspectBackup', { path: backup.path }, office.admin);
    expect(inspected).toMatchObject({ officeName: 'Basirhat field office', children: 1, users: 1 });
    const restored = await office.ok('admin.restore', { path: backup.path }, office.admin);
    expect(childCount(office)).toBe(1);
    expect(existsSync(restored.safetyCopy)).toBe(true);
    // The administrator exists in the restored data, so their session goes on.
    expect(await office.raw('children.search', {}, office.admin)).toMatchObject({ ok: true });
    const audit = await office.ok('audit.list', { q: 'admin.restore' }, office.admin);
    expect(audit.rows[0]?.summary).toContain('restored');
  });

  it('refuses a corrupt file and a foreign database, and changes nothing', async () => {
    const office = await officeWithOneChild();
    const junk = join(office.dataDir, 'junk.sqlite');
    writeFileSync(junk, Buffer.from('this is not a database, it is a shopping list'.repeat(200)));
    expect(await office.raw('admin.restore', { path: junk }, office.admin)).toMatchObject({
      ok: false,
      error: { code: 'backup_unreadable', message: expect.stringContaining('junk.sqlite') },
    });
    const upload = await office.raw(
      'admin.restore',
      { fileName: 'register.xlsx', uploadId: stageUpload(office, Buffer.from('PK\u0003\u0004 not sqlite')) },
      office.admin,
    );
    expect(upload).toMatchObject({ ok: false, error: { code: 'backup_unreadable', message: expect.stringContaining('register.xlsx') } });

    const foreign = join(office.dataDir, 'other.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
    other.close();
    expect(await office.raw('admin.restore', { path: foreign }, office.admin)).toMatchObject({
      ok: false,
      error: { code: 'backup_foreign' },
    });

    expect(childCount(office)).toBe(1);
    const backups = join(office.dataDir, 'backups');
    expect(existsSync(backups) && readdirSync(backups).some((f) => f.includes('before-restore'))).toBe(false);
  });

  it('keeps case attachments with the backup and brings them back on restore', async () => {
    const png = photo(1, 64);
    const { office, caseId } = await officeWithCasePhotos([{ text: 'Photo', fileName: 'kiln.png', bytes: png }]);
    t = office;
    const folder = penDrive(office.dataDir, 'pen-drive');
    const backup = await office.ok('admin.backupNow', { folder }, office.admin);
    rmSync(join(office.dataDir, 'attachments'), { recursive: true });
    await office.ok('admin.restore', { path: backup.path }, office.admin);
    const file = await office.ok('cases.get', { id: caseId }, office.admin);
    const attachment = await office.ok('cases.attachment', { id: file.entries[0]?.attachments[0]?.id ?? 0 }, office.admin);
    expect(Buffer.from(attachment.contentBase64, 'base64').equals(png)).toBe(true);
  });

  it('lets only an administrator restore', async () => {
    const office = await officeWithOneChild();
    await office.ok('users.create', { fullName: 'Manju', username: 'manju', role: 'manager', password: adminPassword }, office.admin);
    const manager: Caller = { token: null };
    await office.ok('auth.login', { username: 'manju', password: adminPassword }, manager);
    const backup = await office.ok('admin.backupNow', {}, manager);
    expect(await office.raw('admin.restore', { path: backup.path }, manager)).toMatchObject({ ok: false, status: 403 });
  });

  it('keeps one automatic backup a day, the last 14', async () => {
    const office = await officeWithOneChild();
    const dir = join(office.dataDir, 'daily-test');
    for (let day = 1; day <= 20; day++) {
      await dailyBackup(office.host.database.sqlite, dir, new Date(Date.UTC(2026, 10, day, 10)));
    }
    expect(await dailyBackup(office.host.database.sqlite, dir, new Date(Date.UTC(2026, 10, 20, 18)))).toBeNull();
    const kept = readdirSync(dir).sort();
    expect(kept).toHaveLength(14);
    expect(kept[0]).toBe('suraksha-daily-2026-11-07.sqlite');
  });
});
