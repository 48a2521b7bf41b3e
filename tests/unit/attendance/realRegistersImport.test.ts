import { afterEach, describe, expect, it } from 'vitest';
import { officeWithSchool, type Office } from './importFiles';
import { realBytes } from './realFiles';

/**
 * Issue 11 through the API: the preview tells the truths a user checks (open days, unmarked days,
 * closures, rows skipped, each child's numbers), a doubled roll and unknown marks wait for the user's
 * choice, carried from the preview into attendance.commit, and the worklist shows the result.
 */

let t: Office['t'] | undefined;
afterEach(() => t?.cleanup());

const base64 = (name: string) => realBytes(name, 'lo.xlsx').toString('base64');

async function flagged(host: Office['t']) {
  const { rows } = await host.ok('attendance.flags', {}, host.admin);
  return Object.fromEntries(rows.map((r) => [r.name, [r.lastPercent, r.reasons.map((x) => x.code)]]));
}

describe('a register with unmarked days', () => {
  it('previews open days, unmarked days and each child’s numbers, and the worklist flags her below 75 %', async () => {
    const o = await officeWithSchool();
    t = o.t;
    const preview = await o.t.ok('attendance.preview', { files: [{ name: 'r1.xlsx', contentBase64: base64('r1-unmarked') }] }, o.t.admin);
    const [file] = preview.files;
    expect(file).toMatchObject({ ok: true, month: '2026-11', daysOpen: 24, unmarkedDays: 42, problems: [] });
    expect(file?.sheets[0]).toMatchObject({ name: 'Class III', openDays: 24, unmarkedDays: 42, closures: [], skippedRows: [] });
    expect(file?.thresholds).toEqual({ percent: 75, absenceRunDays: 5 });
    expect(
      file?.children.map((c) => [
        c.name,
        c.daysPresent,
        c.daysOpen,
        c.unmarkedDays,
        c.percent,
        c.longestAbsenceRun,
        c.belowThreshold,
        c.longAbsence,
      ]),
    ).toEqual([
      ['Priya Mondal', 24, 24, 0, 100, 0, false, false],
      ['Ananya Das', 17, 24, 6, 71, 1, true, false],
      ['Rahim Sk', 0, 24, 24, 0, 24, true, true],
      ['Moumita Khatun', 0, 24, 0, 0, 24, true, true],
      ['Sourav Das', 21, 24, 0, 88, 3, false, false],
      ['Rina Biswas', 12, 24, 12, 50, 12, true, true],
    ]);

    const commit = await o.t.ok('attendance.commit', { previewId: preview.previewId }, o.t.admin);
    expect(commit.files[0]).toMatchObject({ status: 'imported', childrenImported: 6 });
    const stored = o.t.host.database.sqlite
      .prepare(
        `SELECT coalesce(c.name_en, c.name_bn) AS name, m.days_present_halves / 2.0 AS present, m.days_open AS open, m.marks
           FROM attendance_months m JOIN children c ON c.id = m.child_id WHERE c.name_en = 'Ananya Das'`,
      )
      .get();
    expect(stored).toEqual({ name: 'Ananya Das', present: 17, open: 24, marks: '.PUPUPP.PUPUPP.PUPUPP.PHPAPP.P' });
    expect(await flagged(o.t)).toEqual({
      // The register's Sk Rahim: the sheet's "Rahim Sk" matched to him by the shared name key.
      'Sk Rahim': [0, ['absence_run', 'low_attendance']],
      'Moumita Khatun': [0, ['absence_run', 'low_attendance']],
      'Rina Biswas': [50, ['absence_run', 'low_attendance']],
      'Ananya Das': [71, ['low_attendance']],
    });
  });
});

