import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { flagOf, riskOf, type ChildMonth, type FlagSettings } from '../../../electron/attendance/flags';
import { reasonText } from '../../../electron/attendance/reasonText';
import { monthMarks, officeWithSchool, present, registerWorkbook, type Office, type RegisterRow } from './importFiles';
import type { TestHost } from '../testHost';

const settings: FlagSettings = { attendanceThresholdPercent: 75, absenceRunDays: 5, fallingMonths: 3 };

/** A month from its marks, as the parser counts it: half days 0.5, only P/A/L/D days open. */
function month(month: string, marks: string, schoolId = 1): ChildMonth {
  let halves = 0;
  let open = 0;
  for (const m of marks) {
    if (m === 'P') halves += 2;
    if (m === 'D') halves += 1;
    if ('PALD'.includes(m)) open += 1;
  }
  return { month, schoolId, marks, daysPresentHalves: halves, daysOpen: open };
}

/** November 2026: Sundays 1, 8, 15, 22, 29 are closed ('.'), the 14th a holiday. */
function november(open: (day: number) => string): string {
  let marks = '';
  for (let d = 1; d <= 30; d++) marks += d % 7 === 1 ? '.' : d === 14 ? 'H' : open(d);
  return marks;
}

const none = () => [] as string[];

describe('flags of irregular children', () => {
  it('leaves a regular child off the worklist', () => {
    expect(
      flagOf(
        [
          month(
            '2026-11',
            november(() => 'P'),
          ),
        ],
        none,
        settings,
      ),
    ).toBeNull();
  });

  it('flags low attendance with the numbers a worker checks, counting open days only', () => {
    // 24 open days (30 − 5 Sundays − 1 holiday); present 12, a half day, absent on the rest but never 5 in a row.
    const marks = november((d) => (d <= 13 ? (d % 2 === 0 ? 'P' : 'A') : d === 16 ? 'D' : d % 3 === 0 ? 'A' : 'P'));
    const m = month('2026-11', marks);
    const flag = flagOf([m], none, settings);
    const percent = Math.round((m.daysPresentHalves * 50) / m.daysOpen);
    expect(m.daysOpen).toBe(24);
    expect(flag?.reasons).toEqual([
      { code: 'low_attendance', values: { month: '2026-11', present: m.daysPresentHalves / 2, open: 24, percent } },
    ]);
    expect(percent).toBeLessThan(75);
    expect(reasonText('en', flag?.reasons[0] ?? { code: 'falling', values: { from: '', to: '', percents: [] } })).toBe(
      `Attended ${m.daysPresentHalves / 2} of 24 days (${percent}%) in November 2026`,
    );
  });

  it('counts an absence run across the month boundary, through closed days but not through a day present', () => {
    // October ends with 3 school days absent (the 31st a Saturday, absent); November begins absent until the 4th.
    const october = 'P'.repeat(27) + 'AA' + '.' + 'A';
    const nov = november((d) => (d <= 4 ? 'A' : 'P'));
    const flag = flagOf([month('2026-10', october), month('2026-11', nov)], none, settings);
    // Oct 28, 29, 31 and Nov 2, 3, 4 (the 1st is a Sunday): six open days absent in a row.
    expect(flag?.reasons).toContainEqual({ code: 'absence_run', values: { days: 6, from: '2026-10-28', month: '2026-11' } });
    expect(reasonText('en', { code: 'absence_run', values: { days: 6, from: '2026-10-28', month: '2026-11' } })).toBe(
      'Absent 6 school days in a row (from 28/10/2026)',
    );
    // A day present on 30 October breaks the run: only 3 days in November.
    const broken = 'P'.repeat(27) + 'AAP' + 'A';
    expect(flagOf([month('2026-10', broken), month('2026-11', nov)], none, settings)?.reasons.map((r) => r.code) ?? []).not.toContain(
      'absence_run',
    );
    // A month missing in between breaks it too.
    expect(flagOf([month('2026-09', october), month('2026-11', nov)], none, settings)?.reasons.map((r) => r.code) ?? []).not.toContain(
      'absence_run',
    );
  });

  it('does not count holidays and closed days as absence', () => {
    const marks = november((d) => (d >= 9 && d <= 13 ? 'A' : 'P')).split('');
    // 9..13 absent is 5 days; make the 12th a holiday: 4 open days absent, then the 14th (holiday), 15th (Sunday)…
    marks[11] = 'H';
    const flag = flagOf([month('2026-11', marks.join(''))], none, settings);
    expect(flag).toBeNull();
  });

  it('flags a child missing from the school register of a later month, and says so in Bengali too', () => {
    const imported = (schoolId: number) => (schoolId === 1 ? ['2026-10', '2026-11'] : []);
    const flag = flagOf([month('2026-10', november(() => 'P').slice(0, 30) + 'P')], imported, settings);
    expect(flag).toMatchObject({
      month: '2026-11',
      risk: 40,
      reasons: [{ code: 'dropped_off', values: { month: '2026-11', lastMonth: '2026-10' } }],
    });
    const reason = flag?.reasons[0];
    if (!reason) throw new Error('no reason');
    expect(reasonText('en', reason)).toBe('Not on the school’s register for November 2026 (was on it in October 2026)');
    expect(reasonText('bn', reason)).toMatch(/নভেম্বর.*২০২৬/);
  });

  it('flags attendance strictly falling over three consecutive months', () => {
    // 25 open days, the absences spread out (every other day) so that no run forms.
    const days = (present: number) =>
      Array.from({ length: 25 }, (_, i) => (i % 2 === 1 && (i - 1) / 2 < 25 - present ? 'A' : 'P')).join('') + '.....';
    const falling = [month('2026-09', days(23)), month('2026-10', days(20)), month('2026-11', days(19))];
    const flag = flagOf(falling, none, settings);
    // 76% in November is above the threshold: falling is the only reason.
    expect(flag?.reasons).toEqual([{ code: 'falling', values: { from: '2026-09', to: '2026-11', percents: [92, 80, 76] } }]);
    expect(flag?.risk).toBe(15);
    expect(reasonText('en', { code: 'falling', values: { from: '2026-09', to: '2026-11', percents: [92, 80, 61] } })).toBe(
      'Attendance falling 3 months: 92% → 80% → 61%',
    );
    // Level for a month is not falling.
    expect(flagOf([month('2026-09', days(23)), month('2026-10', days(20)), month('2026-11', days(20))], none, settings)).toBeNull();
  });

  it('scores risk by the documented formula', () => {
    expect(riskOf([{ code: 'dropped_off', values: { month: '2026-11', lastMonth: '2026-10' } }], settings)).toBe(40);
    expect(riskOf([{ code: 'absence_run', values: { days: 10, from: '2026-11-02', month: '2026-11' } }], settings)).toBe(35);
    expect(riskOf([{ code: 'absence_run', values: { days: 5, from: '2026-11-02', month: '2026-11' } }], settings)).toBe(25);
    expect(riskOf([{ code: 'low_attendance', values: { month: '2026-11', present: 0, open: 20, percent: 0 } }], settings)).toBe(30);
    expect(riskOf([{ code: 'low_attendance', values: { month: '2026-11', present: 14, open: 20, percent: 70 } }], settings)).toBe(11);
    expect(
      riskOf(
        [
          { code: 'dropped_off', values: { month: '2026-11', lastMonth: '2026-10' } },
          { code: 'absence_run', values: { days: 12, from: '2026-10-02', month: '2026-10' } },
          { code: 'low_attendance', values: { month: '2026-10', present: 0, open: 20, percent: 0 } },
          { code: 'falling', values: { from: '2026-08', to: '2026-10', percents: [80, 40, 0] } },
        ],
        settings,
      ),
    ).toBe(100);
  });
});

