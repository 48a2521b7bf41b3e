import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { officeWithAdmin, type TestHost } from '../testHost';

/**
 * Issue 15, point 4: the children missing an address (no village or no GP), filled one row at a
 * time, or by downloading the list, filling it in Excel and uploading it back: every cell checked
 * first, each problem naming sheet, row and column, and nothing written unless every row is right.
 */

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

async function officeWithChildren() {
  const office = await officeWithAdmin();
  t = office;
  // A school whose village and GP the office has not written: its children get none from an import either.
  const school = await office.ok('schools.create', { name: 'Nabapally F.P. School', udise: '19112300101', type: 'primary' }, office.admin);
  const child = (nameEn: string, roll: string, extra: Record<string, string> = {}) =>
    office.ok('children.create', { nameEn, sex: 'female', ageYears: 9, schoolId: school.id, classGrade: 4, roll, ...extra }, office.admin);
  const priya = await child('Priya Mondal', '1');
  const ananya = await child('Ananya Das', '2', { village: 'Nabapally' });
  const rina = await child('Rina Biswas', '3');
  await child('Moumita Khatun', '4', { village: 'Uttar Bagundi', gramPanchayat: 'Bagundi' });
  return { office, school, priya, ananya, rina };
}

async function sheetOf(file: { contentBase64: string }): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return { workbook, sheet };
}

const upload = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');

function addresses(office: TestHost) {
  return office.host.database.sqlite
    .prepare('SELECT child_code AS code, guardian_name AS guardian, phone, village, gram_panchayat AS gp FROM children ORDER BY id')
    .all();
}

