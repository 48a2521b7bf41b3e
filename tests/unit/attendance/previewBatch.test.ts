import { afterEach, describe, expect, it } from 'vitest';
import { userWithRole, type TestHost } from '../testHost';
import { counts, officeWithSchool } from './importFiles';
import { previewTwoRegisters } from './twoRegisterBatch';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

describe('attendance.previewBatch', () => {
  it('gives back the whole batch as last read, with the school chosen and the school a file names, to its reader only', async () => {
    const o = await officeWithSchool();
    t = o.t;
    const first = await previewTwoRegisters(o, ['dakshin.xlsx', 'class-3.xlsx']);
    // The second file is read again with a school: the answer to that call holds only it.
    const second = await o.t.ok(
      'attendance.preview',
      { previewId: first.previewId, files: [{ index: 1, schoolId: o.school.id }] },
      o.t.admin,
    );
    expect(second.files.map((f) => f.name)).toEqual(['class-3.xlsx']);

    const before = counts(o.t);
    const batch = await o.t.ok('attendance.previewBatch', { previewId: first.previewId }, o.t.admin);
    expect(counts(o.t)).toEqual(before);
    expect(batch.previewId).toBe(first.previewId);
    expect(batch.files.map((f) => [f.index, f.name, f.ok, f.school?.id ?? null, f.schoolGuess])).toEqual([
      [0, 'dakshin.xlsx', false, null, null],
      [1, 'class-3.xlsx', true, o.school.id, 'chosen'],
    ]);
    expect(batch.files[0]?.schoolHint).toEqual({ name: 'Dakshin Para FP School', udise: '19112300202' });
    expect(batch.files[0]?.problems.map((p) => p.key)).toContain('errors.attendance.schoolUnknown');
    expect(batch.files[1]?.children.map((c) => c.name)).toEqual(['Priya Mondal', 'Sourav Mondal']);

    // Another user of the office cannot fetch it, and an unknown batch is gone, not an error of the host.
    const rina = await userWithRole(o.t, o.t.admin, 'rina', 'data_entry');
    for (const [previewId, caller] of [
      [first.previewId, rina],
      ['no-such-batch', o.t.admin],
    ] as const) {
      expect(await o.t.raw('attendance.previewBatch', { previewId }, caller)).toMatchObject({
        ok: false,
        status: 404,
        error: { key: 'errors.attendance.previewExpired' },
      });
    }
    const coordinator = await userWithRole(o.t, o.t.admin, 'sumana', 'sponsorship');
    expect(await o.t.raw('attendance.previewBatch', { previewId: first.previewId }, coordinator)).toMatchObject({ ok: false, status: 403 });
  });
});
