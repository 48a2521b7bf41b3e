import { expect, test, type Page } from '@playwright/test';
import { api, basirhatOffice, logIn } from './pages';
import { freshDataDir, startServeHost, type RunningHost } from './host';
import { freePort } from '../fixtures/freePort';

// The office on several PCs: the administrator makes this PC the office host and makes a pairing
// code; a second PC (another browser, at the host's LAN address over HTTPS) pairs with the code,
// sees the same certificate fingerprint, logs in, appears in the list and is refused once revoked.

let host: RunningHost;

test.beforeAll(async ({ request }) => {
  host = await startServeHost(freshDataDir());
  await api(request, host.url, 'setup.initialize', basirhatOffice);
});
test.afterAll(async () => host.stop());

async function pairingCode(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Make a pairing code' }).click();
  const shown = (await page.getByTestId('pairing-code').textContent()) ?? '';
  await expect(page.getByText(/Valid for \d+ min \d+ s more/)).toBeVisible();
  return shown.replace(/\s/g, '');
}

test('the administrator makes this PC the office host; another PC pairs with the code, logs in, and is refused once revoked', async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const port = await freePort('127.0.0.2');
  await logIn(page, host.url, 'anita');
  await page.goto(`${host.url}#/account`);
  await expect(page.getByText('This PC is not the office host: only this PC uses its data.')).toBeVisible();

  // A public address is refused at its field, and nothing starts listening.
  await page.getByLabel('Make this PC the office host').check();
  await page.getByLabel('Another address of this PC (optional)').fill('8.8.8.8');
  await page.getByLabel('Port').fill(String(port));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/8\.8\.8\.8 is a public address: the office host listens only on the office network/)).toBeVisible();

  await page.getByLabel('Another address of this PC (optional)').fill('127.0.0.2');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const lanUrl = `https://127.0.0.2:${port}/`;
  await expect(page.getByTestId('office-host-url')).toHaveText(`Other PCs open: ${lanUrl}`);
  const fingerprint = (await page.getByTestId('office-host-fingerprint').textContent()) ?? '';
  expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  const code = await pairingCode(page);
  expect(code).toMatch(/^\d{8}$/);

  // The second PC: the host's LAN address, its self-signed certificate accepted by the person.
  const pc = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 768 } });
  const second = await pc.newPage();
  await second.goto(lanUrl);
  await expect(second.getByRole('heading', { name: 'Connect this PC to the office host' })).toBeVisible();
  const wrong = code === '11111111' ? '22222222' : '11111111';
  await second.getByLabel('Pairing code').fill(wrong);
  await second.getByLabel('Name of this PC').fill('Data entry PC');
  await second.getByRole('button', { name: 'Connect' }).click();
  await expect(second.getByText(/This is not the pairing code: check it on the office host/)).toBeVisible();
  await second.getByLabel('Pairing code').fill(code);
  await second.getByRole('button', { name: 'Connect' }).click();
  await expect(second.getByRole('heading', { name: 'This PC is connected to the office host' })).toBeVisible();
  await expect(second.getByTestId('paired-fingerprint')).toHaveText(fingerprint);
  await second.getByRole('button', { name: 'Continue to log in' }).click();
  await logIn(second, lanUrl, 'anita', { open: false });

  // The host lists it, with its last use; the audit log names it.
  await page.reload();
  const row = page.getByRole('row', { name: /Data entry PC/ });
  await expect(row).toContainText('In use');
  await expect(row).toContainText('127.0.0.');
  await page.goto(`${host.url}#/audit`);
  await expect(page.getByRole('row', { name: /Data entry PC.*PC paired/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Anita Sen.*Data entry PC.*Logged in/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /not logged in Unpaired PC Pairing refused: wrong code/ })).toBeVisible();
  // What the administrator did on the host PC itself is the host PC's.
  await expect(page.getByRole('row', { name: /Anita Sen Host PC Office host turned on/ })).toBeVisible();

  await page.goto(`${host.url}#/account`);
  await page.getByRole('button', { name: 'Revoke Data entry PC' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke it' }).click();
  await expect(page.getByText('Data entry PC can no longer reach the office host')).toBeVisible();
  await expect(page.getByRole('row', { name: /Data entry PC/ })).toContainText('Revoked');

  // Logged in or not, the revoked PC is asked to pair again.
  await second.reload();
  await expect(second.getByRole('heading', { name: 'Connect this PC to the office host' })).toBeVisible();
  await pc.close();
});
