import { afterEach, describe, expect, it } from 'vitest';
import { refreshNameKeys, nameKeyVersion } from '../../../electron/register/nameKeyRefresh';
import { officeWithOneSchool } from '../schoolOffice';
import type { TestHost } from '../testHost';

/**
 * Issue 11, rule 9, through children.search: the register's search and the import's matching share
 * one name key, so the hard c of the old spellings, the glides and Md. find the child in either script.
 */

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

async function register() {
  const { office, school } = await officeWithOneSchool({
    name: 'Nabapally FP School',
    udise: '19112300505',
    type: 'primary',
    village: 'Nabapally',
    gramPanchayat: 'Bagundi',
  });
  t = office;
  const child = (nameEn: string | undefined, nameBn: string | undefined, sex: 'female' | 'male') =>
    office.ok(
      'children.create',
      { ...(nameEn ? { nameEn } : {}), ...(nameBn ? { nameBn } : {}), sex, ageYears: 9, schoolId: school.id, classGrade: 4 } as never,
      office.admin,
    );
  await child('Kamala Chowdhury', undefined, 'female');
  await child(undefined, 'মোহাম্মদ রহিম', 'male');
  await child('Biswajit Roy', undefined, 'male');
  await child('Abdur Rahman', undefined, 'male');
  return office;
}

describe('children.search with the shared name key', () => {
  it.each([
    ['Camala Choudhury', 'Kamala Chowdhury'],
    ['কমলা চৌধুরী', 'Kamala Chowdhury'],
    ['Komola', 'Kamala Chowdhury'],
    ['Md Rahim', 'মোহাম্মদ রহিম'],
    ['Mohd. Raheem', 'মোহাম্মদ রহিম'],
    ['মোঃ রহিম', 'মোহাম্মদ রহিম'],
    ['Biswajeet Rai', 'Biswajit Roy'],
    ['বিশ্বজিৎ রায়', 'Biswajit Roy'],
    ['A. Rahman', 'Abdur Rahman'],
  ])('%s finds %s', async (q, name) => {
    const office = await register();
    const rows = (await office.ok('children.search', { q }, office.admin)).rows;
    expect(rows.map((r) => r.nameEn ?? r.nameBn)).toEqual([name]);
  });

  it('keys again, once, the names a database stored under the earlier key', async () => {
    const office = await register();
    const sqlite = office.host.database.sqlite;
    sqlite.prepare("UPDATE children SET name_key = ' kml cbdrj ' WHERE name_en = 'Kamala Chowdhury'").run();
    sqlite.prepare("UPDATE counters SET value = 1 WHERE name = 'name_key_version'").run();
    expect(refreshNameKeys(sqlite)).toBe(1);
    expect(sqlite.prepare("SELECT name_key AS k FROM children WHERE name_en = 'Kamala Chowdhury'").get()).toEqual({ k: ' kml cdr ' });
    expect(sqlite.prepare("SELECT value FROM counters WHERE name = 'name_key_version'").get()).toEqual({ value: nameKeyVersion });
    expect(refreshNameKeys(sqlite)).toBe(0);
  });
});
