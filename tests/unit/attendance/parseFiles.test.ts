import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../../electron/attendance/parse';
import type { ColumnMapping, ParsedChild } from '../../../electron/attendance/types';
import {
  blockRegisterOptions,
  emptyWorkbook,
  generateBlockMonth,
  marksOf,
  measureRegisterParse,
  passwordProtectedWorkbook,
  plainLetter,
  pngImage,
  presentDaysOf,
  randomBytes,
  registerCsv,
  registerOds,
  registerSheets,
  registerWorkbook,
  registerXls,
  sheetWithoutNames,
  truncated,
  wordDocument,
  type FixtureChild,
  type RegisterOptions,
} from '../../fixtures/attendance';

/** Formats decided by content, files that are not registers, the user's mapping, the layout key. */

const month = '2026-11';
const holidays = [24];
const november = (marks: Record<number, string> = {}) => marksOf(month, marks, { holidays });
const children: FixtureChild[] = [
  { roll: 1, name: 'Priya Mondal', sex: 'F', marks: november({ 3: 'A', 4: 'A' }) },
  { roll: 2, name: 'Rahim Sk', sex: 'M', marks: november({ 5: 'A', 6: 'A', 7: 'A', 9: 'A', 10: 'A', 11: 'A' }) },
  { roll: 3, name: 'মৌমিতা খাতুন', sex: 'মেয়ে', marks: november({ 2: 'D', 3: 'D' }) },
];
const expected = [
  ['Priya Mondal', 22, 24, 2],
  ['Rahim Sk', 18, 24, 6],
  ['মৌমিতা খাতুন', 23, 24, 0],
];
const counts = (list: ParsedChild[]) => list.map((c) => [c.name, c.daysPresent, c.daysOpen, c.longestAbsenceRun]);
const register: RegisterOptions = {
  month,
  schoolName: 'Nabapally F.P. School',
  schoolUdise: '19112300101',
  children,
  sheetName: 'Class II',
};

