import { describe, expect, it } from 'vitest';
import { numbers, parsedByWriter, parsedWith, writers } from './realFiles';

/** Issue 11, rules 5-8, on registers written by SheetJS, exceljs and LibreOffice (xlsx and ods). */

describe.each(parsedByWriter('r5-closures'))('rule 5, a merged block over day columns is a closure (%s)', (_, file) => {
  it('closes the Sunday, the Puja vacation and the ছুটি for every child: 20 open days', () => {
    expect(file.sheets[0]?.closures).toEqual([
      { from: 8, to: 8, text: 'Sunday', cell: 'K4' },
      { from: 19, to: 23, text: 'Puja vacation', cell: 'V4' },
      { from: 24, to: 24, text: 'ছুটি', cell: 'AA4' },
    ]);
    expect(numbers(file.children)).toEqual([
      ['Priya Mondal', 20, 20, 0, 100, 0, null],
      ['Sourav Das', 18, 20, 0, 90, 2, null],
      ['Moumita Khatun', 19, 20, 0, 95, 1, null],
      // Absent the 18th and the 25th, with the vacation between: one run of two open days.
      ['Rahim Sk', 18, 20, 0, 90, 2, null],
    ]);
    expect(file.daysOpen).toBe(20);
    expect(file.problems).toEqual([]);
  });
});

describe.each(writers)('rule 6, a roll written twice in one class and section (%s)', (writer) => {
  it('names the sheet, both rows and both names, and holds the file until the user decides', () => {
    const file = parsedWith('r6-roll-twice', writer);
    expect(file.duplicateRolls).toEqual([
      {
        sheet: 'Class II',
        class: 2,
        section: 'A',
        roll: '7',
        rows: [
          { sheet: 'Class II', row: 5, name: 'Sabina Khatun' },
          { sheet: 'Class II', row: 6, name: 'Sabita Roy' },
        ],
      },
    ]);
    expect(file.problems.map((p) => [p.key, p.sheet, p.row, p.message])).toEqual([
      [
        'errors.attendance.rollTwice',
        'Class II',
        6,
        `r6-roll-twice.${writer}, sheet Class II: roll 7 is written twice in the same class and section, on row 5 (Sabina Khatun) and row 6 (Sabita Roy). Say whether they are the same child, or correct one of the rolls, before it can be imported`,
      ],
    ]);
  });

  it('takes the corrected roll (two different children), or leaves the row out (the same child twice)', () => {
    const corrected = parsedWith('r6-roll-twice', writer, { rolls: { 'Class II!6': '9' } });
    expect(corrected.duplicateRolls).toEqual([]);
    expect(corrected.children.map((c) => [c.name, c.roll, c.daysPresent])).toEqual([
      ['Priya Mondal', '6', 24],
      ['Sabina Khatun', '7', 23],
      ['Sabita Roy', '9', 18],
      ['Sourav Das', '8', 24],
    ]);
    const leftOut = parsedWith('r6-roll-twice', writer, { rolls: { 'Class II!6': null } });
    expect(leftOut.children.map((c) => c.name)).toEqual(['Priya Mondal', 'Sabina Khatun', 'Sourav Das']);
    expect(leftOut.sheets[0]?.skippedRows).toEqual([{ row: 6, reason: 'leftOut', text: 'Sabita Roy' }]);
    expect(leftOut.problems).toEqual([]);
  });
});

describe.each(writers)('rule 7, unknown marks never pass quietly (%s)', (writer) => {
  const file = parsedWith('r7-unknown-marks', writer);
  it('names the file, sheet and cell of each and what was expected; until decided the days are unmarked', () => {
    expect(file.unknownMarks).toEqual([
      { value: 'X', count: 6, cells: ['Class II!E4', 'Class II!F4', 'Class II!G4', 'Class II!H4', 'Class II!I4'], meaning: null },
      { value: '?', count: 1, cells: ['Class II!H5'], meaning: null },
    ]);
    expect(file.problems.map((p) => p.message).slice(0, 2)).toEqual([
      `r7-unknown-marks.${writer} has marks that are not attendance marks ('X', '?'): say what each means before it can be imported`,
      `r7-unknown-marks.${writer}, sheet Class II, cell E4: 'X' is not an attendance mark. Expected P (present), A (absent), L (leave), ½ (half day), H (holiday) or a blank; say below what 'X' means in this register`,
    ]);
    expect(numbers(file.children)).toEqual([
      ['Priya Mondal', 18, 24, 6, 75, 6, null],
      ['Sourav Das', 23, 24, 1, 96, 1, null],
      ['Rahim Sk', 24, 24, 0, 100, 0, null],
    ]);
  });

  it('reads them as the user chose, for this import', () => {
    const chosen = parsedWith('r7-unknown-marks', writer, { markMeanings: { X: 'A', '?': 'P' } });
    expect(chosen.unknownMarks?.map((m) => [m.value, m.count, m.meaning])).toEqual([
      ['X', 6, 'A'],
      ['?', 1, 'P'],
    ]);
    // The register's own total counted the '?' day absent; read as present, the marks say 24, and it says so.
    expect(chosen.problems.map((p) => [p.key, p.cell])).toEqual([['errors.attendance.totalMismatch', 'AH5']]);
    expect(numbers(chosen.children)).toEqual([
      ['Priya Mondal', 18, 24, 0, 75, 6, null],
      ['Sourav Das', 24, 24, 0, 100, 0, null],
      ['Rahim Sk', 24, 24, 0, 100, 0, null],
    ]);
    expect(chosen.children[0]?.marks.slice(0, 8)).toBe('.AAAAAA.');
  });
});

describe('rule 8, a refusal says where it looked', () => {
  it.each(parsedByWriter('r8-no-names'))('names the file, the sheet, the header row and its columns (%s)', (writer, file) => {
    expect(file.ok).toBe(false);
    expect(file.problems.map((p) => p.message)).toEqual([
      `r8-no-names.${writer}: no sheet has a column of children’s names; is this an attendance register?`,
      `r8-no-names.${writer}, sheet Fees: row 3 was taken for the header, and it has A: Sl · B: Admission No. · C: Guardian · D: Village · E: Amount. Expected a column of the children’s names headed “Name”, “Name of the Student” or “নাম”, and day columns 1, 2, 3…`,
    ]);
  });

  it.each(parsedByWriter('r8-days-no-name-header'))(
    'asks for the columns of a sheet with days and no name header, saying which row (%s)',
    (writer, file) => {
      expect(file.problems.map((p) => [p.key, p.row, p.message])).toEqual([
        [
          'errors.attendance.mapColumns',
          2,
          `r8-days-no-name-header.${writer}, sheet Class II: row 2 has the day numbers, but no column of the children’s names was found there (A: Roll No. · B: Entry · C: Sex · D: 1 · E: 2 · F: 3 · G: 4 · H: 5 · I: 6 · J: 7 · K: 8 · L: 9). Expected a column headed “Name” or “নাম”: choose which columns hold the names and the days`,
        ],
      ]);
    },
  );
});