describe('decisions carried from the preview into the commit', () => {
  it('holds a file with a roll written twice until the user corrects it, then imports both children', async () => {
    const o = await officeWithSchool();
    t = o.t;
    const first = await o.t.ok(
      'attendance.preview',
      { files: [{ name: 'r6.xlsx', contentBase64: base64('r6-roll-twice'), schoolId: o.school.id }] },
      o.t.admin,
    );
    expect(first.files[0]).toMatchObject({
      ok: false,
      duplicateRolls: [
        {
          roll: '7',
          rows: [
            { row: 5, name: 'Sabina Khatun' },
            { row: 6, name: 'Sabita Roy' },
          ],
        },
      ],
    });
    const held = await o.t.ok('attendance.commit', { previewId: first.previewId }, o.t.admin);
    expect(held.files).toEqual([]);
    const skipped = await o.t.ok('attendance.commit', { previewId: first.previewId, files: [0] }, o.t.admin);
    expect(skipped.files[0]).toMatchObject({ status: 'skipped', childrenImported: 0 });

    const decided = await o.t.ok(
      'attendance.preview',
      { previewId: first.previewId, files: [{ index: 0, rolls: { 'Class II!6': '9' } }] },
      o.t.admin,
    );
    expect(decided.files[0]).toMatchObject({ ok: true, duplicateRolls: [], chosen: { rolls: { 'Class II!6': '9' } } });
    const done = await o.t.ok('attendance.commit', { previewId: first.previewId }, o.t.admin);
    expect(done.files[0]).toMatchObject({ status: 'imported', childrenImported: 4 });
    const rolls = o.t.host.database.sqlite
      .prepare('SELECT c.name_en AS name, m.roll, m.section FROM attendance_months m JOIN children c ON c.id = m.child_id ORDER BY m.roll')
      .all();
    expect(rolls).toEqual([
      { name: 'Priya Mondal', roll: '6', section: 'A' },
      { name: 'Sabina Khatun', roll: '7', section: 'A' },
      { name: 'Sourav Das', roll: '8', section: 'A' },
      { name: 'Sabita Roy', roll: '9', section: 'A' },
    ]);
    const audit = o.t.host.database.sqlite.prepare("SELECT summary FROM audit_log WHERE action = 'attendance.import'").get() as {
      summary: string;
    };
    expect(audit.summary).toContain('as decided: Class II row 6 roll 9');
  });

  it('holds a file with unknown marks until the user says what they mean, and imports them so', async () => {
    const o = await officeWithSchool();
    t = o.t;
    const first = await o.t.ok(
      'attendance.preview',
      { files: [{ name: 'r7.xlsx', contentBase64: base64('r7-unknown-marks'), schoolId: o.school.id }] },
      o.t.admin,
    );
    expect(first.files[0]).toMatchObject({
      ok: false,
      unknownMarks: [
        { value: 'X', count: 6, meaning: null },
        { value: '?', count: 1, meaning: null },
      ],
    });
    await o.t.ok(
      'attendance.preview',
      { previewId: first.previewId, files: [{ index: 0, markMeanings: { X: 'A', '?': 'U' } }] },
      o.t.admin,
    );
    const done = await o.t.ok('attendance.commit', { previewId: first.previewId }, o.t.admin);
    expect(done.files[0]).toMatchObject({ status: 'imported', childrenImported: 3 });
    const months = o.t.host.database.sqlite
      .prepare(
        'SELECT c.name_en AS name, m.days_present_halves / 2.0 AS present, m.days_open AS open, substr(m.marks, 1, 7) AS week FROM attendance_months m JOIN children c ON c.id = m.child_id ORDER BY m.roll',
      )
      .all();
    expect(months).toEqual([
      { name: 'Priya Mondal', present: 18, open: 24, week: '.AAAAAA' },
      { name: 'Sourav Das', present: 23, open: 24, week: '.PPPUPP' },
      // The register's Sk Rahim, matched by the shared name key.
      { name: 'Sk Rahim', present: 24, open: 24, week: '.PPPPPP' },
    ]);
    const audit = o.t.host.database.sqlite.prepare("SELECT summary FROM audit_log WHERE action = 'attendance.import'").get() as {
      summary: string;
    };
    expect(audit.summary).toContain("as decided: 'X' read as absent (6 cells); '?' read as unmarked (1 cells)");
  });
});
