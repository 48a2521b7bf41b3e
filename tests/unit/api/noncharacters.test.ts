import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLog, children } from '../../../electron/db/schema';
import { officeWithAdmin, type TestHost } from '../testHost';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

async function readable(file: { contentBase64: string }): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  const values: string[] = [];
  workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value))));
  return values;
}

describe('U+FFFE and U+FFFF', () => {
  it('are refused in every text field at the door, naming the field', async () => {
    const office = await officeWithAdmin();
    t = office;
    expect(await office.raw('children.create', { nameEn: 'Priya\uFFFF', sex: 'female', ageYears: 10 }, office.admin)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'nameEn', key: 'errors.host.noncharacter' },
    });
    expect(
      await office.raw('schools.create', { name: 'Uttar\uFFFE Bagundi', udise: '19112300101', type: 'primary' }, office.admin),
    ).toMatchObject({ ok: false, error: { field: 'name' } });
    // An anonymous failed login with such a username leaves nothing in the audit log to spoil its export.
    const before = office.host.database.db.select().from(auditLog).all().length;
    expect(await office.raw('auth.login', { username: 'anita\uFFFF', password: 'x' })).toMatchObject({ ok: false, status: 400 });
    expect(office.host.database.db.select().from(auditLog).all()).toHaveLength(before);
    expect(office.host.database.db.select().from(children).all()).toHaveLength(0);
  });

  it('are stripped by the Excel writers, so a name stored by an older version keeps the export readable', async () => {
    const office = await officeWithAdmin();
    t = office;
    await office.ok('children.create', { nameEn: 'Priya Mondal', sex: 'female', ageYears: 10 }, office.admin);
    office.host.database.sqlite.prepare("UPDATE children SET name_en = 'Priya' || char(65535) || ' Mondal'").run();
    office.host.database.sqlite
      .prepare("INSERT INTO audit_log (at, action, summary) VALUES ('2026-11-24T09:00:00Z', 'auth.loginFailed', 'anita' || char(65534))")
      .run();
    expect(await readable(await office.ok('children.export', {}, office.admin))).toContain('Priya Mondal');
    expect((await readable(await office.ok('audit.export', {}, office.admin))).join(' ')).toContain('anita');
  });
});
