import { describe, expect, it } from 'vitest';
import { classInTitle, classOfText } from '../../../electron/attendance/parse/classes';
import { dayRunOf } from '../../../electron/attendance/parse/dayLabels';
import { headerRoleOf } from '../../../electron/attendance/parse/headerWords';
import { monthOfName, monthOfTitles } from '../../../electron/attendance/parse/month';
import { schoolNameIn, udiseIn } from '../../../electron/attendance/parse/titles';

describe('the month in title rows', () => {
  it.each([
    ['November 2026', '2026-11'],
    ['Nov-2026', '2026-11'],
    ['11/2026', '2026-11'],
    ['Month: NOVEMBER, 2026', '2026-11'],
    ['Attendance Register for the month of September 2026', '2026-09'],
    ["Sept'26", '2026-09'],
    ['নভেম্বর ২০২৬', '2026-11'],
    ['হাজিরা খাতা — জানুয়ারি ২০২৭', '2027-01'],
    ['জানুয়ারী, ২০২৭', '2027-01'],
    ['মে ২০২৬ মাসের হাজিরা', '2026-05'],
    ['আগষ্ট ২০২৬', '2026-08'],
    ['ফেব্রুয়ারি 2026', '2026-02'],
  ])('%s is %s', (title, month) => {
    expect(monthOfTitles([title])).toBe(month);
  });

  it('joins a month name in one cell with the only year written in another', () => {
    expect(monthOfTitles(['Month: November', 'Year: 2026'])).toBe('2026-11');
    expect(monthOfTitles(['মাস: ডিসেম্বর', 'সাল: ২০২৬'])).toBe('2026-12');
  });

  it('finds no month where there is none', () => {
    expect(monthOfTitles(['Nabapally F.P. School', 'UDISE 19112300101'])).toBeNull();
    expect(monthOfTitles(['Class 3 Session 2026'])).toBeNull();
  });

  it('reads the month from a file or sheet name', () => {
    expect(monthOfName('attendance_2026-11.xlsx')).toBe('2026-11');
    expect(monthOfName('Nov 2026 Nabapally.xls')).toBe('2026-11');
    expect(monthOfName('19112300101 নভেম্বর ২০২৬.xlsx')).toBe('2026-11');
    expect(monthOfName('register.xlsx')).toBeNull();
  });
});

describe('classes as schools write them', () => {
  it.each([
    ['Class II', 2, null],
    ['Class-3', 3, null],
    ['CL IV', 4, null],
    ['শ্রেণি ৩', 3, null],
    ['শ্রেণী - ৪', 4, null],
    ['III', 3, null],
    ['III-A', 3, 'A'],
    ['Class V Sec B', 5, 'B'],
    ['3A', 3, 'A'],
    ['তৃতীয় শ্রেণি', 3, null],
    ['Pre-primary', 0, null],
    ['Class XII', 12, null],
  ])('%s is class %i section %s', (text, grade, section) => {
    expect(classOfText(text)).toEqual({ grade, section });
  });

  it.each([['Summary'], ['Sheet1'], ['2026'], ['Register'], ['Class 13']])('%s is not a class', (text) => {
    expect(classOfText(text)).toBeNull();
  });

  it('finds the class inside a title', () => {
    expect(classInTitle('Attendance of Class: III   Section: A')).toEqual({ grade: 3, section: 'A' });
    expect(classInTitle('হাজিরা খাতা — শ্রেণি ২')).toEqual({ grade: 2, section: null });
  });
});

