import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { fillSchoolForm, fillSetupOffice } from './helpers';
import { logIn } from './pages';
import { freshDataDir, startServeHost, type RunningHost } from './host';

const adminPassword = 'Suraksha2026';
let host: RunningHost;

test.beforeAll(async () => {
  host = await startServeHost(freshDataDir());
});
test.afterAll(async () => {
  await host.stop();
});

async function goTo(page: Page, screen: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: screen, exact: true }).click();
}

async function addChild(page: Page, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: 'Add child' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add child' });
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
}

async function pickSchool(dialog: ReturnType<Page['getByRole']>): Promise<void> {
  await dialog.getByLabel('School', { exact: true }).click();
  await dialog
    .page()
    .getByRole('option', { name: /Uttar Bagundi FP School/ })
    .click();
}

test('a new office: setup, register, search, languages, roles, restart, backup and restore', async ({ page }) => {
  await test.step('first start asks for the office and the first administrator', async () => {
    await fillSetupOffice(page, host.url);
    await page.getByLabel('Full name').fill('Anita Sen');
    await page.getByLabel('Username').fill('anita');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('short');
    await page.getByLabel('Repeat the password').fill('short');
    await page.getByRole('button', { name: 'Set up the office' }).click();
    await expect(page.getByText('The password must have at least 8 characters')).toBeVisible();
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(adminPassword);
    await page.getByLabel('Repeat the password').fill(adminPassword);
    await page.getByRole('button', { name: 'Set up the office' }).click();
    await expect(page.getByText('Basirhat field office · Basirhat-II, North 24 Parganas')).toBeVisible();
  });

  await test.step('a school: a wrong UDISE code is refused at the field', async () => {
    await goTo(page, 'Schools');
    await page.getByRole('button', { name: 'Add school' }).click();
    const dialog = page.getByRole('dialog');
    // One digit short.
    await fillSchoolForm(page, dialog, {
      name: 'Uttar Bagundi FP School',
      udise: '1911230010',
      type: 'Primary',
      gramPanchayat: 'Bagundi',
      village: 'Uttar Bagundi',
    });
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog.getByText('A UDISE code is exactly 11 digits')).toBeVisible();
    await dialog.getByLabel('UDISE code').fill('19112300101');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('table', { name: 'Schools in the register' }).getByRole('row', { name: /19112300101/ })).toBeVisible();
  });

  await test.step('children are added, and a likely duplicate is caught before saving', async () => {
    await goTo(page, 'Children');
    await addChild(page, async (dialog) => {
      await dialog.getByLabel('Name in English').fill('Priya Mondal');
      await dialog.getByLabel('Name in Bengali').fill('প্রিয়া মণ্ডল');
      await dialog.getByRole('radio', { name: 'Girl' }).check();
      await dialog.getByLabel('Date of birth').fill('14/03/2016');
      await pickSchool(dialog);
    });
    await expect(page.getByText('Child added to the register: BSH-C00001')).toBeVisible();
    await addChild(page, async (dialog) => {
      await dialog.getByLabel('Name in English').fill('Rahim Sk.');
      await dialog.getByRole('radio', { name: 'Boy' }).check();
      await dialog.getByRole('radio', { name: 'Only age known' }).check();
      await dialog.getByLabel('Age in years').fill('11');
      await pickSchool(dialog);
    });
    await expect(page.getByText('Child added to the register: BSH-C00002')).toBeVisible();
    await addChild(page, async (dialog) => {
      await dialog.getByLabel('Name in English').fill('Prya Mandal');
      await dialog.getByRole('radio', { name: 'Girl' }).check();
      await dialog.getByRole('radio', { name: 'Only age known' }).check();
      await dialog.getByLabel('Age in years').fill('10');
      await pickSchool(dialog);
    });
    const dialog = page.getByRole('dialog', { name: 'Add child' });
    await expect(dialog.getByRole('alert')).toContainText('BSH-C00001');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('children-total')).toHaveText('2 children');
  });

  await test.step('search finds spelling variants and Bengali script', async () => {
    const table = page.getByRole('table', { name: 'Children in the register' });
    await page.getByLabel('Search children').fill('Mandal');
    await expect(page.getByTestId('children-total')).toHaveText('1 child');
    await expect(table.getByRole('row', { name: /Priya Mondal/ })).toBeVisible();
    await page.getByLabel('Search children').fill('মণ্ডল');
    await expect(table.getByRole('row', { name: /প্রিয়া মণ্ডল/ })).toBeVisible();
    await page.getByLabel('Search children').fill('Sheikh');
    await expect(table.getByRole('row', { name: /Rahim Sk\./ })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to Excel' }).click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await (await download).path());
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(3);
    expect(sheet?.getRow(3).getCell(2).value).toBe('Rahim Sk.');
    await page.getByLabel('Search children').fill('');
    await table.getByRole('link', { name: /Priya Mondal/ }).click();
    await expect(page.getByText('14/03/2016')).toBeVisible();
    await page.getByRole('link', { name: 'Back to register' }).click();
  });

  await test.step('the interface switches to Bengali and back', async () => {
    await page.getByText('বাংলা', { exact: true }).click();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'শিশুরা', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'লগ আউট' })).toBeVisible();
    await page.getByText('English', { exact: true }).click();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Children', exact: true })).toBeVisible();
  });

  await test.step('a data-entry user is refused the users screen, and users.list over HTTP', async () => {
    await goTo(page, 'Users');
    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a user' });
    await dialog.getByLabel('Full name').fill('Rina Das');
    await dialog.getByLabel('Username').fill('rina');
    await dialog.getByLabel(/^Role/).click();
    await page.getByRole('option', { name: 'Data entry' }).click();
    await dialog.getByLabel('Initial password').fill(adminPassword);
    await dialog.getByRole('button', { name: 'Add user' }).click();
    await expect(page.getByRole('table', { name: 'Users' }).getByRole('row', { name: /rina/ })).toBeVisible();
    await page.getByRole('button', { name: 'Log out' }).click();

    await logIn(page, host.url, 'rina', { open: false, expectIn: false, password: adminPassword });
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Children', exact: true })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Users' })).toHaveCount(0);
    await page.goto(`${host.url}#/users`);
    await expect(page.getByText('Your role does not allow you to open this screen')).toBeVisible();
    const refused = await page.request.post(`${host.url}api/users.list`, { data: {} });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe('forbidden');
    await page.getByRole('button', { name: 'Log out' }).click();
  });

  await test.step('after a restart of the host everything is still there', async () => {
    await host.stop();
    host = await startServeHost(host.dataDir);
    await page.goto(host.url);
    await logIn(page, host.url, 'anita', { open: false, expectIn: false, password: adminPassword });
    // An administrator starts on the office at a glance; the register is one click away.
    await expect(page.getByRole('heading', { level: 1, name: 'The office at a glance' })).toBeVisible();
    await goTo(page, 'Children');
    await expect(page.getByTestId('children-total')).toHaveText('2 children');
  });

  await test.step('back up, change something, restore: the change is gone', async () => {
    await goTo(page, 'Backup & restore');
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByText('Backup saved')).toBeVisible();

    await goTo(page, 'Children');
    await addChild(page, async (dialog) => {
      await dialog.getByLabel('Name in Bengali').fill('মৌমিতা বিশ্বাস');
      await dialog.getByRole('radio', { name: 'Girl' }).check();
      await dialog.getByRole('radio', { name: 'Only age known' }).check();
      await dialog.getByLabel('Age in years').fill('9');
    });
    await expect(page.getByTestId('children-total')).toHaveText('3 children');

    await goTo(page, 'Backup & restore');
    const backups = page.getByRole('table', { name: 'Backups on this PC' });
    await backups
      .getByRole('row', { name: /Made by hand/ })
      .getByRole('button', { name: 'Restore…' })
      .click();
    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(confirm).toContainText('Basirhat field office');
    await confirm.getByRole('button', { name: 'Replace today’s data with this backup' }).click();
    await expect(page.getByText('Backup restored')).toBeVisible();
    await goTo(page, 'Children');
    await expect(page.getByTestId('children-total')).toHaveText('2 children');
  });

  await test.step('a corrupt file offered as a backup is refused and nothing changes', async () => {
    await goTo(page, 'Backup & restore');
    await page.getByLabel('Backup file').setInputFiles({
      name: 'suraksha-backup.sqlite',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('SQLite format 3\u0000'.padEnd(4096, '\u00ff')),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'This file cannot be restored' });
    await expect(alert).toContainText('suraksha-backup.sqlite');
    await goTo(page, 'Children');
    await expect(page.getByTestId('children-total')).toHaveText('2 children');
  });

  await test.step('the audit log shows who did what', async () => {
    await goTo(page, 'Audit log');
    const log = page.getByRole('table', { name: 'Audit log' });
    await expect(log.getByRole('row').filter({ hasText: 'anita' }).first()).toBeVisible();
    await page.getByLabel('Search').fill('rina');
    await expect(log.getByRole('row').filter({ hasText: 'rina' }).first()).toBeVisible();
  });
});
