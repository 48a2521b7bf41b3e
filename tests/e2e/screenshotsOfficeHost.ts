/**
 * `npm run screenshots` (the office on several PCs): the Office host card with its address,
 * fingerprint, pairing code and paired PCs; the new PC's "Connect this PC" screen and the
 * fingerprint it shows; revoking a lost PC. It shows; it asserts nothing.
 */
import { test, type Page } from '@playwright/test';
import { screenshotOffice } from './helpers';
import { freePort } from '../fixtures/freePort';
import { api, logIn } from './pages';
import { shoot } from './screenshotFiles';

async function showCard(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/account`);
  await page.reload();
  await page.getByTestId('office-host-url').scrollIntoViewIfNeeded();
  await page.getByRole('heading', { name: /^(Office host|অফিস হোস্ট)$/ }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
}

test('the office host and a PC connecting to it, in English and Bengali', async ({ page, browser }) => {
  // Setting up the office logs its administrator in, in this browser.
  const { host, url } = await screenshotOffice(page, { officeScreen: true, timeout: 180_000 });
  const port = await freePort('127.0.0.2');
  const lanUrl = `https://127.0.0.2:${port}/`;
  await api(page.request, url, 'officeHost.update', { on: true, addresses: ['127.0.0.2'], port });

  for (const [language, pcName] of [
    ['en', 'Data entry PC'],
    ['bn', 'Case worker laptop'],
  ] as const) {
    await api(page.request, url, 'auth.setLanguage', { language });
    await showCard(page, url);
    await page.getByRole('button', { name: /^(Make a pairing code|জোড়ার কোড তৈরি করুন)$/ }).click();
    const code = ((await page.getByTestId('pairing-code').textContent()) ?? '').replace(/\s/g, '');

    const pc = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 768 } });
    const second = await pc.newPage();
    await second.goto(lanUrl);
    if (language === 'bn') await second.getByText('বাংলা', { exact: true }).click();
    await second.getByRole('textbox').nth(0).fill(code);
    await second.getByRole('textbox').nth(1).fill(pcName);
    await shoot(second, `connect-pc-${language}`);
    await second.getByRole('button', { name: /^(Connect|যুক্ত করুন)$/ }).click();
    await second.getByTestId('paired-fingerprint').waitFor();
    await shoot(second, `connect-pc-fingerprint-${language}`);
    await second.getByRole('button').last().click();
    // Logging in is the helper's, in English; the screens of interest are taken.
    if (language === 'bn') await second.getByText('English', { exact: true }).click();
    await logIn(second, lanUrl, 'anita', { open: false });
    await pc.close();

    // Picking English on the login screen saved it as Anita's language: hers again for the host's screen.
    await api(page.request, url, 'auth.setLanguage', { language });
    await showCard(page, url);
    // The next PC's code, with the one just paired in the list below it.
    await page.getByRole('button', { name: /^(Make a pairing code|জোড়ার কোড তৈরি করুন)$/ }).click();
    await page.getByTestId('office-host-url').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shoot(page, `office-host-${language}`);
  }
  await page.getByRole('button', { name: 'Case worker laptop বাতিল করুন' }).click();
  await page.getByRole('dialog').waitFor();
  await shoot(page, 'office-host-revoke-bn');
  await api(page.request, url, 'auth.setLanguage', { language: 'en' });
  await showCard(page, url);
  await page.getByRole('button', { name: 'Revoke Data entry PC' }).click();
  await page.getByRole('dialog').waitFor();
  await shoot(page, 'office-host-revoke-en');
  await host.stop();
});
