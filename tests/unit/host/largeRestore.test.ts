import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { children } from '../../../electron/db/schema';
import { serving, streamFile, type Serving } from './serving';

let s: Serving | undefined;
afterEach(() => s?.close());

const mb = 1024 * 1024;

describe('restoring a block office', () => {
  it('restores a 400 MB database uploaded through the browser host, in bounded memory', async () => {
    s = await serving();
    const { office } = s;
    const cookie = await s.adminCookie();
    await office.ok('children.create', { nameEn: 'Priya Mondal', sex: 'female', ageYears: 10 }, office.admin);
    // A block office's years of audit history make the file as large as the 400 MB.
    const sqlite = office.host.database.sqlite;
    const insert = sqlite.prepare("INSERT INTO audit_log (at, action, summary) VALUES ('2026-01-01T00:00:00Z', 'cases.open', ?)");
    const filler = 'x'.repeat(1000);
    sqlite.transaction(() => {
      for (let i = 0; i < 390_000; i++) insert.run(`${i} ${filler}`);
    })();
    const backup = await office.ok('admin.backupNow', {}, office.admin);
    expect(backup.bytes).toBeGreaterThan(400 * mb);
    await office.ok('children.create', { nameEn: 'Rahim Sk', sex: 'male', ageYears: 11 }, office.admin);

    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
    const upload = await streamFile(s.port, '/upload/restore', backup.path, { 'Content-Type': 'application/octet-stream', Cookie: cookie });
    expect(upload.status).toBe(200);
    const { uploadId } = (JSON.parse(upload.body) as { result: { uploadId: string } }).result;
    const inspected = await s.post('admin.inspectBackup', { uploadId, fileName: 'block.sqlite' }, { Cookie: cookie });
    expect(await inspected.json()).toMatchObject({ result: { officeName: 'Basirhat field office', children: 1 } });
    const restored = await s.post('admin.restore', { uploadId, fileName: 'block.sqlite' }, { Cookie: cookie });
    clearInterval(sampler);
    expect(restored.status).toBe(200);
    expect(
      office.host.database.db
        .select()
        .from(children)
        .all()
        .map((c) => c.nameEn),
    ).toEqual(['Priya Mondal']);
    expect(statSync(office.host.dbFile).size).toBeGreaterThan(400 * mb);
    // The old way held the file as base64 text and bytes at once: 2.5 GB at its peak.
    expect(peak - before).toBeLessThan(200 * mb);
    console.log(`400 MB restore: peak RSS +${Math.round((peak - before) / mb)} MB`);
  }, 300_000);
});
