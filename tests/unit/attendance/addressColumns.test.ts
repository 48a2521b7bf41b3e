import { describe, expect, it } from 'vitest';
import { headerRoleOf } from '../../../electron/attendance/parse/headerWords';
import { phoneOf } from '../../../electron/attendance/parse/rowAddress';
import { numbers, parsedByWriter } from './realFiles';

/** Issue 15, point 4: a register's guardian, village/para, GP and phone columns, as SheetJS, exceljs and LibreOffice wrote them. */

const address = (file: ReturnType<typeof parsedByWriter>[number][1]) =>
  file.children.map((c) => [c.name, c.guardianName, c.guardianRelation, c.village, c.gramPanchayat, c.phone]);

describe.each(parsedByWriter('r9-address'))('an English register with guardian, village, GP and phone columns (%s)', (_, file) => {
  it('reads each child’s guardian, village/para, GP and phone, with the attendance as before', () => {
    expect(file.ok).toBe(true);
    expect(address(file)).toEqual([
      ['Priya Mondal', 'Sabita Mondal', null, 'Uttar Bagundi', 'Bagundi', '9830012345'],
      ['Sourav Das', 'Haren Das', null, 'Dakshin Para', 'Bagundi', '9007012345'],
      ['Moumita Khatun', 'Rashida Bibi', null, 'Nabapally', 'Kalsur', '+919433012345'],
      ['Rahim Sk', 'Abdul Sk', null, null, null, null],
      ['Rina Biswas', 'Kalpana Biswas', null, 'Uttar Bagundi', null, null],
    ]);
    // The address columns are not taken for days, names or totals.
    expect(numbers(file.children)[0]).toEqual(['Priya Mondal', 24, 24, 0, 100, 0, null]);
    expect(file.children.map((c) => c.sex)).toEqual(['female', 'male', 'female', 'male', 'female']);
  });

  it('says which phone cell holds no phone number, and imports the child without it', () => {
    expect(file.problems.map((p) => [p.key, p.cell, p.row])).toEqual([['errors.attendance.phoneUnreadable', 'G8', 8]]);
    expect(file.problems[0]?.message).toBe(
      `${file.name}, sheet Class IV, cell G8: “98300-1234” is not a phone number (10 digits for a mobile); the child is imported without it`,
    );
  });
});

describe.each(parsedByWriter('r9-address-bn'))('a Bengali register with পিতার নাম, গ্রাম/পাড়া, গ্রাম পঞ্চায়েত, ফোন নম্বর (%s)', (_, file) => {
  it('reads them, the father named as such, the phone’s Bengali digits as digits', () => {
    expect(file.ok).toBe(true);
    expect(address(file)).toEqual([
      ['প্রিয়া মণ্ডল', 'সুবল মণ্ডল', 'বাবা', 'উত্তর বাগুন্ডি', 'বাগুন্ডি', '9830012345'],
      ['রহিম শেখ', 'আব্দুল শেখ', 'বাবা', 'নবপল্লী', null, null],
    ]);
    expect(file.problems).toEqual([]);
  });
});

describe('header words for where a child lives', () => {
  it.each([
    ['Guardian’s Name', 'guardian'],
    ["Father's Name", 'guardian'],
    ['মায়ের নাম', 'guardian'],
    ['পিতার নাম', 'guardian'],
    ['অভিভাবকের নাম', 'guardian'],
    ['Village', 'village'],
    ['Vill./Para', 'village'],
    ['Address', 'village'],
    ['গ্রাম', 'village'],
    ['পাড়া', 'village'],
    ['G.P.', 'gp'],
    ['Gram Panchayat', 'gp'],
    ['গ্রাম পঞ্চায়েত', 'gp'],
    ['Mobile No.', 'phone'],
    ['Guardian’s Phone', 'phone'],
    ['মোবাইল নং', 'phone'],
    ['Name of the Student', 'name'],
    ['M/F', 'sex'],
    ["Father's occupation", null],
    ['Name of the School', null],
  ])('%s is %s', (header, role) => {
    expect(headerRoleOf(header)).toBe(role);
  });

  it.each([
    ['98300 12345', '9830012345'],
    ['৯৮৩০০১২৩৪৫', '9830012345'],
    ['+91-98300-12345', '+919830012345'],
    ['033 2555 1234', '03325551234'],
    ['98300 12345 / 90070 12345', '9830012345'],
    ['98300-1234', null],
    ['not known', null],
  ])('the phone in “%s” is %s', (text, phone) => {
    expect(phoneOf(text)).toBe(phone);
  });
});