describe('children missing an address', () => {
  it('lists the children with no village or no GP, and fills one row in place', async () => {
    const { office, priya } = await officeWithChildren();
    const list = await office.ok('addresses.missing', {}, office.admin);
    expect(list.total).toBe(3);
    expect(list.rows.map((r) => [r.childCode, r.nameEn, r.village, r.gramPanchayat])).toEqual([
      ['BSH-C00001', 'Priya Mondal', null, null],
      ['BSH-C00002', 'Ananya Das', 'Nabapally', null],
      ['BSH-C00003', 'Rina Biswas', null, null],
    ]);

    expect(
      await office.raw('addresses.set', { id: priya.id, village: 'Nabapally', gramPanchayat: 'Kalsur', phone: '12345' }, office.admin),
    ).toMatchObject({
      ok: false,
      error: { field: 'phone', key: 'errors.phone' },
    });
    expect(
      await office.ok(
        'addresses.set',
        { id: priya.id, village: 'Nabapally', gramPanchayat: 'Kalsur', guardianName: 'Sabita Mondal', phone: '98300 12345' },
        office.admin,
      ),
    ).toEqual({ id: priya.id, missing: false });
    expect((await office.ok('addresses.missing', {}, office.admin)).total).toBe(2);
    // The register's village filter finds her now.
    expect((await office.ok('children.search', { village: 'Nabapally' }, office.admin)).rows.map((r) => r.nameEn)).toEqual([
      'Ananya Das',
      'Priya Mondal',
    ]);
  });

  it('fills the rest by an Excel round-trip: download, fill village, GP, guardian and phone, upload', async () => {
    const { office } = await officeWithChildren();
    const { workbook, sheet } = await sheetOf(await office.ok('addresses.export', {}, office.admin));
    // Row 1 the title, row 2 the header, a row per child.
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'Child code',
      'Name',
      'School',
      'Class',
      'Roll',
      'Guardian’s name',
      'Phone',
      'Village / para',
      'Gram Panchayat or ward',
    ]);
    expect(sheet.getCell('A3').value).toBe('BSH-C00001');
    expect(sheet.getCell('H4').value).toBe('Nabapally');
    sheet.getCell('H3').value = 'Nabapally';
    sheet.getCell('I3').value = 'Kalsur';
    sheet.getCell('G3').value = 9830012345;
    sheet.getCell('I4').value = 'Kalsur';
    sheet.getCell('F5').value = 'Kalpana Biswas';
    sheet.getCell('H5').value = 'Uttar Bagundi';
    sheet.getCell('I5').value = 'Bagundi';
    sheet.getCell('G5').value = '৯০০৭০ ১২৩৪৫';

    const result = await office.ok('addresses.import', { fileName: 'filled.xlsx', contentBase64: await upload(workbook) }, office.admin);
    expect(result).toEqual({ rows: 3, updated: 3, stillMissing: 0 });
    expect(addresses(office)).toEqual([
      { code: 'BSH-C00001', guardian: null, phone: '9830012345', village: 'Nabapally', gp: 'Kalsur' },
      { code: 'BSH-C00002', guardian: null, phone: null, village: 'Nabapally', gp: 'Kalsur' },
      { code: 'BSH-C00003', guardian: 'Kalpana Biswas', phone: '9007012345', village: 'Uttar Bagundi', gp: 'Bagundi' },
      { code: 'BSH-C00004', guardian: null, phone: null, village: 'Uttar Bagundi', gp: 'Bagundi' },
    ]);
    expect((await office.ok('addresses.missing', {}, office.admin)).total).toBe(0);
  });

  it('reads a list downloaded in Bengali, its columns found by their Bengali headers', async () => {
    const { office } = await officeWithChildren();
    await office.ok('auth.setLanguage', { language: 'bn' }, office.admin);
    const { workbook, sheet } = await sheetOf(await office.ok('addresses.export', {}, office.admin));
    expect(sheet.getCell('A2').value).toBe('শিশু কোড');
    expect(sheet.name).toBe('ঠিকানা');
    sheet.getCell('I3').value = 'কালসুর';
    sheet.getCell('H3').value = 'নবপল্লী';
    expect(
      await office.ok('addresses.import', { fileName: 'ভরা.xlsx', contentBase64: await upload(workbook) }, office.admin),
    ).toMatchObject({
      updated: 1,
      stillMissing: 2,
    });
  });

  it('refuses a list with a wrong cell, naming each one by sheet, row and column, and writes nothing', async () => {
    const { office } = await officeWithChildren();
    const { workbook, sheet } = await sheetOf(await office.ok('addresses.export', {}, office.admin));
    const before = addresses(office);
    sheet.getCell('H3').value = 'Nabapally';
    sheet.getCell('I3').value = 'Kalsur';
    sheet.getCell('G4').value = '98300-1234';
    sheet.getCell('A5').value = 'BSH-C00099';
    sheet.getCell('H6').value = 'x'.repeat(201);
    sheet.getCell('A6').value = 'BSH-C00001';

    const refused = await office.raw('addresses.import', { fileName: 'filled.xlsx', contentBase64: await upload(workbook) }, office.admin);
    expect(refused).toMatchObject({ ok: false, status: 400 });
    if (refused.ok) throw new Error('accepted');
    const messages = (refused.error.fields ?? []).map((f) => [f.field, f.key]);
    // Every problem at once, in the sheet's order: one round of corrections is enough.
    expect(messages).toEqual([
      ['G4', 'errors.addresses.phone'],
      ['A5', 'errors.addresses.unknownCode'],
      ['A6', 'errors.addresses.codeTwice'],
      ['H6', 'errors.addresses.tooLong'],
    ]);
    expect(refused.error.message).toBe(
      'Sheet Addresses, row 4, column “Phone” (cell G4): “98300-1234” is not a phone number. Expected a 10-digit mobile number (or an 11-digit landline with STD code)',
    );
    expect(refused.error.where).toEqual({ sheet: 'Addresses', row: 4, cell: 'G4', field: 'G4' });
    expect(addresses(office)).toEqual(before);

    // With only the unknown code left: still nothing written, Priya's good row included.
    sheet.getCell('G4').value = null;
    sheet.getCell('H6').value = null;
    sheet.getCell('A6').value = null;
    const unknown = await office.raw('addresses.import', { fileName: 'filled.xlsx', contentBase64: await upload(workbook) }, office.admin);
    if (unknown.ok) throw new Error('accepted');
    expect(unknown.error).toMatchObject({ key: 'errors.addresses.unknownCode', where: { sheet: 'Addresses', row: 5, cell: 'A5' } });
    expect(addresses(office)).toEqual(before);

    expect(
      await office.raw(
        'addresses.import',
        { fileName: 'letter.xlsx', contentBase64: Buffer.from('Dear sir').toString('base64') },
        office.admin,
      ),
    ).toMatchObject({ ok: false, error: { key: 'errors.addresses.notWorkbook', message: expect.stringContaining('letter.xlsx') } });
  });
});
