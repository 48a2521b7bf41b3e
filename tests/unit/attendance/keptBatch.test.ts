import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { Host } from '../../../electron/host/host';
import { adminPassword, migrationsFolder, type TestHost } from '../testHost';
import { counts, officeWithSchool, present, registerWorkbook } from './importFiles';

let t: TestHost | undefined;
let reopened: Host | undefined;
afterEach(() => {
  reopened?.close();
  if (t) rmSync(t.dataDir, { recursive: true, force: true });
  reopened = undefined;
  t = undefined;
});

const rows = [
  { roll: '7', name: 'Priya Mondal', class: 3, sex: 'F' as const, marks: present('2026-11') },
  { roll: '8', name: 'Sourav Mondal', class: 3, sex: 'M' as const, marks: present('2026-11') },
];

describe('an import batch survives a restart of the host', () => {
  it('gives back the same files, with the school chosen, after the host is closed and opened again; then imports them', async () => {
    const o = await officeWithSchool();
    t = o.t;
    const unknown = await registerWorkbook({ school: 'Dakshin Para FP School', udise: '19112300202', month: '2026-11', rows });
    const unnamed = await registerWorkbook({ month: '2026-11', rows });
    const first = await o.t.ok(
      'attendance.preview',
      {
        files: [
          { name: 'Dakshin_Para_FP_School_Nov_2026.xlsx', contentBase64: unknown },
          { name: 'class-3.xlsx', contentBase64: unnamed },
        ],
      },
      o.t.admin,
    );
    await o.t.ok('attendance.preview', { previewId: first.previewId, files: [{ index: 1, schoolId: o.school.id }] }, o.t.admin);
    const before = counts(o.t);

    // The power goes: the host closes with the batch in its memory, and a new one opens the same data folder.
    o.t.host.close();
    reopened = await Host.open({
      dataDir: o.t.dataDir,
      migrationsFolder,
      clock: () => new Date('2026-11-24T10:00:00Z'),
      log: () => undefined,
    });
    const host = reopened;
    let token: string | null = null;
    const call = async (method: string, input: unknown) => {
      const outcome = await dispatch(host, { method, input, sessionToken: token, setSessionToken: (next) => void (token = next) });
      if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
      return outcome.result as never;
    };
    await call('auth.login', { username: 'anita', password: adminPassword });

    const batch: {
      previewId: string;
      files: { index: number; name: string; ok: boolean; school: { id: number } | null; month: string | null }[];
    } = await call('attendance.previewBatch', { previewId: first.previewId });
    expect(batch.previewId).toBe(first.previewId);
    expect(batch.files.map((f) => [f.index, f.name, f.ok, f.school?.id ?? null, f.month])).toEqual([
      [0, 'Dakshin_Para_FP_School_Nov_2026.xlsx', false, null, '2026-11'],
      [1, 'class-3.xlsx', true, o.school.id, '2026-11'],
    ]);

    // The batch goes on from where it was: the file chosen a school imports, and nothing was written before.
    // (The login after the restart is the one new row: the audit log's.)
    const { audit_log: _logged, ...written } = counts({ host } as unknown as TestHost);
    const { audit_log: _loggedBefore, ...writtenBefore } = before;
    expect(written).toEqual(writtenBefore);
    const committed: { files: { index: number; status: string }[] } = await call('attendance.commit', {
      previewId: first.previewId,
      files: [1],
    });
    expect(committed.files.map((f) => [f.index, f.status])).toEqual([[1, 'imported']]);
  });

  it('is not given to another user of the office after the restart', async () => {
    const o = await officeWithSchool();
    t = o.t;
    const unnamed = await registerWorkbook({ month: '2026-11', rows });
    const first = await o.t.ok('attendance.preview', { files: [{ name: 'class-3.xlsx', contentBase64: unnamed }] }, o.t.admin);
    await o.t.ok('users.create', { fullName: 'Rina Das', username: 'rina', role: 'data_entry', password: adminPassword }, o.t.admin);
    o.t.host.close();
    reopened = await Host.open({
      dataDir: o.t.dataDir,
      migrationsFolder,
      clock: () => new Date('2026-11-24T10:00:00Z'),
      log: () => undefined,
    });
    const host = reopened;
    let token: string | null = null;
    const raw = (method: string, input: unknown) =>
      dispatch(host, { method, input, sessionToken: token, setSessionToken: (next) => void (token = next) });
    await raw('auth.login', { username: 'rina', password: adminPassword });
    expect(await raw('attendance.previewBatch', { previewId: first.previewId })).toMatchObject({
      ok: false,
      status: 404,
      error: { key: 'errors.attendance.previewExpired' },
    });
  });
});
