import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { kilnCase, meeraIyer, uttarBagundiSchool } from '../fixtures/office';
import { fillSchoolForm, fillSetupOffice } from './helpers';
import { api, logIn, password, pdfText } from './pages';
import { freshDataDir, startServeHost, type RunningHost } from './host';

// An office's first month as a new administrator meets it: setup, the start screen's first steps,
// 80G receipts that never claim a deduction the office cannot back.

let host: RunningHost;
test.beforeAll(async () => {
  host = await startServeHost(freshDataDir());
});
test.afterAll(async () => host.stop());

async function receiptText(request: Parameters<typeof api>[0], postingId: number): Promise<string> {
  const file = await api<{ contentBase64: string }>(request, host.url, 'ledger.receiptPdf', { postingId, language: 'en' });
  const path = join(mkdtempSync(join(tmpdir(), 'suraksha-receipt-')), 'receipt.pdf');
  writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
  return pdfText(path).replace(/\s+/g, ' ');
}

test('setup asks for the 80G details, the start screen reminds until they are there, and a receipt never says 80G without them', async ({
  page,
}) => {
  await fillSetupOffice(page, host.url);
  await expect(page.getByRole('group', { name: /For donation receipts \(80G\)/ })).toBeVisible();
  await page.getByLabel('Full name').fill('Anita Sen');
  await page.getByLabel('Username').fill('anita');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByLabel('Repeat the password').fill(password);
  await page.getByRole('button', { name: 'Set up the office' }).click();

  // The administrator starts on the office at a glance, with the office's first steps above it.
  await expect(page.getByRole('heading', { level: 1, name: 'The office at a glance' })).toBeVisible();
  const steps = page.getByTestId('first-steps');
  await expect(steps.getByRole('listitem')).toHaveText([
    /Tax details for donation receipts missing: PAN, 80G registration \(URN\), address/,
    /Add the schools of the block/,
    /Add the staff as users/,
    /Add the volunteers/,
    /Import the first attendance registers/,
  ]);

  const r = page.request;
  const sponsor = await api(r, host.url, 'sponsors.create', meeraIyer);
  const receipt = await api<{ postingId: number }>(r, host.url, 'ledger.receive', {
    sponsorId: sponsor.id,
    valueDate: '2026-11-20',
    amountPaise: 500_000,
    mode: 'bank_transfer',
    reference: 'UTR 1120',
    account: 'local_bank',
  });
  let text = await receiptText(r, receipt.postingId);
  expect(text).not.toContain('eligible for deduction under section 80G');
  expect(text).toContain('Not an 80G receipt: the office has not yet recorded the organisation’s PAN, 80G registration (URN), address.');

  const office = await api<Record<string, unknown>>(r, host.url, 'office.get', {});
  await api(r, host.url, 'office.update', {
    organisation: office.organisation,
    officeName: office.officeName,
    district: office.district,
    block: office.block,
    address: 'Jabala, Basirhat, North 24 Parganas 743411',
    pan: 'AAATJ1234K',
    urn80g: 'AAATJ1234KF20214',
  });
  await page.reload();
  await expect(steps.getByRole('listitem').first()).toHaveText(/Tax details for donation receipts\s*done/);
  text = await receiptText(r, receipt.postingId);
  expect(text).toContain('eligible for deduction under section 80G');
  expect(text).toContain('AAATJ1234K');
});

test('the cases list says a closed case exists when no case is open, and shows it', async ({ page }) => {
  await logIn(page, host.url, 'anita');
  const r = page.request;
  const school = await api(r, host.url, 'schools.create', uttarBagundiSchool);
  const child = await api(r, host.url, 'children.create', {
    nameEn: 'Rahim Sk.',
    sex: 'male',
    ageYears: 12,
    schoolId: school.id,
    classGrade: 6,
    village: 'Uttar Bagundi',
    gramPanchayat: 'Bagundi',
  });
  const opened = await api(r, host.url, 'cases.create', kilnCase([child.id]));
  await api(r, host.url, 'cases.close', { id: opened.id, outcome: 'withdrawn_from_work_enrolled', closedOn: '2026-11-24' });
  await page.getByRole('navigation').getByRole('link', { name: 'Cases', exact: true }).click();
  await expect(page.getByTestId('cases-empty')).toHaveText(/No open cases — 1 closed\./);
  await page.getByRole('button', { name: 'Show the closed cases' }).click();
  await expect(page.getByRole('table').getByRole('row', { name: /Rahim Sk\./ })).toBeVisible();
});

test('Escape asks before throwing away what was typed; a toast leaves the header free', async ({ page }) => {
  await logIn(page, host.url, 'anita');
  await page.getByRole('navigation').getByRole('link', { name: 'Schools' }).click();
  await page.getByRole('button', { name: 'Add school' }).click();
  const form = page.getByRole('dialog', { name: 'Add school' });
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  await page.getByRole('button', { name: 'Add school' }).click();
  await form.getByLabel('School name').fill('Hingalganj High School');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Discard what you typed?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(form.getByLabel('School name')).toHaveValue('Hingalganj High School');
  await page.keyboard.press('Escape');
  await ask.getByRole('button', { name: 'Discard' }).click();
  await expect(form).toBeHidden();

  // A saved school's toast: below the content, not over the language switch, the name or Log out.
  await page.getByRole('button', { name: 'Add school' }).click();
  await fillSchoolForm(page, form, {
    name: 'Hingalganj High School',
    udise: '19112300212',
    type: 'Secondary',
    gramPanchayat: 'Hingalganj',
    village: 'Hingalganj',
  });
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  const toast = page.locator('.mantine-Notification-root').first();
  await expect(toast).toBeVisible();
  const box = await toast.boundingBox();
  // The app's own header (the school dialog, still closing, has a header of its own).
  const header = await page.locator('header.mantine-AppShell-header').boundingBox();
  expect(box && header && box.y > header.y + header.height).toBe(true);
});