describe('header words', () => {
  it.each([
    ['Name', 'name'],
    ['Name of the student', 'name'],
    ["Student's Name", 'name'],
    ['ছাত্র/ছাত্রীর নাম', 'name'],
    ['নাম', 'name'],
    ['Roll', 'roll'],
    ['Roll No.', 'roll'],
    ['রোল নং', 'roll'],
    ['Class', 'class'],
    ['শ্রেণি', 'class'],
    ['শ্রেণী', 'class'],
    ['Sec', 'section'],
    ['Section', 'section'],
    ['বিভাগ', 'section'],
    ['Sex', 'sex'],
    ['Gender', 'sex'],
    ['লিঙ্গ', 'sex'],
    ['B/G', 'sex'],
    ['Total', 'total'],
    ['Total Present', 'total'],
    ['মোট উপস্থিতি', 'total'],
    ['No. of days present', 'total'],
  ])('%s is the %s column', (text, role) => {
    expect(headerRoleOf(text)).toBe(role);
  });

  it.each([['Name of the School'], ['Sl. No.'], ['ক্রমিক নং'], ['Total Absent'], ['Total working days'], ['Class Teacher']])(
    '%s is none of them (a serial number is not the roll)',
    (text) => {
      expect(headerRoleOf(text)).toBeNull();
    },
  );
});

describe('day headers', () => {
  it('reads numbers, Bengali digits and "1 Mon" as days', () => {
    expect(dayRunOf(['Roll', 'Name', ...Array.from({ length: 30 }, (_, i) => i + 1), 'Total'])?.columns.length).toBe(30);
    const bengali = dayRunOf([
      'রোল',
      'নাম',
      ...Array.from({ length: 10 }, (_, i) => String(i + 1).replace(/\d/g, (d) => String.fromCharCode(0x09e6 + Number(d)))),
    ]);
    expect(bengali?.columns.map((c) => c.day)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(dayRunOf(['Name', '1 Mon', '2 Tue', '3 Wed', '4 Thu', '5 Fri', '6 Sat', '8 Mon'])?.columns.map((c) => c.day)).toEqual([
      1, 2, 3, 4, 5, 6, 8,
    ]);
  });

  it('tells day and month apart in dates written as text by which part changes', () => {
    const indian = dayRunOf(Array.from({ length: 9 }, (_, i) => `${String(i + 1).padStart(2, '0')}/11/2026`));
    expect(indian).toMatchObject({ month: 11, year: 2026 });
    expect(indian?.columns[8]?.day).toBe(9);
    const american = dayRunOf(Array.from({ length: 9 }, (_, i) => `11/${i + 1}/26`));
    expect(american).toMatchObject({ month: 11, year: 2026 });
    expect(american?.columns[8]?.day).toBe(9);
    expect(dayRunOf(Array.from({ length: 8 }, (_, i) => `${i + 1}-Nov`))).toMatchObject({ month: 11, year: null });
  });

  it('does not take a few numbers for a month of days', () => {
    expect(dayRunOf(['Roll', 1, 2, 3])).toBeNull();
  });
});

describe('the school in title rows', () => {
  it('finds the 11-digit UDISE code, in either script, labelled or not', () => {
    expect(udiseIn('Nabapally F.P. School (UDISE: 19112300101)')).toBe('19112300101');
    expect(udiseIn('ইউডাইস কোড: ১৯১১২৩০০১০১')).toBe('19112300101');
    expect(udiseIn('U-DISE Code 1911 2300 101')).toBe('19112300101');
    expect(udiseIn('Phone 9830012345')).toBeNull();
  });

  it('finds the school’s name', () => {
    expect(schoolNameIn(['Name of the School: Nabapally F.P. School', 'November 2026'])).toBe('Nabapally F.P. School');
    expect(schoolNameIn(['Name of the School:', 'Hingalganj High School'])).toBe('Hingalganj High School');
    expect(schoolNameIn(['Attendance Register — Kalitala Primary School — November 2026'])).toBe('Kalitala Primary School');
    expect(schoolNameIn(['নবপল্লী প্রাথমিক বিদ্যালয় (ইউডাইস: ১৯১১২৩০০১০১)'])).toBe('নবপল্লী প্রাথমিক বিদ্যালয়');
    expect(schoolNameIn(['Attendance Register for the month of November 2026'])).toBeNull();
  });
});
