import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { api, basirhatOffice, logIn, pdfText } from './pages';
import { brickKilnCase, importFiles } from './helpers';
import { freshDataDir, startServeHost, type RunningHost } from './host';

// Issue 15, points 4 and 6: imported children with their guardian, village and phone; the children
// missing an address filled in by row and by an Excel round-trip, then found by the worklist's village
// filter and on the volunteer's visit list; a child-labour case closed with labour outcomes and a
// warning about its open next action.

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/attendance/real/files/${name}`, import.meta.url))).toString('base64');

let host: RunningHost;
let volunteerId = 0;
test.beforeAll(async ({ request: r }) => {
  host = await startServeHost(freshDataDir());
  const url = host.url;
  await api(r, url, 'setup.initialize', basirhatOffice);
  // The office has not written the school's village or GP: a child the register gives no village stays without one.
  await api(r, url, 'schools.create', { name: 'Nabapally F.P. School', udise: '19112300101', type: 'primary' });
  await importFiles(r, url, [{ name: 'Nabapally November.xlsx', contentBase64: fixture('r9-address.lo.xlsx') }]);
  volunteerId = (await api(r, url, 'volunteers.create', { name: 'Sabita Das', phone: '9830011111', villages: ['Nabapally'] })).id;
});
test.afterAll(async () => host.stop());

async function openMissing(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Missing addresses' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Children missing an address' })).toBeVisible();
}

test('the register’s guardian, village and phone are on the child; the missing addresses are filled by row and by Excel, and the worklist finds them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await logIn(page, host.url, 'anita');

  await test.step('an imported child shows the guardian, phone, village and GP of her register', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Children', exact: true }).click();
    await page.getByRole('link', { name: 'Priya Mondal' }).click();
    await expect(page.getByText('Sabita Mondal')).toBeVisible();
    await expect(page.getByText('9830012345')).toBeVisible();
    await expect(page.getByText('Uttar Bagundi')).toBeVisible();
    await expect(page.getByText('Bagundi', { exact: true })).toBeVisible();
  });

  const table = page.getByRole('table', { name: 'Children missing an address' });
  await test.step('the children with no village or GP are listed; one is filled in its row', async () => {
    await openMissing(page);
    await expect(page.getByTestId('missing-address-total')).toHaveText('2 children missing an address');
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table).toContainText('Rahim Sk');
    await expect(table).toContainText('Rina Biswas');
    await table.getByLabel('Phone: Rahim Sk').fill('12345');
    await table.getByLabel('Village / para: Rahim Sk').fill('Nabapally');
    await table.getByLabel('Gram Panchayat or ward: Rahim Sk').fill('Kalsur');
    await table.getByRole('button', { name: 'Save the address of Rahim Sk' }).click();
    await expect(table.getByText('Expected a 10-digit mobile number (or an 11-digit landline with STD code)')).toBeVisible();
    await table.getByLabel('Phone: Rahim Sk').fill('90070 55555');
    await table.getByLabel('Phone: Rahim Sk').press('Enter');
    await expect(page.getByText('Address saved: Rahim Sk')).toBeVisible();
    await expect(page.getByTestId('missing-address-total')).toHaveText('1 child missing an address');
    await expect(table).not.toContainText('Rahim Sk');
  });

  await test.step('the rest by Excel: a wrong cell refuses the whole file, named by sheet, row and column; the corrected file fills it', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the list (Excel)' }).click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await (await download).path());
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A3').value).toBe('BSH-C00005');
    expect(sheet.getCell('B3').value).toBe('Rina Biswas');
    sheet.getCell('I3').value = 'Bagundi';
    sheet.getCell('G3').value = '98300-1234';
    const upload = async (name: string) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Upload the filled-in list' }).click();
      await (
        await chooser
      ).setFiles({
        name,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
      });
    };
    await upload('addresses-filled.xlsx');
    const refused = page.getByRole('alert').filter({ hasText: 'Nothing was saved from addresses-filled.xlsx' });
    await expect(refused).toContainText(
      'Sheet Addresses, row 3, column “Phone” (cell G3): “98300-1234” is not a phone number. Expected a 10-digit mobile number (or an 11-digit landline with STD code)',
    );
    await expect(page.getByTestId('missing-address-total')).toHaveText('1 child missing an address');

    sheet.getCell('G3').value = '9830077777';
    await upload('addresses-filled.xlsx');
    await expect(page.getByText('1 child’s address saved from addresses-filled.xlsx; 0 still missing')).toBeVisible();
    await expect(page.getByText('Every child of the register has a village and a Gram Panchayat.')).toBeVisible();
  });

  await test.step('the worklist’s village filter finds the child filled in, and her volunteer’s visit list has the address', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Worklist' }).click();
    await page.getByLabel('Filter by village').click();
    await page.getByRole('option', { name: 'Nabapally', exact: true }).click();
    const worklist = page.getByRole('table').first();
    await expect(worklist).toContainText('Rahim Sk');
    await expect(worklist).toContainText('Moumita Khatun');
    await expect(worklist).not.toContainText('Sourav Das');

    const flags = await api<{ rows: { childId: number; name: string }[] }>(page.request, host.url, 'attendance.flags', {
      village: 'Nabapally',
    });
    await api(page.request, host.url, 'worklist.assign', { childIds: flags.rows.map((f) => f.childId), volunteerId });
    const list = await api<{ contentBase64: string }>(page.request, host.url, 'worklist.visitList', {
      volunteerId,
      weekOf: '2026-11-30',
      language: 'en',
    });
    const pdf = `${test.info().outputDir}/visit-list.pdf`;
    mkdirSync(test.info().outputDir, { recursive: true });
    writeFileSync(pdf, Buffer.from(list.contentBase64, 'base64'));
    const text = pdfText(pdf);
    expect(text).toContain('Abdul Sk');
    expect(text).toContain('Nabapally');
    expect(text).toContain('Kalsur');
  });
});

test('closing a child-labour case offers the labour outcomes, the others behind a choice, and asks about its open action', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await logIn(page, host.url, 'anita');
  const children = await api<{ rows: { id: number; nameEn: string | null }[] }>(page.request, host.url, 'children.search', { q: 'Sourav' });
  const created = await api(page.request, host.url, 'cases.create', brickKilnCase(children.rows[0]?.id ?? 0));
  await page.goto(`${host.url}#/cases/${created.id}`);
  await page.getByRole('button', { name: 'Close the case' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Outcome/).click();
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toHaveText('Withdrawn from work and enrolled in school');
  await expect(page.getByRole('option', { name: 'Child marriage averted' })).toHaveCount(0);
  await page.getByRole('option', { name: 'Withdrawn from work and enrolled in school' }).click();
  await dialog.getByRole('checkbox', { name: /^Other outcomes/ }).check();
  await dialog.getByLabel(/^Outcome/).click();
  await expect(page.getByRole('option', { name: 'Child marriage averted' })).toBeVisible();
  await page.getByRole('option', { name: 'Withdrawn from work and enrolled in school' }).click();

  await expect(dialog.getByText('1 next action is not done')).toBeVisible();
  await expect(dialog).toContainText('Meet the kiln owner with the labour inspector');
  await dialog.getByRole('button', { name: 'Close the case' }).click();
  await expect(dialog.getByText('1 next action is not done. Mark it done, or tick “Close the case with these left undone”')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Close the case with these left undone' }).check();
  await dialog.getByRole('button', { name: 'Close the case' }).click();
  await expect(page.getByRole('button', { name: 'Reopen the case' })).toBeVisible();
});
