import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { freshDataDir, startServeHost, type RunningHost } from './host';
import { api, logIn, pdfText } from './pages';
import { seedOffice, type SeededOffice } from './seedOffice';

// The manager's month: November 2026 of a seeded office (its cases, registers, sponsorship, departure,
// committee meeting and training) previewed, printed in Bengali, closed, then a case changes.

let host: RunningHost;
let office: SeededOffice;
const month = '2026-11';

test.beforeAll(async ({ request }) => {
  host = await startServeHost(freshDataDir());
  office = await seedOffice(request, host.url);
});
test.afterAll(async () => host.stop());

test('the month previewed, printed in Bengali, closed, and reprinted identical when a case changed after', async ({ page }) => {
  await logIn(page, host.url, 'anita', { today: '2026-12-03' });
  await page.goto(`${host.url}#/monthly-report`);
  await expect(page.getByRole('heading', { level: 1, name: 'Monthly report' })).toBeVisible();
  await expect(page.getByTestId('shown-month')).toHaveText('November 2026');
  const glance = page.getByRole('table', { name: 'At a glance' });
  await expect(glance.getByRole('row', { name: /Cases closed/ })).toContainText('1');
  if (process.env.SCREENSHOTS) await page.screenshot({ path: 'docs/screenshots/monthly-report-en.png', fullPage: false });

  await page.locator('[aria-labelledby="report-language"]').getByText('বাংলা', { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
  const first = await download.path();
  const text = pdfText(first);
  expect(text).toContain('এক নজরে');
  expect(text).toContain('খসড়া');
  expect(text).not.toContain('Priya');

  await page.getByRole('button', { name: 'Close the month' }).click();
  await page.getByRole('alert').getByRole('button', { name: 'Close the month' }).click();
  await expect(page.getByText(/closed as version 1/)).toBeVisible();
  const [closedDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
  const closedBytes = readFileSync(await closedDownload.path());
  expect(pdfText(await closedDownload.path())).toContain('সংস্করণ ১');

  // A case of November closed after the month was closed.
  await api(page.request, host.url, 'cases.close', { id: office.caseId, outcome: 'marriage_averted', closedOn: '2026-11-26' });
  await page.reload();
  await expect(page.getByTestId('revised-mark')).toBeVisible();
  await expect(page.getByTestId(`closed-${month}`)).toContainText('Revised');
  await page.locator('[aria-labelledby="report-language"]').getByText('বাংলা', { exact: true }).click();
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
  expect(readFileSync(await again.path()).equals(closedBytes)).toBe(true);
});
