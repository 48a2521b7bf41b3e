import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { api, logIn, password, pdfText, basirhatOffice } from './pages';
import { freshDataDir, type RunningHost } from './host';
import { startServeHostOn } from './helpers';

const shots = '/tmp/shots-spon';
let host: RunningHost;
let dataDir: string;

test.use({ actionTimeout: 15_000 });

async function choose(page: Page, label: string, option: string, scope?: ReturnType<Page['getByRole']>): Promise<void> {
  await (scope ?? page).getByLabel(label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

async function inBengali(page: Page, name: string): Promise<void> {
  await page.getByText('বাংলা', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'লগ আউট' })).toBeVisible();
  await shoot(page, `${name}-bn`);
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
}

test.beforeAll(async ({ playwright }) => {
  mkdirSync(shots, { recursive: true });
  dataDir = freshDataDir();
  host = await startServeHostOn('2026-11-24', dataDir);
  const request = await playwright.request.newContext();
  await api(request, host.url, 'setup.initialize', basirhatOffice);
  await api(request, host.url, 'users.create', { fullName: 'Rupa Das', username: 'rupa', role: 'sponsorship', password });
  await api(request, host.url, 'children.create', {
    nameEn: 'Rina Khatun',
    nameBn: 'রিনা খাতুন',
    sex: 'female',
    dateOfBirth: '2014-03-10',
    guardianName: 'Salma Bibi',
    guardianRelation: 'Mother',
    village: 'Uttar Bagundi',
    gramPanchayat: 'Bagundi',
  });
  await request.dispose();
});
test.afterAll(async () => {
  await host.stop();
});

