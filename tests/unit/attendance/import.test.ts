import { afterEach, describe, expect, it } from 'vitest';
import { userWithRole, type TestHost } from '../testHost';
import { counts, monthMarks, officeWithSchool, present, registerWorkbook, type Office } from './importFiles';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

async function office(): Promise<Office> {
  const o = await officeWithSchool();
  t = o.t;
  return o;
}

/** November 2026 at Uttar Bagundi: Priya (a spelling variant, a half day, absent the first week), Sourav, and a new girl. */
async function novemberFile() {
  return registerWorkbook({
    school: 'Uttar Bagundi F.P. School',
    udise: '19112300101',
    month: '2026-11',
    rows: [
      { roll: '7', name: 'Prya Mandal', class: 3, sex: 'F', marks: monthMarks('2026-11', (d) => (d === 12 ? '½' : d < 10 ? 'A' : 'P')) },
      { roll: '8', name: 'Sourav Mondol', class: 3, sex: 'M', marks: present('2026-11') },
      { roll: '12', name: 'Sk Rahim', class: 3, sex: 'M', marks: present('2026-11') },
      { roll: '21', name: 'Tania Sardar', class: 3, sex: 'F', marks: present('2026-11') },
    ],
  });
}

describe('attendance.preview', () => {
  it('says what an import would do, in the shape of the issue, and writes nothing', async () => {
    const { t, priya, sourav } = await office();
    const before = counts(t);
    const answer = await t.ok(
      'attendance.preview',
      { files: [{ name: 'bagundi-nov.xlsx', contentBase64: await novemberFile() }] },
      t.admin,
    );
    expect(counts(t)).toEqual(before);

    const [file] = answer.files;
    expect(file).toMatchObject({
      name: 'bagundi-nov.xlsx',
      ok: true,
      school: { name: 'Uttar Bagundi F.P. School', udise: '19112300101' },
      schoolGuess: 'udise',
      month: '2026-11',
      daysOpen: 25,
      counts: { found: 4, matched: 3, new: 1, ambiguous: 0, missingFromLastMonth: 0 },
      alreadyImported: null,
      problems: [],
    });
    expect(file?.children[0]).toMatchObject({
      sheet: 'Register',
      row: 4,
      roll: '7',
      name: 'Prya Mandal',
      class: 3,
      sex: 'female',
      daysPresent: 17.5,
      daysOpen: 25,
      longestAbsenceRun: 7,
      match: { kind: 'matched', childId: priya.id, childCode: priya.childCode },
    });
    expect(file?.children[1]?.match).toMatchObject({ kind: 'matched', childId: sourav.id });
    expect(file?.children[3]?.match).toEqual({ kind: 'new' });
  });

  it('gives an unreadable file one problem naming it, and reads the rest of the batch', async () => {
    const { t } = await office();
    const answer = await t.ok(
      'attendance.preview',
      {
        files: [
          { name: 'photo-of-register.xlsx', contentBase64: Buffer.from('this is not a spreadsheet at all').toString('base64') },
          { name: 'bagundi-nov.xlsx', contentBase64: await novemberFile() },
        ],
      },
      t.admin,
    );
    const [bad, good] = answer.files;
    expect(bad?.ok).toBe(false);
    expect(bad?.problems).toHaveLength(1);
    expect(bad?.problems[0]?.message).toContain('photo-of-register.xlsx');
    expect(good?.ok).toBe(true);

    const committed = await t.ok('attendance.commit', { previewId: answer.previewId, files: [0, 1] }, t.admin);
    expect(committed.files.map((f) => f.status)).toEqual(['skipped', 'imported']);
    expect(committed.files[1]?.childrenImported).toBe(4);
  });

  it('asks for the school when the titles name none, then remembers it for the layout', async () => {
    const { t, school } = await office();
    const october = await registerWorkbook({
      month: '2026-10',
      rows: [{ roll: '8', name: 'Sourav Mondal', class: 3, sex: 'M', marks: present('2026-10') }],
    });
    const first = await t.ok('attendance.preview', { files: [{ name: 'register-oct.xlsx', contentBase64: october }] }, t.admin);
    expect(first.files[0]).toMatchObject({ ok: false, school: null });
    expect(first.files[0]?.problems.map((p) => p.key)).toContain('errors.attendance.chooseSchool');

    const chosen = await t.ok('attendance.preview', { previewId: first.previewId, files: [{ index: 0, schoolId: school.id }] }, t.admin);
    expect(chosen.files).toHaveLength(1);
    expect(chosen.files[0]).toMatchObject({ ok: true, schoolGuess: 'chosen', counts: { matched: 1 } });
    await t.ok('attendance.commit', { previewId: first.previewId }, t.admin);

    const november = await registerWorkbook({
      month: '2026-11',
      rows: [{ roll: '8', name: 'Sourav Mondal', class: 3, sex: 'M', marks: present('2026-11') }],
    });
    const next = await t.ok('attendance.preview', { files: [{ name: 'register-nov.xlsx', contentBase64: november }] }, t.admin);
    expect(next.files[0]).toMatchObject({ ok: true, schoolGuess: 'layout', school: { id: school.id } });
  });

  it('lists the children of last month missing from this month, and the month is asked when nothing says it', async () => {
    const { t, rahim } = await office();
    const october = await registerWorkbook({
      school: 'Uttar Bagundi F.P. School',
      month: '2026-10',
      rows: [
        { roll: '8', name: 'Sourav Mondal', class: 3, sex: 'M', marks: present('2026-10') },
        { roll: '12', name: 'Sk Rahim', class: 3, sex: 'M', marks: present('2026-10') },
      ],
    });
    const oct = await t.ok('attendance.preview', { files: [{ name: 'oct.xlsx', contentBase64: october }] }, t.admin);
    await t.ok('attendance.commit', { previewId: oct.previewId }, t.admin);
    const november = await registerWorkbook({
      school: 'Uttar Bagundi F.P. School',
      month: '2026-11',
      rows: [{ roll: '8', name: 'Sourav Mondal', class: 3, sex: 'M', marks: present('2026-11') }],
    });
    const nov = await t.ok('attendance.preview', { files: [{ name: 'nov.xlsx', contentBase64: november }] }, t.admin);
    expect(nov.files[0]?.counts.missingFromLastMonth).toBe(1);
    expect(nov.files[0]?.missingFromLastMonth).toEqual([
      { childId: rahim.id, childCode: rahim.childCode, name: 'Sk Rahim', class: 3, roll: '12' },
    ]);
  });

  it('refuses a preview that does not exist and a sponsorship user committing', async () => {
    const { t } = await office();
    const coordinator = await userWithRole(t, t.admin, 'sumana', 'sponsorship');
    const answer = await t.ok(
      'attendance.preview',
      { files: [{ name: 'bagundi-nov.xlsx', contentBase64: await novemberFile() }] },
      t.admin,
    );
    expect(await t.raw('attendance.commit', { previewId: answer.previewId }, coordinator)).toMatchObject({ ok: false, status: 403 });
    expect(await t.raw('attendance.commit', { previewId: 'gone' }, t.admin)).toMatchObject({
      ok: false,
      status: 404,
      error: { key: 'errors.attendance.previewExpired' },
    });
    expect(counts(t).attendance_months).toBe(0);
  });
});

