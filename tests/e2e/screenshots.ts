/**
 * `npm run screenshots`: the README's pictures of every screen, in English and Bengali, from a
 * fresh office filled through the API. Not part of `npm test`: it asserts nothing, it shows.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, type APIRequestContext, type Page } from '@playwright/test';
import { freshDataDir, startServeHost } from './host';

const out = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const password = 'Suraksha2026';

async function api(request: APIRequestContext, url: string, method: string, data: unknown): Promise<{ id: number }> {
  const response = await request.post(`${url}api/${method}`, { data });
  const body = (await response.json()) as { result: { id: number }; error?: unknown };
  if (!response.ok()) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${out}${name}.png` });
}

test('screens in English and Bengali', async ({ page }) => {
  test.setTimeout(300_000);
  mkdirSync(out, { recursive: true });
  const host = await startServeHost(freshDataDir());
  const { url } = host;
  await page.goto(url);
  await shoot(page, 'setup-en');

  const r = page.request;
  await api(r, url, 'setup.initialize', {
    organisation: 'Jabala Action Research Organisation',
    officeName: 'Basirhat field office',
    officeCode: 'BSH',
    district: 'North 24 Parganas',
    block: 'Basirhat-II',
    adminName: 'Anita Sen',
    adminUsername: 'anita',
    adminPassword: password,
  });
  const schools = [
    ['Uttar Bagundi FP School', '19112300101', 'primary', 'Bagundi', 'Uttar Bagundi', 'Sri Tapan Ghosh'],
    ['Hingalganj High School', '19112300212', 'secondary', 'Hingalganj', 'Hingalganj', 'Smt. Ruma Biswas'],
    ['Itinda High Madrasah', '19112300345', 'madrasah', 'Itinda', 'Itinda', 'Md. Abdul Gazi'],
  ] as const;
  const schoolIds: number[] = [];
  for (const [name, udise, type, gramPanchayat, village, headTeacher] of schools) {
    schoolIds.push(
      (await api(r, url, 'schools.create', { name, udise, type, gramPanchayat, village, headTeacher, phone: '9830012345' })).id,
    );
  }
  const kids = [
    ['Priya Mondal', 'প্রিয়া মণ্ডল', 'female', '2016-03-14', null, 0, 4, 'Uttar Bagundi'],
    ['Rahim Sk.', 'রহিম শেখ', 'male', null, 11, 0, 5, 'Dakshin Para'],
    [null, 'মৌমিতা বিশ্বাস', 'female', '2017-08-02', null, 0, 3, 'Uttar Bagundi'],
    ['Sabina Khatun', null, 'female', null, 13, 2, 7, 'Itinda'],
    ['Sourav Haldar', 'সৌরভ হালদার', 'male', '2012-11-30', null, 1, 9, 'Hingalganj'],
    ['Yasmin Bibi', 'ইয়াসমিন বিবি', 'female', '2011-01-21', null, 2, 10, 'Itinda'],
    ['Akash Sardar', null, 'male', null, 8, 0, 2, 'Dakshin Para'],
    ['Puja Naskar', 'পূজা নস্কর', 'female', '2014-05-09', null, 1, 7, 'Hingalganj'],
  ] as const;
  let first = 0;
  for (const [nameEn, nameBn, sex, dateOfBirth, ageYears, school, classGrade, village] of kids) {
    const made = await api(r, url, 'children.create', {
      nameEn,
      nameBn,
      sex,
      dateOfBirth,
      ageYears,
      schoolId: schoolIds[school],
      classGrade,
      section: 'A',
      roll: String(classGrade * 3 + 1),
      village,
      gramPanchayat: schools[school][3],
      guardianName: sex === 'female' ? 'Rekha Mondal' : 'Kasem Sk.',
      guardianRelation: 'mother',
      phone: '9876543210',
    });
    first ||= made.id;
  }
  await api(r, url, 'users.create', { fullName: 'Rina Das', username: 'rina', role: 'data_entry', password });
  await api(r, url, 'users.create', { fullName: 'Manju Halder', username: 'manju', role: 'case_worker', password });
  await api(r, url, 'admin.backupNow', {});

  for (const lang of ['en', 'bn'] as const) {
    await api(r, url, 'auth.setLanguage', { language: lang });
    for (const [name, route] of [
      ['children', '#/children'],
      ['child', `#/children/${first}`],
      ['schools', '#/schools'],
      ['users', '#/users'],
      ['audit', '#/audit'],
      ['backup', '#/backup'],
      ['account', '#/account'],
    ] as const) {
      await page.goto(`${url}${route}`);
      await page.reload();
      await shoot(page, `${name}-${lang}`);
    }
    await page.goto(`${url}#/children`);
    await page.reload();
    await page.getByRole('button', { name: lang === 'en' ? 'Add child' : /শিশু যোগ/ }).click();
    await page.getByRole('dialog').waitFor();
    await shoot(page, `child-form-${lang}`);
  }
  await api(r, url, 'auth.logout', {});
  await page.goto(url);
  await page.reload();
  await shoot(page, 'login-bn');
  await host.stop();
});
