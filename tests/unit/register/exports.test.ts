import { afterEach, describe, expect, it } from 'vitest';
import { firstSheet } from '../../fixtures/exportedWorkbook';
import { officeWithAdmin, type TestHost } from '../testHost';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

describe('exports to Excel', () => {
  it('exports the register with the filters on screen, in the user’s language', async () => {
    const office = await officeWithAdmin();
    t = office;
    const school = await office.ok(
      'schools.create',
      { name: 'Uttar Bagundi FP School', udise: '19112300101', type: 'primary' },
      office.admin,
    );
    await office.ok(
      'children.create',
      {
        nameEn: 'Priya Mondal',
        nameBn: 'প্রিয়া মণ্ডল',
        sex: 'female',
        dateOfBirth: '2016-03-14',
        schoolId: school.id,
        classGrade: 4,
        section: 'A',
      },
      office.admin,
    );
    await office.ok('children.create', { nameEn: '=HYPERLINK("x")', sex: 'male', ageYears: 11 }, office.admin);

    const all = await firstSheet(await office.ok('children.export', { sort: 'code' }, office.admin));
    expect(all.getCell('A2').value).toBe('Child code');
    expect(all.rowCount).toBe(4);
    const priya = all.getRow(3);
    expect(priya.getCell(1).value).toBe('BSH-C00001');
    expect(priya.getCell(3).value).toBe('প্রিয়া মণ্ডল');
    expect(priya.getCell(6).value).toBe('14/03/2016');
    expect(priya.getCell(9).value).toBe('IV-A');
    // A name that looks like a formula stays text.
    expect(all.getRow(4).getCell(2).value).toBe('=HYPERLINK("x")');

    const girls = await firstSheet(await office.ok('children.export', { sex: 'female' }, office.admin));
    expect(girls.rowCount).toBe(3);

    await office.ok('auth.setLanguage', { language: 'bn' }, office.admin);
    const bengali = await firstSheet(await office.ok('children.export', { q: 'mandal' }, office.admin));
    expect(bengali.getCell('A2').value).toBe('শিশু কোড');
    expect(bengali.getRow(3).getCell(4).value).toBe('মেয়ে');

    const schools = await firstSheet(await office.ok('schools.export', {}, office.admin));
    expect(schools.getRow(3).getCell(2).value).toBe('19112300101');

    const audit = await firstSheet(await office.ok('audit.export', { q: 'children' }, office.admin));
    // When, who, the PC, then the action.
    expect(audit.getCell('C2').value).toBe('পিসি');
    expect(audit.getCell('C3').value).toBe('হোস্ট পিসি');
    expect(audit.getCell('D3').value).toBe('তালিকা এক্সেলে রপ্তানি');
  });
});
