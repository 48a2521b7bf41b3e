import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../../electron/attendance/parse';
import type { ParsedChild, ParsedFile } from '../../../electron/attendance/types';
import { fixtureChildren, marksOf, registerSheets, registerWorkbook, xlsxOf, type FixtureChild } from '../../fixtures/attendance';

/**
 * The messes of point 1 of issue 4, one fixture each, asserting what a user checks in the preview:
 * days present, days open, the longest absence run, and each problem's sheet, cell and message.
 */

const month = '2026-11'; // Sundays 1, 8, 15, 22, 29; the 24th a holiday: 24 school days.
const holidays = [24];
const november = (marks: Record<number, string> = {}, from?: number) => marksOf(month, marks, { holidays, from });

/** Five children whose numbers are worked out by hand below. */
const fiveChildren: FixtureChild[] = [
  { roll: 1, name: 'Priya Mondal', sex: 'F', marks: november({ 3: 'A', 4: 'A' }) },
  { roll: 2, name: 'Rahim Sk', sex: 'M', marks: november({ 5: 'A', 6: 'A', 7: 'A', 9: 'A', 10: 'A', 11: 'A' }) },
  { roll: 3, name: 'Moumita Khatun', sex: 'F', marks: november({ 2: 'D', 3: 'D' }) },
  { roll: 4, name: 'Sourav Das', sex: 'M', marks: november({ 2: 'A', 3: 'A', 4: 'A', 12: 'L', 27: 'A', 28: 'A', 30: 'A' }) },
  { roll: 5, name: 'Rina Biswas', sex: 'F', marks: november({}, 16) },
];

/** [name, days present, days open, longest absence run, leading, trailing] */
const fiveExpected: [string, number, number, number, number, number][] = [
  ['Priya Mondal', 22, 24, 2, 0, 0],
  ['Rahim Sk', 18, 24, 6, 0, 0],
  ['Moumita Khatun', 23, 24, 0, 0, 0],
  ['Sourav Das', 17, 24, 3, 3, 3],
  // Blank before her admission on the 16th: the school was open those 12 days, so they are unmarked
  // and count against her (issue 11, rule 1; until then she read 12 of 12 open days).
  ['Rina Biswas', 12, 24, 12, 12, 0],
];

function counts(children: ParsedChild[]) {
  return children.map((c) => [c.name, c.daysPresent, c.daysOpen, c.longestAbsenceRun, c.leadingAbsence, c.trailingAbsence]);
}

const school = { month, schoolName: 'Nabapally F.P. School', schoolUdise: '19112300101' };

function messages(file: ParsedFile): string[] {
  return file.problems.map((p) => p.message);
}

describe('a plain register with merged title rows (.xlsx)', async () => {
  const file = parseRegister('nabapally.xlsx', await registerWorkbook({ ...school, children: fiveChildren, sheetName: 'Class II' }));

  it('reads every child with the days present, days open and absence runs a user checks', () => {
    expect(file.ok).toBe(true);
    expect(counts(file.children)).toEqual(fiveExpected);
    expect(file.children[1]?.marks).toBe('.PPPAAA.AAAPPP.PPPPPP.PHPPPP.P');
    expect(file.daysOpen).toBe(24);
    expect(messages(file)).toEqual([]);
  });

  it('takes the school and month from the merged titles and the class from the sheet name', () => {
    expect(file.schoolHint).toEqual({ udise: '19112300101', name: 'Nabapally F.P. School' });
    expect(file.month).toBe('2026-11');
    expect(file.sheets).toMatchObject([{ name: 'Class II', skipped: false, class: 2 }]);
    expect(file.children.map((c) => [c.roll, c.class, c.sex, c.row])).toEqual([
      ['1', 2, 'female', 5],
      ['2', 2, 'male', 6],
      ['3', 2, 'female', 7],
      ['4', 2, 'male', 8],
      ['5', 2, 'female', 9],
    ]);
  });

  it('finds the columns: serial is not the roll; the total present column', () => {
    expect(file.sheets[0]?.mapping).toEqual({ headerRow: 4, roll: 2, name: 3, class: null, section: null, sex: 4, firstDay: 5, total: 35 });
    expect(file.children.map((c) => c.statedTotal)).toEqual([22, 18, 23, 17, 12]);
  });

  it('gives the sha256 of the bytes and shows the first rows for choosing columns', () => {
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(file.sheets[0]?.firstRows?.[3]?.slice(0, 5)).toEqual(['Sl. No.', 'Roll No.', 'Name of the Student', 'Sex', '1']);
  });
});

