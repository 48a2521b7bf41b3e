import { execFileSync } from 'node:child_process';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { registerWorkbook, presentThenAbsent } from '../fixtures/attendance';
import { freshDataDir, startServeHost, type RunningHost } from './host';
import { bagundiClub } from '../fixtures/office';
import { basirhatOffice } from './pages';

const password = 'Suraksha2026';
let host: RunningHost;

async function api<T = { id: number }>(request: APIRequestContext, method: string, data: unknown): Promise<T> {
  const response = await request.post(`${host.url}api/${method}`, { data });
  const body = (await response.json()) as { result: T; error?: unknown };
  if (!response.ok()) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto(host.url);
  await page.getByLabel('Username').fill(username);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
}

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByLabel('Username')).toBeVisible();
}

/** A form field by its label exactly, with or without the asterisk of a required field. */
function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
}

/** Picks an option of a Mantine select by its label. */
async function choose(page: Page, scope: Page | Locator, label: string, option: string | RegExp): Promise<void> {
  await field(scope, label).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

function ddmmyyyy(date: Date): string {
  return `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`;
}

function daysAgo(days: number): Date {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return d;
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** Last month: the register a school sent, the child present only the first five open days. */
function lastMonth(): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

test.beforeAll(async ({ playwright }) => {
  host = await startServeHost(freshDataDir());
  const request = await playwright.request.newContext();
  await api(request, 'setup.initialize', basirhatOffice);
  await api(request, 'users.create', { fullName: 'Rina Biswas', username: 'rina', role: 'data_entry', password });
  await api(request, 'users.create', { fullName: 'Mitali Ghosh', username: 'mitali', role: 'case_worker', password });
  await api(request, 'reportingPoints.create', bagundiClub);
  const school = await api(request, 'schools.create', {
    name: 'Uttar Bagundi F.P. School',
    udise: '19112300101',
    type: 'primary',
    village: 'Uttar Bagundi',
    gramPanchayat: 'Bagundi',
  });
  await api(request, 'children.create', {
    nameEn: 'Sabina Khatun',
    sex: 'female',
    ageYears: 9,
    schoolId: school.id,
    classGrade: 3,
    roll: '4',
    village: 'Uttar Bagundi',
    gramPanchayat: 'Bagundi',
    guardianName: 'Rahima Bibi',
    guardianRelation: 'mother',
  });
  const month = lastMonth();
  const bytes = await registerWorkbook({
    month,
    schoolName: 'Uttar Bagundi F.P. School',
    schoolUdise: '19112300101',
    classes: [{ sheetName: 'Class III', children: [{ roll: 4, name: 'Sabina Khatun', sex: 'F', marks: presentThenAbsent(month, 5) }] }],
  });
  const preview = await api<{ previewId: string }>(request, 'attendance.preview', {
    files: [{ name: `${month}.xlsx`, contentBase64: bytes.toString('base64') }],
  });
  await api(request, 'attendance.commit', { previewId: preview.previewId });
  await request.dispose();
});
test.afterAll(async () => {
  await host.stop();
});

const leftOn = daysAgo(20);

test('a club reports a 16-year-old girl leaving for work with an unknown agent: high, a case, check-ins, her return, the GP register', async ({
  page,
}) => {
  await test.step('the club’s report is entered, nothing left blank, and scored high with its reasons', async () => {
    await logIn(page, 'rina');
    await page.getByRole('link', { name: 'Migration register' }).click();
    await page.getByRole('button', { name: 'Report a departure' }).click();
    await choose(page, page, 'Reporting point', /Bagundi Yuva Sangha/);
    await field(page, 'Person who brought the report').fill('Sujit Mondal');
    await field(page, 'Name').fill('Rupa Khatun');
    await choose(page, page, 'Sex', 'Female');
    await choose(page, page, 'Age', 'Age as reported');
    await field(page, 'Age on the day of leaving').fill('16');
    await field(page, 'Guardian').fill('Amina Bibi');
    await field(page, 'Village').fill('Uttar Bagundi');
    await field(page, 'Gram Panchayat or ward').fill('Bagundi');
    await field(page, 'Date left').fill(ddmmyyyy(leftOn));
    await choose(page, page, 'Purpose', 'Work');
    await field(page, 'Purpose in their words').fill('work in Bangalore');
    await field(page, 'State').fill('Karnataka');
    await field(page, 'Town or city').fill('Bengaluru');
    await choose(page, page, 'Arranged by', 'An agent or contact');
    await field(page, 'Agent or contact named').fill('Bapi');
    await field(page, "Agent's phone").fill('9830098300');
    await choose(page, page, 'Travelling with a parent or guardian', 'No');
    await choose(page, page, 'The family knows', 'Yes');
    await choose(page, page, 'The family agreed', 'Yes');
    await page.getByRole('button', { name: 'Save the departure' }).click();
    // Blank facts are refused: each must be written in or ticked "not known".
    await expect(page.getByText('Fill this in, or tick "Not known"').first()).toBeVisible();
    for (const label of [
      'Expected back on',
      "The person's own phone",
      'District',
      'Address as known',
      'Employer or school',
      'Phone of the employer or school',
    ]) {
      await page.getByRole('checkbox', { name: `${label}: Not known`, exact: true }).check();
    }
    for (const label of ['Appointment letter seen', 'ID seen', 'School admission seen']) await choose(page, page, label, 'Not known');
    await page.getByRole('button', { name: 'Save the departure' }).click();

    await expect(page.getByRole('heading', { name: `Rupa Khatun left on ${ddmmyyyy(leftOn)}` })).toBeVisible();
    const flags = page.getByRole('region', { name: 'Red flags' });
    await expect(flags.getByText('High', { exact: true })).toBeVisible();
    await expect(flags).toContainText('Score 20');
    await expect(flags).toContainText('Under 18 (16) and not travelling with a parent or guardian');
    await expect(flags).toContainText('Under 18 (16) and leaving for work');
    await expect(flags).toContainText('Arranged by a contact who is not in the agent register');
    await expect(flags).toContainText('No address and no employer or school phone at the destination');
    await expect(page.getByRole('region', { name: 'What was reported' })).toContainText('Child code BSH-C00002');
    await logOut(page);
  });

  await test.step('a case worker opens a case from it, prefilled', async () => {
    await logIn(page, 'mitali');
    await page.getByRole('link', { name: 'Migration register' }).click();
    await page.getByRole('link', { name: 'Rupa Khatun' }).click();
    await page.getByRole('button', { name: 'Open a case' }).click();
    await expect(field(page, 'What was reported')).toHaveValue(
      /Reported by Bagundi Yuva Sangha .*Rupa Khatun left on .* for Work, to Bengaluru, Karnataka/,
    );
    await expect(field(page, 'Reason for this risk')).toHaveValue(/Under 18 \(16\) and not travelling/);
    await page.getByRole('button', { name: 'Open the case' }).click();
    await expect(page.getByRole('heading', { name: 'BSH/2026/0001' })).toBeVisible();
    await page.getByRole('link', { name: 'Migration register' }).click();
    await page.getByRole('link', { name: 'Rupa Khatun' }).click();
    await expect(page.getByRole('link', { name: 'Case BSH/2026/0001' })).toBeVisible();
  });

  await test.step('a check-in "not reachable" makes her overdue on the SafetyNet worklist', async () => {
    await page.getByRole('button', { name: 'Record a check-in' }).click();
    const dialog = page.getByRole('dialog');
    await field(dialog, 'Date').fill(ddmmyyyy(daysAgo(16)));
    await choose(page, dialog, 'What was found', 'Not reachable');
    await dialog.getByRole('button', { name: 'Save the check-in' }).click();
    await expect(page.getByRole('region', { name: 'Check-ins' })).toContainText('Not reachable');
    await page.getByRole('link', { name: 'Check-ins due' }).click();
    const row = page.getByRole('table', { name: 'Departures due a check-in' }).getByRole('row').filter({ hasText: 'Rupa Khatun' });
    await expect(row).toContainText('Overdue');
    await expect(row).toContainText(ddmmyyyy(daysAgo(13)));
  });

  await test.step('her return is recorded and she leaves the worklist', async () => {
    await page.getByRole('link', { name: 'Rupa Khatun' }).click();
    await page.getByRole('button', { name: 'Record the return' }).click();
    const dialog = page.getByRole('dialog');
    await field(dialog, 'Came back on').fill(ddmmyyyy(daysAgo(2)));
    await choose(page, dialog, 'Condition', 'Rescued');
    await dialog.getByRole('button', { name: 'Save the return' }).click();
    await expect(page.getByRole('region', { name: 'Check-ins' })).toContainText(`Returned on ${ddmmyyyy(daysAgo(2))}: Rescued`);
    await page.getByRole('link', { name: 'Check-ins due' }).click();
    await expect(page.getByText('Nobody is due a check-in.')).toBeVisible();
  });

  await test.step("the month's register for the GP prints her child code, not her name", async () => {
    await page.getByRole('link', { name: 'SafetyNet reports' }).click();
    // The report opens on this month; she left 20 days ago, which may be last month.
    const now = new Date();
    const monthsBack = now.getFullYear() * 12 + now.getMonth() - (leftOn.getFullYear() * 12 + leftOn.getMonth());
    for (let months = 0; months < monthsBack; months++) {
      await page.getByRole('button', { name: /previous/i }).click();
      await page.waitForLoadState('networkidle');
    }
    await expect(page.getByTestId('report-total')).toHaveText('Departures: 1');
    await choose(page, page, 'Gram Panchayat', 'Bagundi');
    await page.getByRole('radiogroup', { name: 'Language of the PDF' }).getByText('English', { exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Register PDF for the GP' }).click();
    const text = pdfText(await (await download).path());
    expect(text).toContain('Migration register');
    expect(text).toContain('Gram Panchayat: Bagundi');
    expect(text).toContain('BSH-C00002');
    expect(text).not.toContain('Rupa');
    await logOut(page);
  });

  await test.step('a worklist child "migrated with family" starts a departure prefilled from the register', async () => {
    await logIn(page, 'rina');
    await page.getByRole('link', { name: 'Worklist', exact: true }).click();
    await page.getByRole('button', { name: 'Record visit: Sabina Khatun' }).click();
    const dialog = page.getByRole('dialog');
    await field(dialog, 'Who visited').fill('Sabita Das');
    await choose(page, dialog, 'What was found', 'Migrated with the family');
    await dialog.getByRole('button', { name: 'Save the visit' }).click();
    await page.getByRole('button', { name: 'Record the departure' }).click();
    await expect(page.getByText('From the home visit: Sabina Khatun migrated with the family.')).toBeVisible();
    await expect(field(page, 'Name')).toHaveValue('Sabina Khatun');
    await expect(field(page, 'Guardian')).toHaveValue('Rahima Bibi');
    await expect(field(page, 'Village')).toHaveValue('Uttar Bagundi');
    await expect(field(page, 'Arranged by')).toHaveValue('The family or the person');
    await expect(field(page, 'Travelling with a parent or guardian')).toHaveValue('Yes');
  });
});
