import { afterEach, describe, expect, it } from 'vitest';
import { auditLog, children } from '../../../electron/db/schema';
import { uttarBagundiSchool } from '../../fixtures/office';
import { officeWithOneSchool } from '../schoolOffice';
import { adminPassword, type TestHost } from '../testHost';

let t: (TestHost & { admin: { token: string | null } }) | undefined;
afterEach(() => t?.cleanup());

async function schoolAndChildren() {
  const { office, school } = await officeWithOneSchool(uttarBagundiSchool);
  t = office;
  const add = (input: Record<string, unknown>) =>
    office.ok('children.create', { sex: 'female', schoolId: school.id, classGrade: 4, ...input } as never, office.admin);
  const priya = await add({
    nameEn: 'Priya Mondal',
    nameBn: 'প্রিয়া মণ্ডল',
    dateOfBirth: '2016-03-14',
    village: 'Uttar Bagundi',
    roll: '12',
  });
  const rahim = await add({ nameEn: 'Rahim Sk.', sex: 'male', ageYears: 11, village: 'Dakshin Para' });
  const moumita = await add({ nameBn: 'মৌমিতা বিশ্বাস', ageYears: 9 });
  return { office, school, priya, rahim, moumita };
}

describe('schools', () => {
  it('refuses a UDISE code that is not 11 digits, or one already used, at the field', async () => {
    const { office } = await schoolAndChildren();
    for (const udise of ['1911230010', '191123001011', '1911230010A']) {
      expect(await office.raw('schools.create', { name: 'X', udise, type: 'primary' }, office.admin)).toMatchObject({
        ok: false,
        error: { field: 'udise', key: 'errors.udise' },
      });
    }
    expect(await office.raw('schools.create', { name: 'Copy', udise: '19112300101', type: 'primary' }, office.admin)).toMatchObject({
      ok: false,
      status: 409,
      error: { field: 'udise', message: expect.stringContaining('Uttar Bagundi FP School') },
    });
    const list = await office.ok('schools.list', { q: 'bagundi' }, office.admin);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ udise: '19112300101', children: 3 });
  });
});