test('a sponsor and a child, a sponsorship, money in and out, a reversal, the statement, and arrears two months later', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await logIn(page, host.url, 'rupa', { today: '2026-11-24' });

  await test.step('the coordinator starts on the due list', async () => {
    await expect(page.getByRole('heading', { name: 'Dues' })).toBeVisible();
    await expect(page.getByText('No sponsor is in arrears.')).toBeVisible();
  });

  await test.step('a sponsor who wants 80G receipts', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Sponsors', exact: true }).click();
    await page.getByRole('button', { name: 'Add a sponsor' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Full name').fill('Meera Iyer');
    await dialog.getByLabel('Address').fill('12 Lake Road, Kolkata 700029');
    await dialog.getByLabel('Phone', { exact: true }).fill('9830012345');
    await dialog.getByLabel('E-mail', { exact: true }).fill('meera@example.org');
    await choose(page, 'Citizenship', 'Indian citizen in India', dialog);
    await choose(page, 'Tax ID', 'PAN', dialog);
    await dialog.getByLabel('PAN or Aadhaar number').fill('ABCDE1234F');
    await dialog.getByRole('checkbox', { name: 'Wants 80G tax receipts' }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: 'Meera Iyer' })).toBeVisible();
    await expect(page.getByText('SP-0001', { exact: true })).toBeVisible();
  });

  await test.step('a child from the register joins the programme and gets a sponsor', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Sponsored children' }).click();
    await page.getByRole('button', { name: 'Add a child from the register' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Child from the register').fill('Rina');
    await page.getByRole('option', { name: /BSH-C00001/ }).click();
    await expect(dialog.getByLabel('Guardian', { exact: true })).toHaveValue('Salma Bibi');
    await dialog.getByLabel('Bank and branch').fill('State Bank of India, Basirhat');
    await dialog.getByLabel('Account number').fill('123456789012');
    await dialog.getByLabel('IFSC').fill('SBIN0001234');
    await dialog.getByLabel('Monthly support to the family').fill('1,500');
    await dialog.getByText('Urgent', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: 'Rina Khatun' })).toBeVisible();

    await page.getByRole('button', { name: 'New sponsorship' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel(/^Sponsor\b/).fill('Meera');
    await page.getByRole('option', { name: 'SP-0001 Meera Iyer' }).click();
    await form.getByText('Education', { exact: true }).click();
    await expect(form.getByLabel('Monthly amount')).toHaveValue('1,500.00');
    await expect(form.getByTestId('planned-end')).toHaveText('Planned to end on 10/03/2032, when the child turns 18.');
    await form.getByRole('button', { name: 'Start the sponsorship' }).click();
    const sponsors = page.getByRole('region', { name: 'Sponsors' });
    await expect(sponsors.getByRole('row', { name: /Meera Iyer/ })).toContainText('Active');
    await expect(sponsors.getByRole('row', { name: /Meera Iyer/ })).toContainText('₹1,500.00');
    await shoot(page, 'child-en');
  });

  await test.step('a payment is received, numbered, and its receipt printed; then a wrong one', async () => {
    await page.getByRole('link', { name: 'Meera Iyer' }).click();
    await page.getByRole('button', { name: 'Receive a payment' }).click();
    let dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Date received')).toHaveValue('24/11/2026');
    await dialog.getByLabel('Amount').fill('1,500');
    await dialog.getByLabel('Reference').fill('UTR 4471 2026');
    await expect(dialog.getByText('This receipt will be eligible for 80G.')).toBeVisible();
    await shoot(page, 'receive-en');
    await dialog.getByRole('button', { name: 'Save and number the receipt' }).click();
    await expect(dialog.getByTestId('receipt-number')).toHaveText('BSH/2026-27/00001');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download receipt BSH/2026-27/00001', exact: true }).click();
    const receipt = pdfText(await (await download).path(), true);
    expect(receipt).toContain('BSH/2026-27/00001');
    expect(receipt).toContain('Meera Iyer');
    await dialog.getByRole('button', { name: 'Done' }).click();

    // Typed 15,000 for 1,500: saved, numbered, and to be reversed from the ledger.
    await page.getByRole('button', { name: 'Receive a payment' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Amount').fill('15,000');
    await dialog.getByLabel('Reference').fill('UTR 4471 2026');
    await dialog.getByRole('button', { name: 'Save and number the receipt' }).click();
    await expect(dialog.getByTestId('receipt-number')).toHaveText('BSH/2026-27/00002');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByTestId('sponsor-total-received')).toHaveText('₹16,500.00');
  });

  await test.step('the month’s support is paid as a batch; a line without its bank reference stops it all', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Pay families' }).click();
    await expect(page.getByTestId('shown-month')).toHaveText('November 2026');
    const row = page.getByRole('row', { name: 'Rina Khatun' });
    await expect(row).toContainText('Sponsor');
    await page.getByRole('checkbox', { name: 'Select all families not yet paid' }).check();
    await page.getByRole('button', { name: 'Pay 1 family', exact: true }).click();
    // The summary first: the money is in the bank, so that is where it is paid from.
    const summary = page.getByRole('dialog', { name: 'Check before paying' });
    await expect(summary.getByRole('table', { name: 'Paid from which account' })).toContainText('Local bank account');
    await summary.getByRole('button', { name: 'Pay 1 family: ₹1,500.00' }).click();
    await expect(page.getByRole('alert', { name: 'Nothing was paid' })).toContainText(
      'Nothing was paid: 1 row needs attention, first Rina Khatun.',
    );
    await expect(row).toContainText('Give the bank reference');
    await row.getByLabel('Bank reference for Rina Khatun').fill('NEFT 88120');
    await shoot(page, 'batch-en');
    await inBengali(page, 'batch');
    await page.getByRole('button', { name: 'Pay 1 family', exact: true }).click();
    await page.getByRole('dialog', { name: 'Check before paying' }).getByRole('button', { name: 'Pay 1 family: ₹1,500.00' }).click();
    await expect(page.getByText('1 family paid: voucher PV/2026-27/00001')).toBeVisible();
    await expect(row).toContainText('PV/2026-27/00001');
    await expect(page.getByTestId('batch-counts')).toHaveText('November 2026 — due: 0, overdue: 0, paid: 1');
  });

  let ledgerReceivedPaise = 0;
  await test.step('the wrong payment is reversed with a reason; the trial balance still agrees', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Money in & out' }).click();
    const wrong = page.getByRole('row', { name: 'BSH/2026-27/00002 Receipt' });
    await expect(wrong).toContainText('₹15,000.00');
    await wrong.getByRole('button', { name: 'Reverse BSH/2026-27/00002' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Reverse' }).click();
    await expect(dialog.getByText('Give the reason for the reversal')).toBeVisible();
    await dialog.getByLabel('Reason for the reversal').fill('Entered 15,000 instead of 1,500');
    await dialog.getByRole('button', { name: 'Reverse' }).click();
    await expect(wrong).toContainText('Reversed');
    await expect(page.getByRole('row', { name: /Reversal/ })).toContainText('₹15,000.00');
    await expect(page.getByText('Reverses BSH/2026-27/00002: Entered 15,000 instead of 1,500')).toBeVisible();

    const trial = page.getByRole('table', { name: 'Trial balance' });
    // In: 1,500 (the 15,000 reversed); out: 1,500 to the family. The bank is back to nil, the family's support is the expense.
    await expect(trial.getByRole('row', { name: /Local bank account/ })).not.toContainText('₹');
    await expect(trial.getByRole('row', { name: /Support to families/ })).toContainText('₹1,500.00');
    await expect(trial.getByRole('row', { name: /Pooled fund/ })).toContainText('₹1,500.00');
    await expect(page.getByTestId('trial-total-debit')).toHaveText('₹1,500.00');
    await expect(page.getByTestId('trial-total-debit')).toHaveText(await page.getByTestId('trial-total-credit').innerText());
    await shoot(page, 'ledger-en');
    await inBengali(page, 'ledger');

    // What the ledger holds as received from this sponsor: receipts not reversed.
    const receipts = await api<{ rows: { amountPaise: number; reversedBy: number | null }[] }>(page.request, host.url, 'ledger.postings', {
      sponsorId: 1,
      kind: 'receipt',
    });
    ledgerReceivedPaise = receipts.rows.filter((r) => r.reversedBy === null).reduce((s, r) => s + r.amountPaise, 0);
    expect(ledgerReceivedPaise).toBe(150_000);
  });

  await test.step('the sponsor’s statement PDF agrees with the ledger', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Sponsors', exact: true }).click();
    await page.getByRole('link', { name: 'Meera Iyer' }).click();
    await expect(page.getByTestId('sponsor-total-received')).toHaveText('₹1,500.00');
    await shoot(page, 'sponsor-en');
    await inBengali(page, 'sponsor');
    await page.getByRole('button', { name: 'Statement (PDF)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('From', { exact: true }).fill('01/04/2026');
    await dialog.getByLabel('To', { exact: true }).fill('24/11/2026');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download the PDF' }).click();
    const file = await (await download).path();
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, `${shots}/statement-page1`]);
    const text = pdfText(file, true);
    const total = /Total received\s+(₹[\d,]+\.\d\d)/.exec(text)?.[1];
    expect(total).toBe('₹1,500.00');
    expect(Number(total?.replace(/[₹,]/g, '')) * 100).toBe(ledgerReceivedPaise);
    expect(text).toContain('BSH/2026-27/00001');

    await page.getByRole('navigation').getByRole('link', { name: 'Sponsors', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Sponsors' })).toContainText('Meera Iyer');
    await shoot(page, 'sponsors-en');
    await page.getByRole('navigation').getByRole('link', { name: 'Sponsored children' }).click();
    await page.getByText('Supported', { exact: true }).click();
    await expect(page.getByRole('table', { name: 'Sponsored children' })).toContainText('Rina Khatun');
    await shoot(page, 'children-en');
    await page.getByRole('navigation').getByRole('link', { name: 'Sponsorship reports' }).click();
    await expect(page.getByLabel('Past due after')).toHaveValue('30');
    await inBengali(page, 'reports');
  });

  await test.step('two months later the sponsor is in arrears on the due list', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await host.stop();
    host = await startServeHostOn('2027-01-24', dataDir);
    await logIn(page, host.url, 'rupa', { today: '2027-01-24' });
    await expect(page.getByRole('heading', { name: 'Dues' })).toBeVisible();
    const arrears = page.getByRole('table', { name: 'Sponsors in arrears' });
    const meera = arrears.getByRole('row', { name: /Meera Iyer/ });
    // Dues for November, December and January; November paid; December unpaid for over 30 days; January not yet past due.
    await expect(meera).toContainText('Past due');
    await expect(meera).toContainText('December 2026');
    await expect(meera).toContainText('₹1,500.00');
    const families = page.getByRole('table', { name: 'Families not yet paid' });
    await expect(families.getByRole('row', { name: /Rina Khatun/ })).toContainText('Due');
    await shoot(page, 'due-en');
    await inBengali(page, 'due');
  });
});