describe('the worklist after imports', () => {
  let t: TestHost | undefined;
  afterEach(() => t?.cleanup());

  async function importFile(o: Office, name: string, month: string, rows: RegisterRow[]) {
    const content = await registerWorkbook({ school: 'Uttar Bagundi F.P. School', udise: '19112300101', month, rows });
    const preview = await o.t.ok('attendance.preview', { files: [{ name, contentBase64: content }] }, o.t.admin);
    return (await o.t.ok('attendance.commit', { previewId: preview.previewId }, o.t.admin)).files[0];
  }

  it('flags a run of absences across the month boundary, a drop-off, and takes a child off when regular again', async () => {
    const o = await officeWithSchool();
    t = o.t;
    const { priya, sourav, rahim } = o;
    // October: Priya absent the last 4 school days (28–31: below the run of 5); Rahim and Sourav present.
    const october = monthMarks('2026-10', (d) => (d >= 28 ? 'A' : 'P'));
    await importFile(o, 'oct.xlsx', '2026-10', [
      { roll: '7', name: 'Priya Mondal', class: 3, sex: 'F', marks: october },
      { roll: '8', name: 'Sourav Mondal', class: 3, sex: 'M', marks: present('2026-10') },
      { roll: '12', name: 'Sk Rahim', class: 3, sex: 'M', marks: present('2026-10') },
    ]);
    let flags = await o.t.ok('attendance.flags', {}, o.t.admin);
    expect(flags.rows).toHaveLength(0);

    // November: Priya absent until the 3rd (the 1st is a Sunday): 28–31 Oct + 2, 3 Nov = 6 days in a row. Rahim is not on the sheet.
    const committed = await importFile(o, 'nov.xlsx', '2026-11', [
      { roll: '7', name: 'Priya Mondal', class: 3, sex: 'F', marks: monthMarks('2026-11', (d) => (d <= 3 ? 'A' : 'P')) },
      { roll: '8', name: 'Sourav Mondal', class: 3, sex: 'M', marks: present('2026-11') },
    ]);
    expect(committed).toMatchObject({ flagsRaised: 2, flagged: 2 });
    flags = await o.t.ok('attendance.flags', {}, o.t.admin);
    expect(flags.rows.map((r) => [r.childCode, r.risk, r.reasons.map((x) => x.text)])).toEqual([
      [rahim.childCode, 40, ['Not on the school’s register for November 2026 (was on it in October 2026)']],
      [priya.childCode, 25, ['Absent 6 school days in a row (from 28/10/2026)']],
    ]);
    expect(flags.rows[0]).toMatchObject({
      gramPanchayat: 'Khejurtala',
      schoolName: 'Uttar Bagundi F.P. School',
      status: 'open',
      lastPercent: 100,
      volunteer: null,
    });
    expect(flags.rows.map((r) => r.childId)).not.toContain(sourav.id);
    expect((await o.t.ok('attendance.flags', { gramPanchayat: 'Bagundi' }, o.t.admin)).rows.map((r) => r.childId)).toEqual([priya.id]);
    expect((await o.t.ok('attendance.flags', { reason: 'dropped_off' }, o.t.admin)).rows.map((r) => r.childId)).toEqual([rahim.id]);

    // A corrected November sheet: Priya was there from the 2nd, Rahim is back. Both leave the worklist.
    await importFile(o, 'nov-corrected.xlsx', '2026-11', [
      { roll: '7', name: 'Priya Mondal', class: 3, sex: 'F', marks: present('2026-11') },
      { roll: '8', name: 'Sourav Mondal', class: 3, sex: 'M', marks: present('2026-11') },
      { roll: '12', name: 'Sk Rahim', class: 3, sex: 'M', marks: present('2026-11') },
    ]);
    expect((await o.t.ok('attendance.flags', { status: 'all' }, o.t.admin)).rows).toHaveLength(0);

    const trend = await o.t.ok('attendance.schoolTrend', { schoolId: o.school.id }, o.t.admin);
    expect(trend.months.map((m) => [m.month, m.children, m.daysOpen])).toEqual([
      ['2026-10', 3, 27],
      ['2026-11', 3, 25],
    ]);
  });

  it('recomputes the worklist when the administrator changes the thresholds', async () => {
    const o = await officeWithSchool();
    t = o.t;
    // Absent every third day (never two in a row): present 16 of 25 open days in November.
    const patchy = monthMarks('2026-11', (d) => (d % 3 === 0 ? 'A' : 'P'));
    await importFile(o, 'nov.xlsx', '2026-11', [{ roll: '8', name: 'Sourav Mondal', class: 3, sex: 'M', marks: patchy }]);
    const [row] = (await o.t.ok('attendance.flags', {}, o.t.admin)).rows;
    expect(row?.reasons.map((r) => r.text)).toEqual(['Attended 16 of 25 days (64%) in November 2026']);

    await o.t.ok('settings.update', { attendanceThresholdPercent: 60 }, o.t.admin);
    expect((await o.t.ok('attendance.flags', { status: 'all' }, o.t.admin)).rows).toHaveLength(0);
    expect(await o.t.raw('settings.update', { absenceRunDays: 1 }, o.t.admin)).toMatchObject({
      ok: false,
      error: { key: 'errors.attendance.absenceRunRange' },
    });
    await o.t.ok('settings.update', { attendanceThresholdPercent: 75 }, o.t.admin);
    expect((await o.t.ok('attendance.recomputeFlags', {}, o.t.admin)).flagged).toBe(1);
  });

  it('puts a followed-up child back on the worklist when a newer month flags them again', async () => {
    const o = await officeWithSchool();
    t = o.t;
    const patchy = (month: string) => monthMarks(month, (d) => (d % 3 === 0 ? 'A' : 'P'));
    await importFile(o, 'oct.xlsx', '2026-10', [{ roll: '8', name: 'Sourav Mondal', class: 3, sex: 'M', marks: patchy('2026-10') }]);
    await o.t.ok('followUps.create', { childId: o.sourav.id, visitDate: '2026-11-05', visitedBy: 'Sabita Das', finding: 'ill' }, o.t.admin);
    expect((await o.t.ok('attendance.flags', { status: 'all' }, o.t.admin)).rows.map((r) => r.status)).toEqual(['followed_up']);
    // The same October file corrected for someone else does not reopen it: same month.
    await o.t.ok('attendance.recomputeFlags', {}, o.t.admin);
    expect((await o.t.ok('attendance.flags', {}, o.t.admin)).rows).toHaveLength(0);

    await importFile(o, 'nov.xlsx', '2026-11', [{ roll: '8', name: 'Sourav Mondal', class: 3, sex: 'M', marks: patchy('2026-11') }]);
    const [row] = (await o.t.ok('attendance.flags', {}, o.t.admin)).rows;
    expect(row).toMatchObject({
      childId: o.sourav.id,
      status: 'open',
      month: '2026-11',
      lastFollowUp: { visitDate: '2026-11-05', finding: 'ill' },
    });
  });

  it('exports the worklist with the reasons in words', async () => {
    const o = await officeWithSchool();
    t = o.t;
    await importFile(o, 'nov.xlsx', '2026-11', [
      { roll: '8', name: 'Sourav Mondal', class: 3, sex: 'M', marks: monthMarks('2026-11', (d) => (d < 12 ? 'A' : 'P')) },
    ]);
    const file = await o.t.ok('attendance.exportFlags', {}, o.t.admin);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const cells = (row: number) => ((sheet?.getRow(row).values ?? []) as unknown[]).slice(1).map(String);
    expect(cells(3)).toContain(o.sourav.childCode);
    expect(cells(3).join(' | ')).toContain('Absent 9 school days in a row (from 02/11/2026)');
  });
});
