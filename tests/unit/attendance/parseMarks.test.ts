import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../../../electron/shared/periods';
import { childMonthOf, countOpen, markOf, openDaysOf } from '../../../electron/attendance/marks';

describe('reading one mark', () => {
  it.each([
    ['P', 'P'],
    ['p', 'P'],
    ['P ', 'P'],
    [' p', 'P'],
    ['/', 'P'],
    ['✓', 'P'],
    ['1', 'P'],
    [1, 'P'],
    ['উ', 'P'],
    ['উপস্থিত', 'P'],
    ['A', 'A'],
    ['a', 'A'],
    ['AB', 'A'],
    ['Ab', 'A'],
    ['0', 'A'],
    [0, 'A'],
    ['অ', 'A'],
    ['অনুপস্থিত', 'A'],
    ['L', 'L'],
    ['l', 'L'],
    ['H', 'H'],
    ['½', 'D'],
    ['HD', 'D'],
    ['hd', 'D'],
    [0.5, 'D'],
    ['0.5', 'D'],
    ['', '.'],
    ['  ', '.'],
    [undefined, '.'],
    ['-', '.'],
  ] as const)('%j reads as %s', (value, mark) => {
    expect(markOf(value)).toBe(mark);
  });

  it.each([['X'], ['x'], ['2'], [2], ['PP'], ['Present?']])('%j is not an attendance mark', (value) => {
    expect(markOf(value)).toBeNull();
  });

  it('does not take a date in a day cell for a mark', () => {
    expect(markOf(new Date(Date.UTC(2026, 10, 3)))).toBeNull();
  });
});

describe("counting a child's month", () => {
  it('counts present days with half days as ½ and open days as the days with P, A, L or D', () => {
    // 1..7: P P D A . H P
    const month = childMonthOf('PPDA.HP');
    expect(month.daysPresent).toBe(3.5);
    expect(month.daysOpen).toBe(5);
  });

  it('runs absences across closed days and the child’s blank days, and breaks them on presence', () => {
    // A A (Sunday) A L A | P | A A
    const month = childMonthOf('AA.ALAPAA');
    expect(month.longestAbsenceRun).toBe(5);
    expect(month.leadingAbsence).toBe(5);
    expect(month.trailingAbsence).toBe(2);
  });

  it('breaks a run on a half day', () => {
    expect(childMonthOf('AADAA').longestAbsenceRun).toBe(2);
  });

  it('counts an absent month as one run from start to end', () => {
    const month = childMonthOf('.AAAAAA.AAAAAA.AA');
    expect(month).toEqual({
      daysPresent: 0,
      daysOpen: 14,
      unmarkedDays: 0,
      longestAbsenceRun: 14,
      leadingAbsence: 14,
      trailingAbsence: 14,
    });
  });

  it('counts an unmarked day (U) as open and not present, in the percent and in the run', () => {
    const month = childMonthOf('PPUUAUP.PUU');
    expect(month).toEqual({ daysPresent: 4, daysOpen: 10, unmarkedDays: 5, longestAbsenceRun: 4, leadingAbsence: 0, trailingAbsence: 2 });
  });

  it('counts nothing for a child with no marks', () => {
    expect(childMonthOf('..............')).toEqual({
      daysPresent: 0,
      daysOpen: 0,
      unmarkedDays: 0,
      longestAbsenceRun: 0,
      leadingAbsence: 0,
      trailingAbsence: 0,
    });
  });
});

describe('open days', () => {
  it('opens a day when any child has P, A, L or D on it; a blank or all-H column is closed', () => {
    const open = openDaysOf(['PH.A', 'AH.A', '.H.D'], 4);
    expect(open).toEqual([true, false, false, true]);
    expect(countOpen(open)).toBe(2);
  });

  it('knows the length of each month', () => {
    expect(daysInMonth('2026-11')).toBe(30);
    expect(daysInMonth('2026-02')).toBe(28);
    expect(daysInMonth('2028-02')).toBe(29);
    expect(daysInMonth('2026-12')).toBe(31);
  });
});