describe('attendance.commit', () => {
  it('imports, adds a new child once, and the same file again changes nothing', async () => {
    const { t, school } = await office();
    const content = await novemberFile();
    const first = await t.ok('attendance.preview', { files: [{ name: 'bagundi-nov.xlsx', contentBase64: content }] }, t.admin);
    const committed = await t.ok('attendance.commit', { previewId: first.previewId }, t.admin);
    expect(committed.files[0]).toMatchObject({ status: 'imported', childrenImported: 4, childrenAdded: 1, rowsSkipped: 0 });

    const { sqlite } = t.host.database;
    const tania = sqlite.prepare("SELECT * FROM children WHERE name_en = 'Tania Sardar'").all() as Record<string, unknown>[];
    expect(tania).toHaveLength(1);
    expect(tania[0]).toMatchObject({
      child_code: 'BSH-C00004',
      sex: 'female',
      school_id: school.id,
      class_grade: 3,
      roll: '21',
      birth_basis: 'age',
      age_years: 8,
    });
    const audit = sqlite.prepare("SELECT summary FROM audit_log WHERE action = 'attendance.import'").all() as { summary: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]?.summary).toContain('bagundi-nov.xlsx: Uttar Bagundi F.P. School (19112300101), 2026-11, 4 children');

    const before = counts(t);
    const again = await t.ok('attendance.commit', { previewId: first.previewId }, t.admin);
    expect(again.files[0]?.status).toBe('unchanged');
    const second = await t.ok('attendance.preview', { files: [{ name: 'copy of bagundi-nov.xlsx', contentBase64: content }] }, t.admin);
    expect(second.files[0]).toMatchObject({ alreadyImported: 'same', counts: { matched: 4, new: 0 } });
    expect((await t.ok('attendance.commit', { previewId: second.previewId }, t.admin)).files[0]?.status).toBe('unchanged');
    expect(counts(t)).toEqual(before);
  });

  it('replaces what a corrected file for the same school and month wrote, and says what changed', async () => {
    const { t } = await office();
    const first = await t.ok('attendance.preview', { files: [{ name: 'bagundi-nov.xlsx', contentBase64: await novemberFile() }] }, t.admin);
    await t.ok('attendance.commit', { previewId: first.previewId }, t.admin);
    // The school corrects Priya's first week (she was present), drops Rahim's row and adds a child.
    const corrected = await registerWorkbook({
      school: 'Uttar Bagundi F.P. School',
      udise: '19112300101',
      month: '2026-11',
      rows: [
        { roll: '7', name: 'Prya Mandal', class: 3, sex: 'F', marks: present('2026-11') },
        { roll: '8', name: 'Sourav Mondol', class: 3, sex: 'M', marks: present('2026-11') },
        { roll: '21', name: 'Tania Sardar', class: 3, sex: 'F', marks: present('2026-11') },
        { roll: '22', name: 'Mousumi Das', class: 3, sex: 'F', marks: present('2026-11') },
      ],
    });
    const second = await t.ok('attendance.preview', { files: [{ name: 'bagundi-nov-corrected.xlsx', contentBase64: corrected }] }, t.admin);
    expect(second.files[0]).toMatchObject({ alreadyImported: 'replaces', counts: { matched: 3, new: 1 } });
    const replaced = await t.ok('attendance.commit', { previewId: second.previewId }, t.admin);
    expect(replaced.files[0]).toMatchObject({
      status: 'replaced',
      childrenImported: 4,
      childrenAdded: 1,
      changes: { added: 1, removed: 1, marksChanged: 1 },
    });

    const { sqlite } = t.host.database;
    expect((sqlite.prepare("SELECT count(*) AS n FROM attendance_months WHERE month = '2026-11'").get() as { n: number }).n).toBe(4);
    expect((sqlite.prepare("SELECT count(*) AS n FROM children WHERE name_en = 'Tania Sardar'").get() as { n: number }).n).toBe(1);
    const imports = await t.ok('attendance.imports', {}, t.admin);
    expect(imports.rows.map((r) => [r.fileName, r.current, r.childrenCount])).toEqual([
      ['bagundi-nov-corrected.xlsx', true, 4],
      ['bagundi-nov.xlsx', false, 4],
    ]);
  });

  it('leaves an ambiguous row to the user, and a new child without sex is a problem, not a guess', async () => {
    const { t, priya } = await office();
    const file = await registerWorkbook({
      school: 'Uttar Bagundi F.P. School',
      month: '2026-11',
      withSex: false,
      rows: [
        // Priya's roll with another name: the school renumbered, or a mistake.
        { roll: '7', name: 'Rina Das', class: 3, marks: present('2026-11') },
        { roll: '30', name: 'Tania Sardar', class: 3, marks: present('2026-11') },
      ],
    });
    const answer = await t.ok('attendance.preview', { files: [{ name: 'nov.xlsx', contentBase64: file }] }, t.admin);
    const [rina, tania] = answer.files[0]?.children ?? [];
    expect(rina?.match).toEqual({
      kind: 'ambiguous',
      candidates: [{ childId: priya.id, childCode: priya.childCode, name: 'Priya Mondal', roll: '7', class: 3 }],
    });
    expect(tania?.match).toEqual({ kind: 'new' });
    expect(answer.files[0]?.problems).toContainEqual(
      expect.objectContaining({
        key: 'errors.attendance.sexMissing',
        sheet: 'Register',
        row: 5,
        message: expect.stringContaining('Tania Sardar'),
      }),
    );

    const undecided = await t.ok('attendance.commit', { previewId: answer.previewId }, t.admin);
    expect(undecided.files[0]).toMatchObject({ status: 'imported', childrenImported: 0, rowsSkipped: 2 });

    // The user says Rina is Priya (the register's spelling was wrong); the corrected file is imported for her.
    const fixed = await registerWorkbook({
      school: 'Uttar Bagundi F.P. School',
      month: '2026-11',
      withSex: false,
      rows: [{ roll: '7', name: 'Rina Das', class: 3, marks: monthMarks('2026-11', (d) => (d === 3 ? 'A' : 'P')) }],
    });
    const again = await t.ok('attendance.preview', { files: [{ name: 'nov-2.xlsx', contentBase64: fixed }] }, t.admin);
    const decided = await t.ok(
      'attendance.commit',
      { previewId: again.previewId, decisions: [{ file: 0, sheet: 'Register', row: 4, childId: priya.id }] },
      t.admin,
    );
    expect(decided.files[0]).toMatchObject({ status: 'replaced', childrenImported: 1, changes: { added: 1, removed: 0, marksChanged: 0 } });
    const calendar = await t.ok('attendance.childCalendar', { childId: priya.id }, t.admin);
    expect(calendar.months).toMatchObject([{ month: '2026-11', schoolName: 'Uttar Bagundi F.P. School', daysPresent: 24, daysOpen: 25 }]);
  });

  it('keeps two files of the batch for the same school and month from replacing each other', async () => {
    const { t } = await office();
    const content = await novemberFile();
    const other = await registerWorkbook({
      school: 'Uttar Bagundi F.P. School',
      month: '2026-11',
      rows: [{ roll: '8', name: 'Sourav Mondal', class: 3, sex: 'M', marks: present('2026-11') }],
    });
    const answer = await t.ok(
      'attendance.preview',
      {
        files: [
          { name: 'bagundi-nov.xlsx', contentBase64: content },
          { name: 'bagundi-nov (1).xlsx', contentBase64: other },
        ],
      },
      t.admin,
    );
    expect(answer.files.map((f) => f.ok)).toEqual([true, false]);
    expect(answer.files[1]?.problems.map((p) => p.message)).toContain(
      'bagundi-nov (1).xlsx is for the same school and month as bagundi-nov.xlsx: import only one of them',
    );
    const committed = await t.ok('attendance.commit', { previewId: answer.previewId, files: [0, 1] }, t.admin);
    expect(committed.files.map((f) => f.status)).toEqual(['imported', 'skipped']);
  });
});
