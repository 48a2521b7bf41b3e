/**
 * `npm run screenshots` (issue 15, points 4 and 6): the children missing an address, with a refused
 * upload, and closing a child-labour case with an open next action, in English and Bengali at
 * 1366×768. It shows; it asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { test, type Page } from '@playwright/test';
import { api, basirhatOffice, logIn } from './pages';
import { brickKilnCase, importFiles } from './helpers';
import { freshDataDir, startServeHost } from './host';

const out = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/attendance/real/files/${name}`, import.meta.url))).toString('base64');

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${out}${name}.png` });
}

test('missing addresses and closing a case, in English and Bengali', async ({ page, request: r }) => {
  test.setTimeout(300_000);
  const host = await startServeHost(freshDataDir());
  try {
    const url = host.url;
    await api(r, url, 'setup.initialize', basirhatOffice);
    await api(r, url, 'schools.create', { name: 'Nabapally F.P. School', udise: '19112300101', type: 'primary' });
    await importFiles(r, url, [{ name: 'r9-address.lo.xlsx', contentBase64: fixture('r9-address.lo.xlsx') }]);
    const sourav = await api<{ rows: { id: number }[] }>(r, url, 'children.search', { q: 'Sourav' });
    const labour = await api(r, url, 'cases.create', brickKilnCase(sourav.rows[0]?.id ?? 0));

    await page.setViewportSize({ width: 1366, height: 768 });
    await logIn(page, url, 'anita');
    for (const language of ['en', 'bn'] as const) {
      await api(page.request, url, 'auth.setLanguage', { language });
      await page.goto(`${url}#/children/addresses`);
      await page.reload();
      await shoot(page, `missing-addresses-${language}`);

      // A filled-in list with a wrong phone: refused, every cell named.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: language === 'en' ? 'Download the list (Excel)' : 'তালিকা ডাউনলোড করুন (Excel)' }).click();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await (await download).path());
      const sheet = workbook.worksheets[0];
      if (sheet) {
        sheet.getCell('G3').value = '98300-1234';
        sheet.getCell('A5').value = 'BSH-C00099';
      }
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: language === 'en' ? 'Upload the filled-in list' : 'পূরণ করা তালিকা আপলোড করুন' }).click();
      await (
        await chooser
      ).setFiles({
        name: 'addresses-filled.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
      });
      await page.getByRole('alert').first().waitFor();
      await shoot(page, `missing-addresses-refused-${language}`);

      await page.goto(`${url}#/cases/${labour.id}`);
      await page.reload();
      await page
        .getByRole('button', { name: language === 'en' ? 'Close the case' : 'কেস বন্ধ করুন' })
        .first()
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(language === 'en' ? /^Outcome/ : /^ফলাফল/).click();
      await shoot(page, `close-case-outcomes-${language}`);
      await page.keyboard.press('Tab');
      await dialog.getByRole('button', { name: language === 'en' ? 'Cancel' : 'বাতিল' }).click();
    }
  } finally {
    await host.stop();
  }
});
