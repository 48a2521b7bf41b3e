import { describe, expect, it } from 'vitest';
import { flagOf } from '../../../electron/attendance/flags';
import type { ParsedChild } from '../../../electron/attendance/types';
import { numbers, parsedByWriter } from './realFiles';

/**
 * Issue 11, rules 1-4, on registers written by SheetJS, exceljs and LibreOffice (xlsx and ods).
 * November 2026: Sundays 1, 8, 15, 22, 29 and the holiday on the 24th are closed: 24 open days.
 */

const settings = { attendanceThresholdPercent: 75, absenceRunDays: 5, fallingMonths: 3 };

function flagCodes(c: ParsedChild, daysOpen = c.daysOpen): string[] {
  const month = { month: '2026-11', schoolId: 1, marks: c.marks, daysPresentHalves: c.daysPresent * 2, daysOpen };
  return flagOf([month], () => [], settings)?.reasons.map((r) => r.code) ?? [];
}

describe.each(parsedByWriter('r1-unmarked'))('rule 1, days open belong to the school (%s)', (_, file) => {
  it('gives every child the sheet’s 24 open days; a blank on an open day is unmarked and not present', () => {
    expect(file.ok).toBe(true);
    expect(file.month).toBe('2026-11');
    expect(numbers(file.children)).toEqual([
      ['Priya Mondal', 24, 24, 0, 100, 0, null],
      ['Ananya Das', 17, 24, 6, 71, 1, null],
      ['Rahim Sk', 0, 24, 24, 0, 24, null],
      ['Moumita Khatun', 0, 24, 0, 0, 24, null],
      ['Sourav Das', 21, 24, 0, 88, 3, null],
      ['Rina Biswas', 12, 24, 12, 50, 12, null],
    ]);
    expect(file.sheets[0]).toMatchObject({ name: 'Class III', openDays: 24, unmarkedDays: 42 });
    expect(file.unmarkedDays).toBe(42);
    expect(file.problems).toEqual([]);
  });

  it('flags the girl with blanks on open days below 75 %, where her marked days alone would not', () => {
    const ananya = file.children.find((c) => c.name === 'Ananya Das');
    if (!ananya) throw new Error('Ananya Das not read');
    expect(flagCodes(ananya)).toEqual(['low_attendance']);
    // Her 18 marked days alone: 17 of 18 present, 94 %, no flag.
    expect(flagCodes(ananya, ananya.daysOpen - ananya.unmarkedDays)).toEqual([]);
  });

  it('gives a child unmarked or absent every open day 0 % and flags her, never "no data"', () => {
    const rahim = file.children.find((c) => c.name === 'Rahim Sk');
    const moumita = file.children.find((c) => c.name === 'Moumita Khatun');
    expect(rahim && flagCodes(rahim)).toEqual(['absence_run', 'low_attendance']);
    expect(moumita && flagCodes(moumita)).toEqual(['absence_run', 'low_attendance']);
    const priya = file.children.find((c) => c.name === 'Priya Mondal');
    expect(priya && flagCodes(priya)).toEqual([]);
  });
});

describe.each(parsedByWriter('r2-not-children'))('rule 2, rows that are not children (%s)', (_, file) => {
  it('reads only the four children, with their numbers', () => {
    expect(numbers(file.children)).toEqual([
      ['Priya Mondal', 24, 24, 0, 100, 0, null],
      ['Sourav Das', 22, 24, 0, 92, 2, null],
      ['Moumita Khatun', 23, 24, 0, 96, 1, null],
      ['Rahim Sk', 17, 24, 0, 71, 7, null],
    ]);
    expect(file.children.map((c) => c.row)).toEqual([5, 6, 9, 10]);
    expect(file.problems).toEqual([]);
  });

  it('lists every row skipped, with its row number and why', () => {
    expect(file.sheets[0]?.skippedRows?.map((s) => [s.row, s.reason])).toEqual([
      [4, 'weekdays'],
      [7, 'header'],
      [8, 'weekdays'],
      [11, 'total'],
      [12, 'dailyCount'],
      [13, 'dailyCount'],
      [14, 'total'],
      [15, 'dailyCount'],
      [16, 'workingDays'],
      [17, 'signature'],
      [18, 'remarks'],
    ]);
  });
});

describe.each(parsedByWriter('r3-sections'))('rule 3, section label rows (%s)', (_, file) => {
  it('gives the section of the label above to the rows that follow; rolls restart in each section', () => {
    expect(numbers(file.children)).toEqual([
      ['Priya Mondal', 24, 24, 0, 100, 0, 'A'],
      ['Sourav Das', 23, 24, 0, 96, 1, 'A'],
      ['Moumita Khatun', 22, 24, 0, 92, 2, 'B'],
      ['Rahim Sk', 24, 24, 0, 100, 0, 'B'],
      ['রিনা বিশ্বাস', 24, 24, 0, 100, 0, 'ক'],
      ['সুমন রায়', 23, 24, 0, 96, 1, 'খ'],
    ]);
    expect(file.children.map((c) => [c.class, c.roll])).toEqual([
      [5, '1'],
      [5, '2'],
      [5, '1'],
      [5, '2'],
      [6, '1'],
      [6, '1'],
    ]);
    expect(file.duplicateRolls).toEqual([]);
    expect(file.problems).toEqual([]);
  });

  it('lists the label rows and the Bengali weekday row as not children', () => {
    expect(file.sheets.map((s) => s.skippedRows?.map((r) => [r.row, r.reason]))).toEqual([
      [
        [4, 'section'],
        [7, 'section'],
      ],
      [
        [4, 'weekdays'],
        [5, 'section'],
        [7, 'section'],
      ],
    ]);
  });
});

describe('rule 4, the month wherever it is written', () => {
  it.each([
    ['r4-banner', 'in the upper of two header rows, merged over the days, in capitals'],
    ['r4-banner-bn', 'in the upper header row, in Bengali'],
    ['r4-sheet-name', 'in the sheet name'],
    ['r4-file-name_2026-11', 'in the file name'],
  ])('%s: %s', (name) => {
    for (const [writer, file] of parsedByWriter(name)) {
      expect([writer, file.month, file.problems]).toEqual([writer, '2026-11', []]);
      expect(numbers(file.children)).toEqual([
        ['Priya Mondal', 24, 24, 0, 100, 0, null],
        [
          'Sourav Das',
          name.startsWith('r4-banner') ? 23 : 24,
          24,
          0,
          name.startsWith('r4-banner') ? 96 : 100,
          name.startsWith('r4-banner') ? 1 : 0,
          null,
        ],
      ]);
    }
  });

  it.each(parsedByWriter('r4-disagree'))('says so when the title and the sheet name disagree (%s)', (writer, file) => {
    expect(file.month).toBe('2026-11');
    expect(file.problems.map((p) => p.message)).toEqual([
      `r4-disagree.${writer}: “Month: November 2026” says 2026-11, but “October 2026” says 2026-10. It was read as 2026-11: choose the month if that is wrong`,
    ]);
  });
});
