import { mkdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { api, logIn } from './pages';
import { freshDataDir, startServeHost, type RunningHost } from './host';
import { seedOffice } from './seedOffice';
import { bn } from '../../renderer/i18n/bn';

// An office's first month, its words: the backup folder that must exist, the audit log in the
// reader's language, Bengali digits in tables and inputs, a message said again after switching
// language, and the sponsorship reports' figures on the screen.

let host: RunningHost;
test.beforeAll(async ({ request }) => {
  host = await startServeHost(freshDataDir());
  await seedOffice(request, host.url);
});
test.afterAll(async () => host.stop());

const shots = process.env.WORDS_SHOTS === '1';
async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: join('docs', 'screenshots', `${name}.png`) });
}

async function inLanguage(page: Page, language: 'en' | 'bn') {
  await page
    .getByRole('radiogroup', { name: /Language|ভাষা/ })
    .getByText(language === 'bn' ? 'বাংলা' : 'English', { exact: true })
    .click();
  await expect(page.getByRole('button', { name: language === 'bn' ? 'লগ আউট' : 'Log out' })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await logIn(page, host.url, 'anita');
});

test('a backup folder must be a full path to a folder that exists; the folder picker walks to one', async ({ page }) => {
  await page.goto(`${host.url}#/backup`);
  const folder = page.getByRole('textbox', { name: 'Folder' });
  await folder.fill('backups/pen');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Give the full path of the folder, e.g. E:\\Backups or /media/pendrive')).toBeVisible();
  const missing = join(host.dataDir, 'no-such-pen-drive');
  await folder.fill(missing);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(`There is no folder ${missing} on this PC`)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Backup saved' })).toHaveCount(0);

  // The browser build's picker: from the PC's starting places down to the pen drive, folder by folder.
  const pen = join(host.dataDir, 'pen-drive');
  mkdirSync(join(pen, 'Suraksha'), { recursive: true });
  await page.getByRole('button', { name: 'Choose folder…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose the backup folder' });
  await expect(dialog.getByText('Drives and places on this PC')).toBeVisible();
  await dialog.getByRole('button', { name: '/', exact: true }).click();
  for (const part of pen.split(sep).filter(Boolean)) await dialog.getByRole('button', { name: part, exact: true }).click();
  await expect(dialog.getByText(pen, { exact: true })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Suraksha', exact: true })).toBeVisible();
  await shot(page, 'backup-folder-picker-en');
  await dialog.getByRole('button', { name: 'Choose this folder' }).click();
  await expect(folder).toHaveValue(pen);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backup saved')).toBeVisible();
  // Listed with the automatic ones, and restorable from there.
  const list = page.getByRole('table', { name: 'Backups on this PC' });
  await expect(list.getByRole('row').filter({ hasText: 'Made by hand' })).toHaveCount(2);
  await shot(page, 'backup-en');
  await inLanguage(page, 'bn');
  await shot(page, 'backup-bn');
});

test('the standby card’s folder picker is titled for the standby PC’s shared folder, in either language', async ({ page }) => {
  await page.goto(`${host.url}#/account`);
  const card = page.getByRole('textbox', { name: 'Shared folder on the standby PC' });
  const standby = join(host.dataDir, 'standby-share');
  mkdirSync(standby, { recursive: true });
  const chooseButton = page.getByRole('button', { name: 'Choose folder…' });
  await expect(chooseButton).toHaveCount(1);
  await chooseButton.click();
  const dialog = page.getByRole('dialog', { name: 'Choose the standby PC’s shared folder' });
  await expect(dialog.getByText('Drives and places on this PC')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Choose the backup folder' })).toHaveCount(0);
  await dialog.getByRole('button', { name: '/', exact: true }).click();
  for (const part of standby.split(sep).filter(Boolean)) await dialog.getByRole('button', { name: part, exact: true }).click();
  await dialog.getByRole('button', { name: 'Choose this folder' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card).toHaveValue(standby);

  await inLanguage(page, 'bn');
  await page.getByRole('button', { name: bn.admin.backup.chooseFolder }).click();
  await expect(page.getByRole('dialog', { name: bn.admin.standby.browseTitle })).toBeVisible();
});

test('the audit log reads in Bengali: money in ₹ with Bengali digits, the app’s words, the person’s name', async ({ page }) => {
  await inLanguage(page, 'bn');
  await page.goto(`${host.url}#/audit`);
  const table = page.getByRole('table', { name: 'অডিট লগ' });
  const receipt = table.getByRole('row').filter({ hasText: 'ব্যাংক ট্রান্সফারে, স্থানীয় ব্যাংক অ্যাকাউন্ট-এ জমা' });
  await expect(receipt).toContainText('₹১,৫০০.০০');
  await expect(receipt).toContainText(/রসিদ BSH\/2026-27\/\d{5}/);
  await expect(receipt).toContainText('Anita Sen');
  await expect(receipt.getByRole('cell').first()).toHaveText(/^[০-৯]{2}\/[০-৯]{2}\/[০-৯]{4} [০-৯]{2}:[০-৯]{2}$/);
  await expect(table.getByRole('row').filter({ hasText: 'কাজ থেকে সরিয়ে স্কুলে ভর্তি' })).toHaveCount(1);
  await expect(table).not.toContainText('paise');
  await expect(table).not.toContainText('local_bank');
  await expect(table).not.toContainText('postings#');
  await expect(table).not.toContainText('anita');
  await shot(page, 'audit-bn');

  // A date typed in Bengali digits is taken by the filter.
  await page.getByLabel('শুরুর তারিখ (DD/MM/YYYY)').fill('০১/০১/২০২০');
  await page.getByLabel('শুরুর তারিখ (DD/MM/YYYY)').press('Enter');
  await expect(page.getByText('তারিখ দিন DD/MM/YYYY আকারে')).toHaveCount(0);
  await expect(receipt).toBeVisible();
  await inLanguage(page, 'en');
  await expect(page.getByRole('table', { name: 'Audit log' })).toContainText('₹1,500.00 by bank transfer into the local bank account');
  await shot(page, 'audit-en');
});

test('a date column and a date input are in Bengali digits on a Bengali screen, and Bengali digits typed are read', async ({ page }) => {
  await inLanguage(page, 'bn');
  await page.goto(`${host.url}#/cases`);
  const firstCase = page.getByRole('table').getByRole('row').nth(1);
  await expect(firstCase.getByRole('cell').filter({ hasText: /^[০-৯]{2}\/[০-৯]{2}\/[০-৯]{4}$/ })).toHaveCount(1);
  await expect(firstCase).not.toContainText(/\d{2}\/\d{2}\/\d{4}/);
  await page.goto(`${host.url}#/case-outcomes`);
  const from = page.getByRole('textbox', { name: 'থেকে', exact: true });
  await expect(from).toHaveValue(/^[০-৯]{2}\/[০-৯]{2}\/[০-৯]{4}$/);
  await from.fill('০১/০৪/২০২৬');
  await from.press('Enter');
  await expect(page.getByRole('table')).toHaveAttribute('aria-label', /০১\/০৪\/২০২৬/);
});

test('a message on the screen is said again in the language switched to', async ({ page }) => {
  await page.goto(`${host.url}#/account`);
  await page.getByRole('button', { name: 'Save office details' }).click();
  const toast = page.locator('.mantine-Notification-root');
  await expect(toast).toContainText('Office details saved');
  await inLanguage(page, 'bn');
  await expect(toast).toContainText('অফিসের তথ্য সংরক্ষিত হয়েছে');
  await expect(toast).not.toContainText('Office details saved');
});

test('a field’s problem shown before switching language is said again in the new one', async ({ page }) => {
  await page.goto(`${host.url}#/account`);
  await page.getByRole('textbox', { name: 'Organisation’s PAN' }).fill('ABC123');
  await page.getByRole('button', { name: 'Save office details' }).click();
  await expect(page.getByText('A PAN is 5 letters, 4 digits and a letter, e.g. ABCDE1234F')).toBeVisible();
  await inLanguage(page, 'bn');
  await expect(page.getByText('প্যান হয় ৫টি ইংরেজি অক্ষর, ৪টি সংখ্যা ও ১টি অক্ষর, যেমন ABCDE1234F')).toBeVisible();
  await expect(page.getByText('A PAN is 5 letters', { exact: false })).toHaveCount(0);
  await shot(page, 'field-error-relanguage-bn');
});

test('a number input is in Bengali digits on a Bengali screen and reads either digit set typed', async ({ page }) => {
  await page.goto(`${host.url}#/account`);
  await expect(page.getByRole('textbox', { name: 'Monthly attendance below (%)' })).toHaveValue('75');
  await inLanguage(page, 'bn');
  const threshold = page.getByRole('textbox', { name: 'মাসিক উপস্থিতি এর কম হলে (%)' });
  await expect(threshold).toHaveValue('৭৫');
  await threshold.fill('60');
  await expect(threshold).toHaveValue('৬০');
  await threshold.fill('৬৫');
  await expect(threshold).toHaveValue('৬৫');
  await inLanguage(page, 'en');
  await expect(page.getByRole('textbox', { name: 'Monthly attendance below (%)' })).toHaveValue('65');
});

test('the sponsorship reports show their figures on the screen, not only as downloads', async ({ page }) => {
  await page.goto(`${host.url}#/sponsorship/reports`);
  await expect(page.getByRole('table', { name: /^Form 10BD figures/ })).toContainText('Donations to report');
  await expect(page.getByRole('table', { name: /^FC-4 figures/ })).toContainText('Left at the end of the year');
  await page.getByLabel('Month', { exact: true }).click();
  await page.getByRole('option', { name: 'September 2026' }).click();
  const month = page.getByRole('table', { name: 'Money accounts in September 2026' });
  await expect(month.getByRole('row').filter({ hasText: 'Local bank account' })).toContainText('₹1,500.00');
  await shot(page, 'sponsorship-reports-en');
  await inLanguage(page, 'bn');
  await expect(page.getByRole('table', { name: 'সেপ্টেম্বর ২০২৬-এ টাকার অ্যাকাউন্ট' })).toContainText('₹১,৫০০.০০');
  await shot(page, 'sponsorship-reports-bn');
});

test.afterEach(async ({ page }) => {
  // Each test starts in English, whatever the last one switched to.
  await api(page.request, host.url, 'auth.setLanguage', { language: 'en' }).catch(() => undefined);
});
