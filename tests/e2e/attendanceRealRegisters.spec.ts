import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { expectFileRow, fileRow } from './helpers';
import { freshDataDir, startServeHost, type RunningHost } from './host';
import { basirhatOffice } from './pages';

/**
 * Issue 11 in the browser: registers written by LibreOffice, exceljs and SheetJS (the committed
 * fixtures of tests/fixtures/attendance/real). A register with unmarked days, a roll written twice that
 * the user resolves, unknown marks whose meaning the user chooses; the worklist shows the result.
 */

const password = 'Suraksha2026';
const shots = '/tmp/shots-att-real';
let host: RunningHost;

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/attendance/real/files/${name}`, import.meta.url));
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const file = (source: string, name: string) => ({ name, mimeType: xlsxType, buffer: readFileSync(fixture(source)) });

async function api<T>(request: APIRequestContext, method: string, data: unknown): Promise<T> {
  const response = await request.post(`${host.url}api/${method}`, { data });
  const body = (await response.json()) as { result: T; error?: unknown };
  if (!response.ok()) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

async function language(page: Page, which: 'English' | 'বাংলা'): Promise<void> {
  await page
    .getByRole('radiogroup', { name: /Language|ভাষা/ })
    .getByText(which, { exact: true })
    .click();
}

function worklistRow(page: Page, name: string): Locator {
  return page.getByRole('table', { name: 'Children flagged by attendance' }).getByRole('row').filter({ hasText: name });
}

test.beforeAll(async ({ playwright }) => {
  mkdirSync(shots, { recursive: true });
  host = await startServeHost(freshDataDir());
  const request = await playwright.request.newContext();
  await api(request, 'setup.initialize', basirhatOffice);
  const school = (name: string, udise: string) =>
    api(request, 'schools.create', { name, udise, type: 'primary', village: 'Nabapally', gramPanchayat: 'Bagundi' });
  // The unmarked register carries this UDISE; the other two name "Nabapally F.P. School" in their titles.
  await school('Uttar Bagundi F.P. School', '19112300101');
  await school('Nabapally F.P. School', '19112300505');
  await school('Khejurtala Girls High School', '19112300202');
});

test.afterAll(async () => {
  await host.stop();
});

test('registers from other people’s tools: unmarked days counted, a doubled roll and unknown marks decided, the worklist shows it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(host.url);
  await page.getByLabel('Username').fill('anita');
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Import attendance' }).click();

  const unmarked = file('r1-unmarked.lo.xlsx', 'Bagundi Class III Nov 2026.xlsx');
  const rolls = file('r6-roll-twice.exceljs.xlsx', 'Nabapally Class II Nov 2026.xlsx');
  const marks = file('r7-unknown-marks.sheetjs.xlsx', 'Khejurtala Class II Nov 2026.xlsx');
  await page.getByLabel('Register files').setInputFiles([unmarked, rolls, marks]);

  await test.step('the preview counts the unmarked days and holds the two files that need the user', async () => {
    await expect(page.getByTestId('import-summary')).toContainText('3 files · 1 ready · 2 waiting for your choice · 0 could not be read');
    // 42 blanks on open days in the unmarked register, and the 7 unknown marks not yet explained.
    await expect(page.getByTestId('import-summary')).toContainText('49 unmarked days');
    // ▶, file, school, month, children, new, matched, unclear, missing, unmarked days, problems, status
    await expectFileRow(page, unmarked.name, {
      school: /^Uttar Bagundi F\.P\. School\s*found by UDISE code$/,
      month: 'Nov 2026',
      counts: ['6', '6', '0', '0', '0', '42', '0'],
      status: 'Ready',
    });
    await expect(fileRow(page, rolls.name)).toContainText('Roll written twice');
    await expect(fileRow(page, marks.name)).toContainText('Say what the marks mean');
  });

  await test.step('each child’s days present of the sheet’s open days, unmarked days, percent and flag', async () => {
    await page.getByRole('button', { name: `Show details of ${unmarked.name}` }).click();
    await expect(page.getByTestId('sheet-facts')).toHaveText('Class III: 6 children; the school was open 24 days; 42 unmarked days');
    const children = page.getByRole('table', { name: `Children of ${unmarked.name} and their attendance` });
    const ananya = children.getByRole('row').filter({ hasText: 'Ananya Das' });
    await expect(ananya.getByRole('cell')).toHaveText([
      /^Class III, row 5$/,
      /^Ananya Das/,
      '17 of 24 days',
      '6 unmarked days',
      '71 %',
      '1',
      'Below 75 %',
    ]);
    const rahim = children.getByRole('row').filter({ hasText: 'Rahim Sk' });
    await expect(rahim.getByRole('cell')).toHaveText([
      /row 6$/,
      /^Rahim Sk/,
      '0 of 24 days',
      '24 unmarked days',
      '0 %',
      '24',
      /Below 75 %\s*5 or more days absent in a row/,
    ]);
    await page.screenshot({ path: `${shots}/import-unmarked-en.png`, fullPage: true });
    await page.getByRole('button', { name: `Hide details of ${unmarked.name}` }).click();
  });

  await test.step('the roll written twice: the second girl is a different child, with roll 9', async () => {
    await page.getByRole('button', { name: `Show details of ${rolls.name}` }).click();
    const problems = page.getByRole('table', { name: `Problems in ${rolls.name}` });
    await expect(problems).toContainText(
      `${rolls.name}, sheet Class II: roll 7 is written twice in the same class and section, on row 5 (Sabina Khatun) and row 6 (Sabita Roy).`,
    );
    await page.getByLabel('Roll of Sabita Roy (row 6)').click();
    await page.getByRole('option', { name: 'A different child: another roll' }).click();
    await page.getByLabel('New roll for Sabita Roy').fill('9');
    await page.screenshot({ path: `${shots}/import-rolls-en.png`, fullPage: true });
    await page.getByRole('button', { name: 'Read again with these rolls' }).click();
    await expect(fileRow(page, rolls.name)).toContainText('Ready');
    await expect(page.getByRole('table', { name: `Children of ${rolls.name} and their attendance` })).toContainText('Roll 9');
    await page.getByRole('button', { name: `Hide details of ${rolls.name}` }).click();
  });

  await test.step('the unknown marks: another school chosen for the file, X means absent, ? unmarked', async () => {
    await page.getByRole('button', { name: `Show details of ${marks.name}` }).click();
    const details = page.getByRole('region', { name: 'School and month' });
    await details.getByLabel('School', { exact: true }).click();
    await page.getByRole('option', { name: /Khejurtala Girls High School/ }).click();
    await details.getByRole('button', { name: 'Read again with these' }).click();
    await expect(fileRow(page, marks.name)).toContainText('Khejurtala Girls High School');
    const unknown = page.getByRole('table', { name: `Unknown marks of ${marks.name}` });
    await expect(unknown.getByRole('row').filter({ hasText: 'Class II!E4' }).getByRole('cell').first()).toHaveText('X');
    await expect(unknown).toContainText('and 1 more');
    await page.getByLabel('What does “X” mean?').click();
    await page.getByRole('option', { name: 'Absent' }).click();
    await page.getByLabel('What does “?” mean?').click();
    await page.getByRole('option', { name: 'Unmarked (counts as not present)' }).click();
    await page.screenshot({ path: `${shots}/import-marks-en.png`, fullPage: true });
    await page.getByRole('button', { name: 'Read again with these meanings' }).click();
    await expect(fileRow(page, marks.name)).toContainText('Ready');
    const priya = page
      .getByRole('table', { name: `Children of ${marks.name} and their attendance` })
      .getByRole('row')
      .filter({ hasText: 'Priya Mondal' });
    await expect(priya).toContainText('18 of 24 days');
    await expect(priya).toContainText('5 or more days absent in a row');
  });

  await test.step('the same preview in Bengali', async () => {
    await page.getByRole('button', { name: `Show details of ${unmarked.name}` }).click();
    await language(page, 'বাংলা');
    await expect(page.getByText('Class III: ৬ জন শিশু; বিদ্যালয় খোলা ছিল ২৪ দিন; ৪২টি চিহ্নহীন দিন')).toBeVisible();
    await expect(page.getByText('২৪ দিনের মধ্যে ১৭ দিন')).toBeVisible();
    await page.screenshot({ path: `${shots}/import-unmarked-bn.png`, fullPage: true });
    await language(page, 'English');
    await page.getByRole('button', { name: `Hide details of ${unmarked.name}` }).click();
  });

  await test.step('imported, and the worklist shows who needs a visit', async () => {
    await page.getByRole('button', { name: 'Import 3 files' }).click();
    await expect(page.getByTestId('import-result-summary')).toHaveText('3 imported, 0 replaced, 0 unchanged, 0 not imported.');
    await page.getByRole('button', { name: 'Open the worklist' }).click();
    await expect(worklistRow(page, 'Ananya Das')).toContainText('Attended 17 of 24 days (71%) in November 2026');
    await expect(worklistRow(page, 'Rahim Sk')).toContainText('Attended 0 of 24 days (0%) in November 2026');
    await expect(worklistRow(page, 'Rina Biswas')).toContainText('Attended 12 of 24 days (50%) in November 2026');
    // The doubled roll's second girl, imported as her own child, absent six school days in a row.
    await expect(worklistRow(page, 'Sabita Roy')).toContainText('Absent 6 school days in a row');
    // X read as absent: six days in a row.
    await expect(worklistRow(page, 'Priya Mondal').filter({ hasText: 'Khejurtala' })).toContainText('Absent 6 school days in a row');
    await expect(worklistRow(page, 'Sabina Khatun')).toHaveCount(0);
    await expect(worklistRow(page, 'Sourav Das')).toHaveCount(0);
    await page.screenshot({ path: `${shots}/worklist-real-en.png`, fullPage: true });
  });
});
