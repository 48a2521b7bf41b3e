import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupTo } from '../../../electron/admin/backup';
import { isFullPath } from '../../../electron/admin/backupFolders';
import { basirhatOffice } from '../../fixtures/office';
import { createTestHost, officeWithAdmin, penDrive, type TestHost } from '../testHost';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

describe('the folder a backup goes into', () => {
  it('must be a full path to a folder that exists and may be written to; nothing is created', async () => {
    const office = await officeWithAdmin();
    t = office;
    const refused = async (folder: string) => {
      const outcome = await office.raw('admin.backupNow', { folder }, office.admin);
      if (outcome.ok) throw new Error(`${folder} was taken`);
      return outcome.error;
    };
    expect(await refused('E:\\Suraksha backups')).toMatchObject({ field: 'folder', key: 'errors.host.folderAbsolute' });
    expect(await refused('backups/pen')).toMatchObject({ field: 'folder', key: 'errors.host.folderAbsolute' });
    const missing = join(office.dataDir, 'no-such-drive');
    expect(await refused(missing)).toMatchObject({ field: 'folder', key: 'errors.backupFolderMissing', values: { folder: missing } });
    const aFile = join(office.dataDir, 'notes.txt');
    writeFileSync(aFile, 'x');
    expect(await refused(aFile)).toMatchObject({ field: 'folder', key: 'errors.backupFolderNotFolder' });
    if (process.getuid?.() !== 0) {
      const locked = penDrive(office.dataDir, 'write-protected');
      chmodSync(locked, 0o500);
      expect(await refused(locked)).toMatchObject({ field: 'folder', key: 'errors.backupFolderReadOnly' });
      chmodSync(locked, 0o700);
    }
    const listed = await office.ok('admin.listBackups', {}, office.admin);
    expect(listed).toEqual([]);
  });

  it('takes Windows paths with their drive or share on Windows, and nothing root-relative', () => {
    expect(isFullPath('E:\\Suraksha backups', 'win32')).toBe(true);
    expect(isFullPath('e:/backups', 'win32')).toBe(true);
    expect(isFullPath('\\\\office-pc\\backups', 'win32')).toBe(true);
    expect(isFullPath('\\Backups', 'win32')).toBe(false);
    expect(isFullPath('E:Backups', 'win32')).toBe(false);
    expect(isFullPath('E:\\Backups', 'linux')).toBe(false);
    expect(isFullPath('/media/pendrive', 'linux')).toBe(true);
  });

  it('lists the folders inside a folder for the browser build’s picker, and says which can take a backup', async () => {
    const office = await officeWithAdmin();
    t = office;
    const pen = penDrive(office.dataDir, 'pen');
    mkdirSync(join(pen, 'Suraksha backups'));
    mkdirSync(join(pen, '.hidden'));
    writeFileSync(join(pen, 'a file.txt'), 'x');
    const listing = await office.ok('admin.browseFolders', { path: pen }, office.admin);
    expect(listing).toMatchObject({ path: pen, parent: office.dataDir, writable: true });
    expect(listing.folders).toEqual([{ name: 'Suraksha backups', path: join(pen, 'Suraksha backups') }]);
    const start = await office.ok('admin.browseFolders', {}, office.admin);
    expect(start.path).toBeNull();
    expect(start.folders.length).toBeGreaterThan(0);
    expect(await office.raw('admin.browseFolders', { path: 'pen' }, office.admin)).toMatchObject({
      ok: false,
      error: { field: 'path', key: 'errors.host.folderAbsolute' },
    });
  });
});

describe('the list of backups', () => {
  it('never offers the copy taken before the office was set up, which a restore would refuse', async () => {
    const fresh = await createTestHost();
    t = fresh;
    // What an upgrade leaves before the office exists: a whole database of ours, with no office in it.
    mkdirSync(fresh.host.backupsDir, { recursive: true });
    await backupTo(fresh.host.database.sqlite, join(fresh.host.backupsDir, 'suraksha-before-upgrade-2026-11-24_08-00-00.sqlite'));
    const admin = { token: null };
    await fresh.ok('setup.initialize', basirhatOffice, admin);
    await fresh.ok('admin.backupNow', {}, admin);
    const listed = await fresh.ok('admin.listBackups', {}, admin);
    expect(listed).toHaveLength(1);
    for (const b of listed) expect((await fresh.raw('admin.inspectBackup', { path: b.path }, admin)).ok).toBe(true);
  });
});
