import { expect, test } from '@playwright/test';
import { api, logIn } from './pages';
import { freshDataDir, startServeHost, type RunningHost } from './host';
import { seedOffice } from './seedOffice';

// An office a month in (registers imported, children flagged, cases, sponsorship): what got in the
// way of its staff, tried on the screens.

let host: RunningHost;
test.beforeAll(async ({ request }) => {
  host = await startServeHost(freshDataDir());
  await seedOffice(request, host.url);
});
test.afterAll(async () => host.stop());

test('small things: roles described, required fields marked, an adult date of birth warned, plurals, headers not cut', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await logIn(page, host.url, 'anita');
  const nav = page.getByRole('navigation');

  await nav.getByRole('link', { name: 'Users' }).click();
  await expect(page.getByTestId('role-descriptions')).toContainText('Case worker');
  await expect(page.getByTestId('role-descriptions')).toContainText('Opens and follows the cases assigned to them');

  await nav.getByRole('link', { name: 'Schools' }).click();
  await page.getByRole('button', { name: 'Add school' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add school' });
  for (const label of ['School name', 'UDISE code', 'Type of school']) {
    await expect(dialog.locator('label').filter({ hasText: label }).locator('.mantine-InputWrapper-required')).toHaveText('*');
  }
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await nav.getByRole('link', { name: 'Children', exact: true }).click();
  await page.getByRole('button', { name: 'Add child' }).click();
  dialog = page.getByRole('dialog', { name: 'Add child' });
  await expect(dialog.locator('label').filter({ hasText: 'Date of birth' }).locator('.mantine-InputWrapper-required')).toHaveText('*');
  await dialog.getByLabel('Date of birth').fill('14/03/1990');
  await expect(dialog.getByTestId('adult-birth-warning')).toHaveText(/This date makes the child 3\d years old today: is the year right\?/);
  await dialog.getByLabel('Date of birth').fill('14/03/2016');
  await expect(dialog.getByTestId('adult-birth-warning')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await nav.getByRole('link', { name: 'Worklist' }).click();
  const header = page.getByRole('columnheader', { name: 'Last attendance' });
  await expect(header).toBeVisible();
  expect(await header.evaluate((th) => th.scrollWidth <= th.clientWidth)).toBe(true);
  await page
    .getByRole('checkbox', { name: /^Select / })
    .first()
    .check();
  await page.getByRole('button', { name: /^Assign 1 / }).click();
  const assign = page.getByRole('dialog');
  await assign.getByLabel('Volunteer').click();
  await page.getByRole('option', { name: /Sabita Das/ }).click();
  await assign.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(page.getByText('1 child assigned to Sabita Das')).toBeVisible();
});

test('an out-of-range threshold is refused at the field, and a change says how many children it flags before saving', async ({ page }) => {
  await logIn(page, host.url, 'anita');
  const flagged = async () => (await api<{ total: number }>(page.request, host.url, 'attendance.flags', { status: 'all' })).total;
  const before = await flagged();
  await page.getByRole('navigation').getByRole('link', { name: 'My account' }).click();
  const card = page.locator('form').filter({ has: page.getByLabel('Monthly attendance below (%)') });
  const percent = card.getByLabel('Monthly attendance below (%)');
  await percent.fill('150');
  await percent.blur();
  // Not clamped to 100: refused, as typed.
  await expect(percent).toHaveValue('150');
  await expect(card.getByText('Give a whole number from 1 to 100')).toBeVisible();
  await card.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(page.getByTestId('settings-change-question')).toHaveCount(0);
  expect(
    (await api<{ values: { attendanceThresholdPercent: number } }>(page.request, host.url, 'settings.get', {})).values
      .attendanceThresholdPercent,
  ).toBe(75);

  await percent.fill('1');
  await card.getByLabel('Absent this many school days in a row').fill('60');
  await card.getByLabel('Attendance falling for this many months').fill('12');
  await card.getByRole('button', { name: 'Save thresholds' }).click();
  const question = page.getByTestId('settings-change-question');
  await expect(question).toHaveText(/^This flags \d+ fewer child(ren)?: \d+ flagged now, \d+ after saving\. Save\?$/);
  const [, from, to] = /(\d+) flagged now, (\d+) after/.exec((await question.textContent()) ?? '') ?? [];
  expect(Number(from)).toBe(before);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  expect(await flagged()).toBe(before);

  await card.getByRole('button', { name: 'Save thresholds' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save thresholds' }).click();
  await expect(page.getByText('Thresholds saved and the worklist recalculated.')).toBeVisible();
  expect(await flagged()).toBe(Number(to));
});

test('messages say what is expected: a date that does not exist, the PAN format, the length limit', async ({ page }) => {
  await logIn(page, host.url, 'anita');
  await page.getByRole('navigation').getByRole('link', { name: 'Children', exact: true }).click();
  await page.getByRole('button', { name: 'Add child' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add child' });
  await dialog.getByLabel('Date of birth').fill('31/02/2014');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByText('There is no such date: check the day and the month (DD/MM/YYYY)')).toBeVisible();

  const refused = async (method: string, data: unknown) =>
    ((await (await page.request.post(`${host.url}api/${method}`, { data })).json()) as { error: { message: string } }).error.message;
  const office = await api<Record<string, unknown>>(page.request, host.url, 'office.get', {});
  const details = { organisation: office.organisation, officeName: office.officeName, district: office.district, block: office.block };
  expect(await refused('office.update', { ...details, pan: 'ABCDE12345' })).toBe(
    'A PAN is 5 letters, 4 digits and a letter, e.g. ABCDE1234F',
  );
  expect(await refused('office.update', { ...details, address: 'x'.repeat(301) })).toBe('This is too long: at most 300 characters');
});
