import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { Host } from '../../../electron/host/host';
import { adminPassword, migrationsFolder, type TestHost } from '../testHost';
import { counts, officeWithSchool, registerWorkbook } from './importFiles';
import { classThreeRows, previewTwoRegisters } from './twoRegisterBatch';

let t: TestHost | undefined;
let reopened: Host | undefined;
afterEach(() => {
  reopened?.close();
  if (t) rmSync(t.dataDir, { recursive: true, force: true });
  reopened = undefined;
  t = undefined;
});

/**
 * The power goes: the host closes with the batch in its memory, and a new one opens the same data
 * folder, where `username` logs in. `raw` calls the new host as that user.
 */
async function afterPowerCut(office: TestHost, username: string) {
  office.host.close();
  reopened = await Host.open({
    dataDir: office.dataDir,
    migrationsFolder,
    clock: () => new Date('2026-11-24T10:00:00Z'),
    log: () => undefined,
  });
  const host = reopened;
  let token: string | null = null;
  const raw = (method: string, input: unknown) =>
    dispatch(host, { method, input, sessionToken: token, setSessionToken: (next) => void (token = next) });
  const login = await raw('auth.login', { username, password: adminPassword });
  if (!login.ok) throw new Error(`auth.login: ${JSON.stringify(login.error)}`);
  return { host, raw };
}

describe('an import batch survives a restart of the host', () => {
  it('gives back the same files, with the school chosen, after the host is closed and opened again; then imports them', async () => {
    const o = await officeWithSchool();
    t = o.t;
    const first = await previewTwoRegisters(o, ['Dakshin_Para_FP_School_Nov_2026.xlsx', 'class-3.xlsx']);
    await o.t.ok('attendance.preview', { previewId: first.previewId, files: [{ index: 1, schoolId: o.school.id }] }, o.t.admin);
    const before = counts(o.t);

    const { host, raw } = await afterPowerCut(o.t, 'anita');
    const call = async (method: string, input: unknown) => {
      const outcome = await raw(method, input);
      if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
      return outcome.result as never;
    };

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
    const unnamed = await registerWorkbook({ month: '2026-11', rows: classThreeRows });
    const first = await o.t.ok('attendance.preview', { files: [{ name: 'class-3.xlsx', contentBase64: unnamed }] }, o.t.admin);
    await o.t.ok('users.create', { fullName: 'Rina Das', username: 'rina', role: 'data_entry', password: adminPassword }, o.t.admin);
    const { raw } = await afterPowerCut(o.t, 'rina');
    expect(await raw('attendance.previewBatch', { previewId: first.previewId })).toMatchObject({
      ok: false,
      status: 404,
      error: { key: 'errors.attendance.previewExpired' },
    });
  });
});