describe('formats, decided by what is in the file', () => {
  it.each([
    ['.xls (BIFF8)', 'nabapally.xls', () => registerXls(register)],
    ['.ods', 'nabapally.ods', () => registerOds(register)],
    ['.csv (UTF-8 with BOM, as Excel saves it)', 'nabapally.csv', () => registerCsv(register)],
    ['.csv without BOM, semicolons', 'nabapally.csv', () => registerCsv(register, { delimiter: ';', byteOrderMark: false })],
    ['an .xlsx named .xls', 'nabapally.xls', () => registerWorkbook(register)],
    ['an .ods named .xlsx', 'nabapally.xlsx', () => registerOds(register)],
  ])('%s', async (_, name, bytes) => {
    const file = parseRegister(name, await bytes());
    expect(file.ok).toBe(true);
    expect(counts(file.children)).toEqual(expected);
    expect(file.children.map((c) => c.sex)).toEqual(['female', 'male', 'female']);
    expect(file.schoolHint).toEqual({ udise: '19112300101', name: 'Nabapally F.P. School' });
    expect(file.month).toBe('2026-11');
    expect(file.daysOpen).toBe(24);
  });

  it('reads tab-separated UTF-16 text (Excel’s "Unicode text")', () => {
    const text = registerCsv(register, { delimiter: '\t', byteOrderMark: false }).toString('utf8');
    const file = parseRegister('nabapally.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(counts(file.children)).toEqual(expected);
  });

  it('reads an HTML table saved with an .xls name (what portals export)', () => {
    const rows = registerSheets(register)[0]?.rows ?? [];
    const html = `<html><body><table>${rows.map((r) => `<tr>${r.map((v) => `<td>${v ?? ''}</td>`).join('')}</tr>`).join('')}</table></body></html>`;
    const file = parseRegister('portal.xls', Buffer.from(html, 'utf8'));
    expect(counts(file.children)).toEqual(expected);
  });

  it('names a CSV’s problems after the file, its only sheet', async () => {
    const bad = children.map((c, i) => (i === 0 ? { ...c, marks: november({ 2: 'X' }) } : c));
    const file = parseRegister('nabapally-nov.csv', registerCsv({ ...register, children: bad }));
    expect(file.problems.map((p) => p.message)).toEqual([
      "nabapally-nov.csv has marks that are not attendance marks ('X'): say what each means before it can be imported",
      "nabapally-nov.csv, sheet nabapally-nov, cell F5: 'X' is not an attendance mark. Expected P (present), A (absent), L (leave), ½ (half day), H (holiday) or a blank; say below what 'X' means in this register",
    ]);
  });

  it('reads dates written as text in a CSV, in either order of day and month', () => {
    const text = registerCsv({ ...register, titles: [], dayHeaders: 'dateText' }).toString('utf8');
    expect(parseRegister('indian.csv', Buffer.from(text)).month).toBe('2026-11');
    const american = text.replace(/(\d\d)\/11\/2026/g, (_, day: string) => `11/${Number(day)}/2026`);
    const file = parseRegister('american.csv', Buffer.from(american));
    expect(file.month).toBe('2026-11');
    expect(counts(file.children)).toEqual(expected);
  });
});

describe('files that are not a register: ok false, one problem naming the file', () => {
  it.each([
    [
      'damaged (cut in half)',
      'cut.xlsx',
      async () => truncated(await registerWorkbook(register)),
      'cut.xlsx could not be read: it is damaged, or it is not an Excel, OpenDocument or CSV file',
    ],
    [
      'random bytes',
      'noise.xls',
      async () => randomBytes(),
      'noise.xls could not be read: it is damaged, or it is not an Excel, OpenDocument or CSV file',
    ],
    [
      'a Word document renamed',
      'register.xlsx',
      async () => wordDocument(),
      'register.xlsx is not a spreadsheet: save the register from Excel as .xlsx, .xls, .ods or .csv',
    ],
    [
      'a photo',
      'photo.xlsx',
      async () => pngImage(),
      'photo.xlsx is not a spreadsheet: save the register from Excel as .xlsx, .xls, .ods or .csv',
    ],
    [
      'a letter',
      'letter.csv',
      async () => plainLetter(),
      'letter.csv is not a spreadsheet: save the register from Excel as .xlsx, .xls, .ods or .csv',
    ],
    ['an empty workbook', 'empty.xlsx', () => emptyWorkbook(), 'empty.xlsx has no data in it'],
    [
      'a workbook with a password',
      'locked.xlsx',
      async () => passwordProtectedWorkbook(),
      'locked.xlsx is protected with a password: open it, remove the password and save it again',
    ],
    ['an empty file', 'zero.xlsx', async () => Buffer.alloc(0), 'zero.xlsx is empty (0 bytes)'],
    [
      'no name column anywhere',
      'marks.xlsx',
      () => sheetWithoutNames(),
      'marks.xlsx: no sheet has a column of children’s names; is this an attendance register?',
    ],
  ])('%s', async (_, name, bytes, message) => {
    const file = parseRegister(name, await bytes());
    expect(file.ok).toBe(false);
    expect(file.children).toEqual([]);
    expect(file.problems[0]).toMatchObject({ sheet: '', cell: '', row: 0, values: { file: name }, message });
    // Besides the one refusal, only where it looked on each sheet (issue 11, rule 8), naming the file.
    for (const more of file.problems.slice(1))
      expect(more).toMatchObject({ key: 'errors.attendance.noNameColumnIn', values: { file: name } });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never throws, whatever bytes of a register are damaged', async () => {
    const good = await registerWorkbook(register);
    let refused = 0;
    for (let i = 0; i < 40; i++) {
      const bad = Buffer.from(good);
      for (let k = 0; k < 20; k++) {
        const at = (i * 7919 + k * 104_729) % bad.length;
        bad[at] = (bad[at] ?? 0) ^ 0x5a;
      }
      const file = parseRegister('damaged.xlsx', bad);
      // A file that cannot be imported says why, and names itself, so the user knows which one to fix.
      if (file.ok) continue;
      refused += 1;
      expect(file.problems.some((p) => p.message.includes('damaged.xlsx'))).toBe(true);
    }
    // The damage is enough that some files cannot be read at all: the assertion above is exercised.
    expect(refused).toBeGreaterThan(0);
  });
});

describe('columns the parser cannot find, chosen by the user', () => {
  const unlabelled: RegisterOptions = { ...register, nameHeader: '' };

  it('asks to map the columns of a sheet that has days but no name header', async () => {
    const file = parseRegister('unlabelled.xlsx', await registerWorkbook(unlabelled));
    expect(file.ok).toBe(true);
    expect(file.children).toEqual([]);
    expect(file.problems.map((p) => [p.key, p.sheet, p.message])).toEqual([
      [
        'errors.attendance.mapColumns',
        'Class II',
        'unlabelled.xlsx, sheet Class II: row 4 has the day numbers, but no column of the children’s names was found there (A: Sl. No. · B: Roll No. · D: Sex · E: 1 · F: 2 · G: 3 · H: 4 · I: 5 · J: 6 · K: 7 · L: 8 · M: 9). Expected a column headed “Name” or “নাম”: choose which columns hold the names and the days',
      ],
    ]);
    expect(file.sheets[0]).toMatchObject({ name: 'Class II', skipped: false, mapping: null });
    expect(file.sheets[0]?.firstRows?.[4]?.slice(0, 3)).toEqual(['1', '1', 'Priya Mondal']);
  });

  it('reads the sheet with the mapping the user chose, for that sheet or for every sheet', async () => {
    const bytes = await registerWorkbook(unlabelled);
    const mapping: ColumnMapping = { headerRow: 4, roll: 2, name: 3, class: null, section: null, sex: 4, firstDay: 5, total: 35 };
    const choices: Record<string, ColumnMapping>[] = [{ 'Class II': mapping }, { '*': mapping }];
    for (const mappings of choices) {
      const file = parseRegister('unlabelled.xlsx', bytes, { mappings });
      expect(counts(file.children)).toEqual(expected);
      expect(file.problems).toEqual([]);
      expect(file.sheets[0]?.mapping).toEqual(mapping);
    }
  });

  it('gives the file the same layout key before and after the mapping, so next month finds the mapping remembered', async () => {
    const mapping: ColumnMapping = { headerRow: 4, roll: 2, name: 3, class: null, section: null, sex: 4, firstDay: 5, total: 35 };
    const asSent = parseRegister('unlabelled.xlsx', await registerWorkbook(unlabelled));
    const mapped = parseRegister('unlabelled.xlsx', await registerWorkbook(unlabelled), { mappings: { '*': mapping } });
    const nextMonth = parseRegister('unlabelled.xlsx', await registerWorkbook({ ...unlabelled, month: '2026-12' }));
    expect(mapped.layoutKey).toBe(asSent.layoutKey);
    expect(nextMonth.layoutKey).toBe(asSent.layoutKey);
  });

  it('lets the month the user chose win over the titles', async () => {
    const file = parseRegister('nabapally.xlsx', await registerWorkbook(register), { month: '2026-12' });
    expect(file.month).toBe('2026-12');
    expect(file.children[0]?.marks).toHaveLength(31);
  });

  it('finds the month in the sheet name, then the file name, when the titles do not say', async () => {
    const bySheet = parseRegister('register.xlsx', await registerWorkbook({ ...register, titles: [], sheetName: 'Nov 2026' }));
    expect(bySheet.month).toBe('2026-11');
    const byFile = parseRegister('19112300101_2026-11.xlsx', await registerWorkbook({ ...register, titles: [] }));
    expect(byFile.month).toBe('2026-11');
    expect(byFile.schoolHint.udise).toBe('19112300101');
    const none = parseRegister('register.xlsx', await registerWorkbook({ ...register, titles: [] }));
    expect(none.month).toBeNull();
    expect(none.children[0]?.marks).toHaveLength(30);
  });
});

describe("a block's month of registers (the bench's files)", () => {
  it('reads each of the four layouts with every child’s numbers as the generator made them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'suraksha-block-'));
    try {
      const options = { schools: 4, children: 40, month };
      const { files } = await generateBlockMonth(dir, options);
      const measure = await measureRegisterParse(files);
      expect(measure).toMatchObject({ files: 4, children: 160, problems: 0 });
      files.forEach((path, index) => {
        const register = blockRegisterOptions(index, options);
        const made = register.children ?? register.classes?.flatMap((c) => c.children) ?? [];
        const file = parseRegister(path, readFileSync(path));
        expect(file.schoolHint.udise).toBe(register.schoolUdise);
        expect(file.month).toBe(month);
        expect(file.children.map((c) => [c.name, c.daysPresent, c.marks])).toEqual(
          made.map((c) => [c.name, presentDaysOf(c.marks), c.marks]),
        );
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the layout key', () => {
  it('is the same for next month’s file from the same school, and differs between schools and layouts', async () => {
    const december = { ...register, month: '2026-12', children: children.map((c) => ({ ...c, marks: marksOf('2026-12', { 3: 'A' }) })) };
    const november = parseRegister('nov.xlsx', await registerWorkbook(register));
    const next = parseRegister('dec.xlsx', await registerWorkbook(december));
    const otherSchool = parseRegister(
      'other.xlsx',
      await registerWorkbook({ ...register, schoolName: 'Kalitala Primary School', schoolUdise: '19112300202' }),
    );
    const otherLayout = parseRegister('bn.xlsx', await registerWorkbook({ ...register, language: 'bn', headerRows: 2 }));
    expect(next.month).toBe('2026-12');
    expect(next.layoutKey).toBe(november.layoutKey);
    expect(otherSchool.layoutKey).not.toBe(november.layoutKey);
    expect(otherLayout.layoutKey).not.toBe(november.layoutKey);
    expect(november.layoutKey).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is the same for a school’s CSV files whatever their file names', () => {
    const a = parseRegister('nov-2026.csv', registerCsv(register));
    const b = parseRegister('dec 2026 register.csv', registerCsv(register));
    expect(a.layoutKey).toBe(b.layoutKey);
  });
});
