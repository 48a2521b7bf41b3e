import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
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
  await api(page.request, host.url, 'cases.close', {
    id: office.caseId,
    outcome: 'marriage_averted',
    closedOn: '2026-11-26',
    withOpenActions: true,
  });
  await page.reload();
  await expect(page.getByTestId('revised-mark')).toBeVisible();
  await expect(page.getByTestId(`closed-${month}`)).toContainText('Revised');
  await page.locator('[aria-labelledby="report-language"]').getByText('বাংলা', { exact: true }).click();
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
  expect(readFileSync(await again.path()).equals(closedBytes)).toBe(true);
});

test('the report screen in both languages: one <h1>, no serious WCAG 2.1 AA finding', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await logIn(page, host.url, 'anita', { today: '2026-12-03' });
  for (const language of ['en', 'bn'] as const) {
    await api(page.request, host.url, 'auth.setLanguage', { language });
    await page.goto(`${host.url}#/monthly-report`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(language === 'en' ? 'Monthly report' : 'মাসিক প্রতিবেদন');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').count()).toBe(1);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    if (process.env.MONTHLY_REPORT_SHOTS) await page.screenshot({ path: `docs/screenshots/monthly-report-${language}.png` });
  }
});