describe('the messes of real registers', () => {
  it('reads titles a writer repeated in every cell of the merged range, with the same layout key', async () => {
    const sheets = registerSheets({ ...school, children: fiveChildren, sheetName: 'Class II', mergedTitles: false });
    for (const row of sheets[0]?.rows.slice(0, 2) ?? []) row.push(...Array<string>(33).fill(String(row[0])));
    const repeated = parseRegister('repeated.xlsx', await xlsxOf(sheets));
    const merged = parseRegister('merged.xlsx', await registerWorkbook({ ...school, children: fiveChildren, sheetName: 'Class II' }));
    expect(repeated.schoolHint).toEqual({ udise: '19112300101', name: 'Nabapally F.P. School' });
    expect(repeated.month).toBe('2026-11');
    expect(counts(repeated.children)).toEqual(fiveExpected);
    expect(repeated.layoutKey).toBe(merged.layoutKey);
  });

  it('reads two header rows (the month over the day numbers) with Bengali headers and Bengali digits, and skips the সারাংশ sheet', async () => {
    const file = parseRegister(
      'bengali.xlsx',
      await registerWorkbook({
        ...school,
        schoolName: 'নবপল্লী প্রাথমিক বিদ্যালয়',
        children: fiveChildren,
        sheetName: 'শ্রেণি ৩',
        language: 'bn',
        bengaliDigits: true,
        headerRows: 2,
        summarySheet: true,
      }),
    );
    expect(file.month).toBe('2026-11');
    expect(file.schoolHint).toEqual({ udise: '19112300101', name: 'নবপল্লী প্রাথমিক বিদ্যালয়' });
    expect(file.sheets.map((s) => [s.name, s.skipped])).toEqual([
      ['শ্রেণি ৩', false],
      ['সারাংশ', true],
    ]);
    expect(counts(file.children)).toEqual(fiveExpected);
    expect(file.children.map((c) => [c.roll, c.class, c.statedTotal])).toEqual([
      ['1', 3, 22],
      ['2', 3, 18],
      ['3', 3, 23],
      ['4', 3, 17],
      ['5', 3, 12],
    ]);
    expect(file.sheets[0]?.mapping).toMatchObject({ headerRow: 4, roll: 2, name: 3, firstDay: 5, total: 35 });
    expect(file.daysOpen).toBe(24);
    expect(messages(file)).toEqual([]);
  });

  it('reads day columns that are real dates, and the month from them when no title says it', async () => {
    const file = parseRegister('dates.xlsx', await registerWorkbook({ month, children: fiveChildren, titles: [], dayHeaders: 'dates' }));
    expect(file.month).toBe('2026-11');
    expect(counts(file.children)).toEqual(fiveExpected);
  });

  it('reads one sheet per class, skips the summary sheet without a problem, and opens a day on any class', async () => {
    // Class IV went on an excursion on the 10th (H for all); the school was open for the others.
    const excursion = fixtureChildren(3, { month, seed: 4 }).map((c) => ({ ...c, marks: november({ 10: 'H' }) }));
    const classes = [
      { sheetName: 'Class II', children: fiveChildren.slice(0, 2) },
      { sheetName: 'Class-3', children: fiveChildren.slice(2, 4) },
      { sheetName: 'CL IV', children: excursion },
      { sheetName: 'শ্রেণি ৫', children: fiveChildren.slice(4) },
      { sheetName: 'I', children: fixtureChildren(2, { month, seed: 5 }).map((c) => ({ ...c, marks: november({ 5: 'A' }) })) },
    ];
    const file = parseRegister('classes.xlsx', await registerWorkbook({ ...school, classes, summarySheet: true }));
    expect(file.sheets.map((s) => [s.name, s.skipped, s.class])).toEqual([
      ['Class II', false, 2],
      ['Class-3', false, 3],
      ['CL IV', false, 4],
      ['শ্রেণি ৫', false, 5],
      ['I', false, 1],
      ['Summary', true, null],
    ]);
    expect(file.children.map((c) => [c.sheet, c.class])).toEqual([
      ['Class II', 2],
      ['Class II', 2],
      ['Class-3', 3],
      ['Class-3', 3],
      ['CL IV', 4],
      ['CL IV', 4],
      ['CL IV', 4],
      ['শ্রেণি ৫', 5],
      ['I', 1],
      ['I', 1],
    ]);
    expect(file.children.find((c) => c.sheet === 'CL IV')?.daysOpen).toBe(23);
    expect(file.daysOpen).toBe(24);
    expect(messages(file)).toEqual([]);
  });

  it("skips a hidden sheet (last month's copy the school kept)", async () => {
    const sheets = registerSheets({
      ...school,
      classes: [
        { sheetName: 'Class II', children: fiveChildren },
        { sheetName: 'Class II old', children: fixtureChildren(4, { month, seed: 8 }) },
      ],
    });
    const old = sheets[1];
    if (old) old.hidden = true;
    const file = parseRegister('hidden.xlsx', await xlsxOf(sheets));
    expect(file.sheets.map((s) => [s.name, s.skipped])).toEqual([
      ['Class II', false],
      ['Class II old', true],
    ]);
    expect(counts(file.children)).toEqual(fiveExpected);
  });

  it('takes the class and section from their columns, else from a title row', async () => {
    const withColumns = fiveChildren.map((c, i) => ({ ...c, classGrade: 3, section: i < 2 ? 'A' : 'B' }));
    const file = parseRegister(
      'columns.xlsx',
      await registerWorkbook({ ...school, children: withColumns, columns: { class: true, section: true } }),
    );
    expect(file.children.map((c) => [c.class, c.section])).toEqual([
      [3, 'A'],
      [3, 'A'],
      [3, 'B'],
      [3, 'B'],
      [3, 'B'],
    ]);
    const titled = parseRegister(
      'titled.xlsx',
      await registerWorkbook({
        month,
        children: fiveChildren,
        titles: ['Nabapally F.P. School', 'Class: IV   Section: B', 'November 2026'],
      }),
    );
    expect(titled.sheets[0]?.class).toBe(4);
    expect(titled.children.map((c) => [c.class, c.section])[0]).toEqual([4, 'B']);
  });

  it('skips blank rows, the totals row, the signature row and a header repeated on the next page', async () => {
    const sheets = registerSheets({ ...school, children: fiveChildren, blankRowEvery: 2, trailer: true });
    const rows = sheets[0]?.rows ?? [];
    rows.splice(8, 0, [...(rows[3] ?? [])]);
    const file = parseRegister('trailer.xlsx', await xlsxOf(sheets));
    expect(counts(file.children)).toEqual(fiveExpected);
    expect(messages(file)).toEqual([]);
  });

  it('reads every way a mark is written', async () => {
    const written: Record<string, (string | number)[]> = {
      P: ['P', 'p', 'P ', '/', '✓', 1, 'উ'],
      A: ['A', 'a', 'AB', 'Ab', 0, 'অ'],
      L: ['L', 'l'],
      H: ['H'],
      D: ['½', 'HD', 0.5],
    };
    const marks = november({ 2: 'A', 3: 'A', 4: 'L', 5: 'D', 6: 'A', 7: 'A', 9: 'D', 10: 'A', 11: 'A', 12: 'D', 13: 'L' });
    const children = Array.from({ length: 7 }, (_, i) => ({ roll: i + 1, name: `Child ${i + 1} Das`, sex: 'F', marks }));
    const file = parseRegister(
      'marks.xlsx',
      await registerWorkbook({
        ...school,
        children,
        markValue: (mark, _day, child) => {
          const ways = written[mark];
          return ways ? (ways[(Number(child.roll) - 1) % ways.length] ?? null) : null;
        },
      }),
    );
    expect(file.children.map((c) => c.marks)).toEqual(Array(7).fill(marks));
    expect(file.children[0]).toMatchObject({ daysPresent: 14.5, daysOpen: 24, longestAbsenceRun: 3 });
    expect(messages(file)).toEqual([]);
  });

  it('reports a mark that is not one with its sheet and cell, and treats the day as blank', async () => {
    const children = fixtureChildren(12, { month, seed: 9 }).map((c) => ({ ...c, marks: november() }));
    const tenth = children[9];
    if (tenth) tenth.marks = november({ 28: 'X' });
    const file = parseRegister('x.xlsx', await registerWorkbook({ ...school, children, sheetName: 'Class II' }));
    expect(file.problems).toEqual([
      {
        sheet: '',
        cell: '',
        row: 0,
        key: 'errors.attendance.chooseMarks',
        values: { file: 'x.xlsx', marks: "'X'" },
        message: "x.xlsx has marks that are not attendance marks ('X'): say what each means before it can be imported",
      },
      {
        sheet: 'Class II',
        cell: 'AF14',
        row: 14,
        key: 'errors.attendance.invalidMark',
        values: { file: 'x.xlsx', sheet: 'Class II', cell: 'AF14', value: 'X' },
        message:
          "x.xlsx, sheet Class II, cell AF14: 'X' is not an attendance mark. Expected P (present), A (absent), L (leave), ½ (half day), H (holiday) or a blank; say below what 'X' means in this register",
      },
    ]);
    // Until the user says what X means, the day is unmarked: open, not present (issue 11, rule 7).
    expect(file.children[9]).toMatchObject({ row: 14, daysPresent: 23, daysOpen: 24, unmarkedDays: 1 });
    expect(file.children[9]?.marks[27]).toBe('U');
    expect(file.unknownMarks).toEqual([{ value: 'X', count: 1, cells: ['Class II!AF14'], meaning: null }]);
  });

  it('shows the first twenty bad marks of a sheet and counts the rest', async () => {
    const children = fixtureChildren(30, { month, seed: 2 }).map((c) => ({ ...c, marks: november({ 2: 'E' }) }));
    const file = parseRegister('many.xlsx', await registerWorkbook({ ...school, children, sheetName: 'Class V' }));
    expect(file.problems.filter((p) => p.key === 'errors.attendance.invalidMark')).toHaveLength(20);
    expect(messages(file).at(-1)).toBe('many.xlsx, sheet Class V: 10 more cells are not attendance marks');
    const one = fixtureChildren(21, { month, seed: 2 }).map((c) => ({ ...c, marks: november({ 2: 'E' }) }));
    const oneMore = parseRegister('one.xlsx', await registerWorkbook({ ...school, children: one, sheetName: 'Class V' }));
    expect(messages(oneMore).at(-1)).toBe('one.xlsx, sheet Class V: 1 more cell is not an attendance mark');
  });

  it('trusts the marks over a "total present" that disagrees, and says so naming the cell and both numbers', async () => {
    const children = fiveChildren.map((c) => (c.name === 'Rahim Sk' ? { ...c, statedTotal: 21 } : c));
    const file = parseRegister('total.xlsx', await registerWorkbook({ ...school, children, sheetName: 'Class II' }));
    expect(file.children[1]).toMatchObject({ daysPresent: 18, statedTotal: 21 });
    expect(file.problems).toMatchObject([{ sheet: 'Class II', cell: 'AI6', row: 6, values: { stated: 21, counted: 18 } }]);
    expect(messages(file)).toEqual([
      'total.xlsx, sheet Class II, cell AI6: the register’s total says 21 days present, the marks add up to 18; the marks are used',
    ]);
  });

  it('reads past 10,000 formatted empty rows after the data', async () => {
    const file = parseRegister('formatted.xlsx', await registerWorkbook({ ...school, children: fiveChildren, formattedEmptyRows: 10_000 }));
    expect(counts(file.children)).toEqual(fiveExpected);
    expect(messages(file)).toEqual([]);
    // Writing the 10,000-row workbook is most of it: 2.5 s alone, past 30 s on a loaded machine.
  }, 120_000);

  it('leaves out a row with marks but no name, and says which row', async () => {
    const children = [...fiveChildren, { roll: 6, name: '', sex: 'F', marks: november() }];
    const file = parseRegister('nameless.xlsx', await registerWorkbook({ ...school, children, sheetName: 'Class II' }));
    expect(file.children).toHaveLength(5);
    expect(messages(file)).toEqual(['nameless.xlsx, sheet Class II, row 10 has marks but no name; the row was left out']);
    expect(file.problems[0]).toMatchObject({ cell: 'C10', row: 10 });
  });

  it('does not count days beyond the month: a February register with 31 day columns', async () => {
    const children = [{ roll: 1, name: 'Payel Mondal', sex: 'F', marks: 'P'.repeat(31) }];
    const file = parseRegister('february.xlsx', await registerWorkbook({ month: '2026-03', titles: ['February 2026'], children }));
    expect(file.month).toBe('2026-02');
    expect(file.children[0]).toMatchObject({ marks: 'P'.repeat(28), daysPresent: 28, daysOpen: 28 });
    expect(file.daysOpen).toBe(28);
  });

  it('reads the sex however it is written', async () => {
    const sexes = ['Girl', 'Boy', 'মেয়ে', 'ছেলে', 'G'];
    const children = fiveChildren.map((c, i) => ({ ...c, sex: sexes[i] }));
    const file = parseRegister('sex.xlsx', await registerWorkbook({ ...school, children }));
    expect(file.children.map((c) => c.sex)).toEqual(['female', 'male', 'female', 'male', 'female']);
  });

  it('has no roll when the register has only a serial number', async () => {
    const file = parseRegister('serial.xlsx', await registerWorkbook({ ...school, children: fiveChildren, columns: { roll: false } }));
    expect(file.children.map((c) => c.roll)).toEqual([null, null, null, null, null]);
    expect(file.sheets[0]?.mapping).toMatchObject({ roll: null, name: 2 });
  });
});