describe('children', () => {
  it('gives each child a unique code from the office code, and keeps which birth fact was given', async () => {
    const { office, priya, rahim } = await schoolAndChildren();
    expect(priya.childCode).toBe('BSH-C00001');
    expect(rahim.childCode).toBe('BSH-C00002');
    const p = await office.ok('children.get', { id: priya.id }, office.admin);
    expect(p).toMatchObject({ birthBasis: 'dob', dateOfBirth: '2016-03-14', age: 10, schoolName: 'Uttar Bagundi FP School' });
    const r = await office.ok('children.get', { id: rahim.id }, office.admin);
    expect(r).toMatchObject({ birthBasis: 'age', ageYears: 11, ageAsOf: '2026-11-24', dateOfBirth: null, age: 11 });
    const audit = office.host.database.db.select().from(auditLog).all();
    expect(audit.filter((a) => a.action === 'children.create').map((a) => a.summary)).toEqual(['BSH-C00001', 'BSH-C00002', 'BSH-C00003']);
  });

  it('finds spelling variants and Bengali-script names', async () => {
    const { office } = await schoolAndChildren();
    const names = async (q: string) => (await office.ok('children.search', { q }, office.admin)).rows.map((r) => r.nameEn ?? r.nameBn);
    expect(await names('Mandal')).toEqual(['Priya Mondal']);
    expect(await names('prya mondol')).toEqual(['Priya Mondal']);
    expect(await names('মণ্ডল')).toEqual(['Priya Mondal']);
    expect(await names('Sheikh Rahim')).toEqual(['Rahim Sk.']);
    expect(await names('মৌমিতা')).toEqual(['মৌমিতা বিশ্বাস']);
    expect(await names('Moumita Biswas')).toEqual(['মৌমিতা বিশ্বাস']);
    expect(await names('BSH-C00002')).toEqual(['Rahim Sk.']);
    expect(await names('Ghosh')).toEqual([]);
  });

  it('filters, sorts and pages the register', async () => {
    const { office, school } = await schoolAndChildren();
    const girls = await office.ok('children.search', { sex: 'female', sort: 'name' }, office.admin);
    expect(girls.total).toBe(2);
    const page = await office.ok(
      'children.search',
      { schoolId: school.id, sort: 'code', direction: 'desc', limit: 2, offset: 0 },
      office.admin,
    );
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.childCode)).toEqual(['BSH-C00003', 'BSH-C00002']);
    expect((await office.ok('children.search', { village: 'Dakshin Para' }, office.admin)).rows).toHaveLength(1);
    expect((await office.ok('children.filters', {}, office.admin)).villages).toEqual(['Dakshin Para', 'Uttar Bagundi']);
  });

  it('warns of a likely duplicate: same school, similar name, close age', async () => {
    const { office, school } = await schoolAndChildren();
    await office.ok('children.create', { nameEn: 'Sourav Mondal', sex: 'male', ageYears: 10, schoolId: school.id }, office.admin);
    const dupes = await office.ok('children.checkDuplicates', { schoolId: school.id, nameEn: 'Prya Mandal', ageYears: 11 }, office.admin);
    expect(dupes.map((d) => d.childCode)).toEqual(['BSH-C00001']);
    expect(await office.ok('children.checkDuplicates', { schoolId: school.id, nameEn: 'Prya Mandal', ageYears: 15 }, office.admin)).toEqual(
      [],
    );
    expect(
      await office.ok('children.checkDuplicates', { schoolId: school.id, nameEn: 'Sabina Khatun', ageYears: 10 }, office.admin),
    ).toEqual([]);
  });

  it('refuses a child without a name, without a birth fact, or born in the future, and saves nothing', async () => {
    const { office } = await schoolAndChildren();
    const before = office.host.database.db.select().from(children).all().length;
    expect(await office.raw('children.create', { sex: 'female', ageYears: 9 }, office.admin)).toMatchObject({
      ok: false,
      error: { field: 'nameEn' },
    });
    expect(await office.raw('children.create', { sex: 'female', nameEn: 'Asha' }, office.admin)).toMatchObject({
      ok: false,
      error: { field: 'dateOfBirth' },
    });
    expect(await office.raw('children.create', { sex: 'female', nameEn: 'Asha', dateOfBirth: '2027-01-01' }, office.admin)).toMatchObject({
      ok: false,
      error: { field: 'dateOfBirth', key: 'errors.dobFuture' },
    });
    expect(await office.raw('children.create', { sex: 'female', nameEn: 'Asha', dateOfBirth: '2016-02-30' }, office.admin)).toMatchObject({
      ok: false,
      error: { field: 'dateOfBirth', key: 'errors.dateNotExist' },
    });
    expect(office.host.database.db.select().from(children).all().length).toBe(before);
  });

  it('edits a child and records what changed', async () => {
    const { office, rahim } = await schoolAndChildren();
    office.advance(60 * 24 * 400);
    await office.ok('auth.login', { username: 'anita', password: adminPassword }, office.admin);
    await office.ok(
      'children.update',
      { id: rahim.id, version: 1, nameEn: 'Rahim Sheikh', sex: 'male', ageYears: 12, classGrade: 5, village: 'Dakshin Para' },
      office.admin,
    );
    const r = await office.ok('children.get', { id: rahim.id }, office.admin);
    // The age told in 2026 stays anchored to that day: still 11 on 24/11/2026, 12 now.
    expect(r).toMatchObject({ nameEn: 'Rahim Sheikh', ageYears: 11, ageAsOf: '2026-11-24', age: 12, classGrade: 5 });
    const audit = office.host.database.db
      .select()
      .from(auditLog)
      .all()
      .filter((a) => a.action === 'children.update');
    expect(audit[0]?.summary).toContain('nameEn');
    expect((await office.ok('children.search', { q: 'sheikh' }, office.admin)).rows).toHaveLength(1);
  });
});
