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
