import { expect, test, type Page } from '@playwright/test';
import { registerWorkbook } from '../fixtures/attendance';
import { logIn } from './pages';
import { freshDataDir, startServeHost, type RunningHost } from './host';
import { seedOffice } from './seedOffice';

// Issue 15, point 3: an import batch kept until it is imported or discarded, across a restart of the
// host too (a power cut, the office PC closed): the files read and the school chosen come back.

let host: RunningHost;
test.beforeAll(async ({ request }) => {
  host = await startServeHost(freshDataDir());
  await seedOffice(request, host.url);
});
test.afterAll(async () => host.stop());

async function register(name: string) {
  const bytes = await registerWorkbook({
    month: '2026-11',
    schoolName: null,
    schoolUdise: null,
    classes: [{ sheetName: 'Class III', children: [{ roll: 7, name: 'Priya Mondal', sex: 'F' as const, marks: 'P'.repeat(20) }] }],
  });
  return { name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes };
}

async function files(page: Page) {
  return page.getByRole('table', { name: 'Files to import' });
}

test('the batch screen shows the same files after the host is restarted', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await logIn(page, host.url, 'anita');
  const longName = 'Uttar_Bagundi_FP_School_Class_III_attendance_register_November_2026.xlsx';
  await page.getByRole('navigation').getByRole('link', { name: 'Import attendance' }).click();
  await page.getByLabel('Register files').setInputFiles([await register(longName), await register('Class IV November.xlsx')]);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('2 files · 0 ready');
  // Read: each file waits for its school.
  await expect((await files(page)).getByRole('row').filter({ hasText: 'Choose the school' })).toHaveCount(2);
  await page.screenshot({ path: '/tmp/shots-words/import-long-name-en.png' });

  // The host stops and starts again on the same data folder and address; the tab is reloaded.
  const port = new URL(host.url).port;
  await host.stop();
  host = await startServeHost(host.dataDir, [], Number(port));
  await logIn(page, host.url, 'anita');
  await page.getByRole('navigation').getByRole('link', { name: 'Import attendance' }).click();
  await expect(summary).toContainText('2 files · 0 ready');
  const list = await files(page);
  await expect(list).toContainText(longName);
  await expect(list).toContainText('Class IV November.xlsx');
  await expect(list.getByRole('row').filter({ hasText: 'Choose the school' })).toHaveCount(2);
  await page.screenshot({ path: '/tmp/shots-words/import-after-restart-en.png' });
  await page.getByText('বাংলা', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'লগ আউট' })).toBeVisible();
  await page.screenshot({ path: '/tmp/shots-words/import-after-restart-bn.png' });
});
