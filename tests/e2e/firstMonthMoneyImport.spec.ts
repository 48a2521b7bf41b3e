import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { registerWorkbook } from '../fixtures/attendance';
import { api, logIn, logOut } from './pages';
import { freshDataDir, startServeHost, type RunningHost } from './host';
import { seedOffice } from './seedOffice';
import { bn } from '../../renderer/i18n/bn';

// Issue 15, points 2 and 3: paying families from the account the money is in, never from cash the
// office does not hold; and an import batch that survives going to add a school, and a reload.

const shots = '/tmp/shots-money15';
let host: RunningHost;
test.beforeAll(async ({ request }) => {
  mkdirSync(shots, { recursive: true });
  host = await startServeHost(freshDataDir());
  await seedOffice(request, host.url);
});
test.afterAll(async () => host.stop());

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${shots}/${name}.png`, animations: 'disabled' });
}

/** The same screen in Bengali; a dialog is opened there (`open`) and closed again (`close`) around the shot. */
async function inBengali(page: Page, name: string, open?: () => Promise<void>, close?: () => Promise<void>): Promise<void> {
  await page.getByText('বাংলা', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'লগ আউট' })).toBeVisible();
  await open?.();
  await shoot(page, `${name}-bn`);
  await close?.();
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
}

function fileRow(page: Page, name: string): Locator {
  const toggle = page.getByRole('button', { name: new RegExp(`^(Show|Hide) details of ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  return page.getByRole('table', { name: 'Files to import' }).getByRole('row').filter({ has: toggle });
}

const pupils = [
  { roll: 7, name: 'Priya Mondal', sex: 'F' as const },
  { roll: 8, name: 'Sourav Mondal', sex: 'M' as const },
  { roll: 12, name: 'Sk Rahim', sex: 'M' as const },
];

async function register(name: string, month: string, school: { name: string; udise: string } | null, children = pupils) {
  const bytes = await registerWorkbook({
    month,
    schoolName: school?.name ?? null,
    schoolUdise: school?.udise ?? null,
    classes: [{ sheetName: 'Class III', children: children.map((c) => ({ ...c, marks: 'P'.repeat(20) })) }],
  });
  return { name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes };
}

test('an import batch survives another screen and a reload; "Add this school" is prefilled and the file then matches; one school for several files', async ({
  browser,
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await logIn(page, host.url, 'anita');
  const nav = page.getByRole('navigation');
  const dakshin = 'Dakshin Para register November.xlsx';
  const november = 'Class III November.xlsx';
  const august = 'Class III August.xlsx';
  const summary = page.getByTestId('import-summary');

  await nav.getByRole('link', { name: 'Import attendance' }).click();
  await page.getByLabel('Register files').setInputFiles([
    await register(dakshin, '2026-11', { name: 'Dakshin Para FP School', udise: '19112300202' }, [
      { roll: 1, name: 'Mampi Sardar', sex: 'F' },
      { roll: 2, name: 'Raju Sardar', sex: 'M' },
    ]),
    await register(november, '2026-11', null),
    await register(august, '2026-08', null),
  ]);
  await expect(summary).toContainText('3 files · 0 ready');
  await expect(fileRow(page, dakshin)).toContainText('Choose the school');

  // Going to the Schools screen and back, then a reload, keeps the batch as it was read.
  await nav.getByRole('link', { name: 'Schools' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Schools');
  await nav.getByRole('link', { name: 'Import attendance' }).click();
  await expect(summary).toContainText('3 files · 0 ready');
  await page.reload();
  await expect(summary).toContainText('3 files · 0 ready');
  await expect(fileRow(page, august)).toContainText('Choose the school');
  await shoot(page, 'import-batch-en');
  await inBengali(page, 'import-batch');

  // "Add this school": the form opens with what the file says; saved, the file is read again with it.
  const addSchool = page.getByRole('button', { name: `Add this school (${dakshin})` });
  await addSchool.click();
  const form = page.getByRole('dialog', { name: 'Add school' });
  await expect(form.getByLabel('School name')).toHaveValue('Dakshin Para FP School');
  await expect(form.getByLabel('UDISE code')).toHaveValue('19112300202');
  await shoot(page, 'import-add-school-en');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await inBengali(
    page,
    'import-add-school',
    async () => {
      await page.getByRole('button', { name: bn.attendance.importer.addSchoolFor.replace('{{file}}', dakshin) }).click();
      await expect(page.getByRole('dialog', { name: bn.register.schools.add })).toBeVisible();
    },
    () => page.getByRole('dialog').getByRole('button', { name: bn.common.cancel }).click(),
  );
  await addSchool.click();
  await form.getByLabel('Type of school').click();
  await page.getByRole('option', { name: 'Primary', exact: true }).click();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await expect(fileRow(page, dakshin)).toContainText('Dakshin Para FP School');
  await expect(fileRow(page, dakshin)).toContainText('Ready');
  await expect(summary).toContainText('3 files · 1 ready');

  // One school for the two files whose titles name none.
  const several = page.getByRole('region', { name: 'One school for several files' });
  await expect(several.getByLabel('Files')).toHaveCount(1);
  await expect(several).toContainText(november);
  await expect(several).toContainText(august);
  await shoot(page, 'import-one-school-en');
  await several.getByLabel('School', { exact: true }).click();
  await page.getByRole('option', { name: 'Uttar Bagundi FP School (19112300101)' }).click();
  await several.getByRole('button', { name: 'Use for 2 files' }).click();
  await expect(summary).toContainText('3 files · 3 ready');
  await expect(fileRow(page, november)).toContainText('Uttar Bagundi FP School');
  await expect(fileRow(page, august)).toContainText('Uttar Bagundi FP School');
  await expect(several).toHaveCount(0);

  // The choices made survive too: another screen, then a reload.
  await nav.getByRole('link', { name: 'Schools' }).click();
  await expect(page.getByRole('row', { name: /Dakshin Para FP School/ })).toBeVisible();
  await nav.getByRole('link', { name: 'Import attendance' }).click();
  await expect(summary).toContainText('3 files · 3 ready');
  await page.reload();
  await expect(summary).toContainText('3 files · 3 ready');
  await expect(fileRow(page, august)).toContainText('Uttar Bagundi FP School');

  // The app closed and opened again: what the window kept on disk, but no session (a new login).
  const { origins } = await page.context().storageState();
  const reopened = await browser.newContext({ storageState: { cookies: [], origins }, viewport: { width: 1366, height: 768 } });
  const again = await reopened.newPage();
  await logIn(again, host.url, 'anita');
  await again.getByRole('navigation').getByRole('link', { name: 'Import attendance' }).click();
  await expect(again.getByTestId('import-summary')).toContainText('3 files · 3 ready');
  await expect(fileRow(again, august)).toContainText('Uttar Bagundi FP School');
  // Another user on the same PC finds no batch of anita's, and anita's is still there after them.
  await logOut(again);
  await logIn(again, host.url, 'rina', { open: false });
  await again.getByRole('navigation').getByRole('link', { name: 'Import attendance' }).click();
  await expect(again.getByRole('button', { name: 'Choose files…' })).toBeVisible();
  await expect(again.getByTestId('import-summary')).toHaveCount(0);
  await expect(again.getByText(dakshin)).toHaveCount(0);
  await logOut(again);
  await logIn(again, host.url, 'anita', { open: false });
  await again.getByRole('navigation').getByRole('link', { name: 'Import attendance' }).click();
  await expect(again.getByTestId('import-summary')).toContainText('3 files · 3 ready');
  await reopened.close();

  await page.getByRole('button', { name: 'Import 3 files' }).click();
  // The result's summary, once every file is committed (each file in its own transaction, in turn).
  await expect(page.getByTestId('import-result-summary')).toHaveText('3 imported, 0 replaced, 0 unchanged, 0 not imported.');
  const imports = await api<{ rows: { fileName: string; schoolName: string; month: string }[] }>(
    page.request,
    host.url,
    'attendance.imports',
    {},
  );
  expect(
    imports.rows.filter((r) => [dakshin, november, august].includes(r.fileName)).map((r) => [r.fileName, r.schoolName, r.month]),
  ).toEqual(
    expect.arrayContaining([
      [dakshin, 'Dakshin Para FP School', '2026-11'],
      [november, 'Uttar Bagundi FP School', '2026-11'],
      [august, 'Uttar Bagundi FP School', '2026-08'],
    ]),
  );
  // Imported: leaving and coming back starts a fresh batch, and a reload brings nothing back.
  await nav.getByRole('link', { name: 'Schools' }).click();
  await nav.getByRole('link', { name: 'Import attendance' }).click();
  await expect(page.getByRole('button', { name: 'Choose files…' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Choose files…' })).toBeVisible();
  await expect(summary).toHaveCount(0);
  const keptBatches = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('suraksha.importBatch.')));
  expect(await keptBatches()).toEqual([]);

  // A batch this window remembers but the host no longer knows is said to be gone, and forgotten.
  const me = await api<{ hostId: string; userId: number }>(page.request, host.url, 'auth.me', {});
  await page.evaluate(
    ({ key, name }) =>
      localStorage.setItem(
        key,
        JSON.stringify({ previewId: 'ab'.repeat(16), nextKey: 2, files: [{ key: 1, index: 0, name, overrides: {}, decisions: {} }] }),
      ),
    { key: `suraksha.importBatch.${me.hostId}.${me.userId}`, name: november },
  );
  await page.reload();
  await expect(page.getByText('The files read before are no longer kept')).toBeVisible();
  await expect(page.getByText(november)).toHaveCount(0);
  expect(await keptBatches()).toEqual([]);
});

test('a batch payment shows its summary first, starts from the account the money is in, and office cash cannot go below zero', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const r = page.request;
  await logIn(page, host.url, 'anita');
  // Two families paid in cash by a sponsor who handed ₹2,000 in at the office.
  const bikash = await api(r, host.url, 'sponsors.create', { kind: 'individual', name: 'Bikash Roy', citizenship: 'indian' });
  await api(r, host.url, 'ledger.receive', {
    sponsorId: bikash.id,
    valueDate: '2026-11-25',
    amountPaise: 200_000,
    mode: 'cash',
    account: 'office_cash',
  });
  for (const name of ['Rupa Das', 'Mitali Sardar']) {
    const child = await api(r, host.url, 'children.create', {
      nameEn: name,
      sex: 'female',
      dateOfBirth: '2016-06-15',
      village: 'Uttar Bagundi',
    });
    const family = await api(r, host.url, 'sponsoredChildren.create', {
      childId: child.id,
      guardianName: `Mother of ${name}`,
      guardianRelation: 'mother',
      payoutMethod: 'cash',
      monthlySupportPaise: 150_000,
    });
    await api(r, host.url, 'sponsorships.create', {
      sponsorId: bikash.id,
      sponsoredChildId: family.id,
      purpose: 'living',
      monthlyPaise: 150_000,
      startMonth: '2026-11',
    });
  }

  await page.getByRole('navigation').getByRole('link', { name: 'Pay families' }).click();
  const rupa = page.getByRole('row', { name: 'Rupa Das' });
  const mitali = page.getByRole('row', { name: 'Mitali Sardar' });
  const priya = page.getByRole('row', { name: 'Priya Mondal' });
  // Bikash Roy's money went into office cash, so his families start there; the pooled fund's, as usual, from the bank.
  await expect(priya.getByLabel('Paid from, for Priya Mondal')).toHaveValue('Local bank account');
  await expect(rupa.getByLabel('Paid from, for Rupa Das')).toHaveValue('Office cash');
  await expect(mitali.getByLabel('Paid from, for Mitali Sardar')).toHaveValue('Office cash');
  await page.getByRole('checkbox', { name: 'Select all families not yet paid' }).check();
  await priya.getByLabel('Bank reference for Priya Mondal').fill('NEFT 1203');
  for (const row of [rupa, mitali]) await row.getByRole('radio', { name: 'Thumbprint' }).check();

  await page.getByRole('button', { name: 'Pay 3 families', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: 'Check before paying' });
  await expect(dialog.getByTestId('pay-summary-total')).toContainText('Paying 3 families for');
  await expect(dialog.getByTestId('pay-summary-total')).toContainText('₹4,500.00');
  const from = dialog.getByRole('table', { name: 'Paid from which account' });
  await expect(from.getByRole('row', { name: /Office cash/ })).toContainText('2₹3,000.00₹2,000.00-₹1,000.00');
  await expect(from.getByRole('row', { name: /Local bank account/ })).toContainText('1₹1,500.00');
  const funded = dialog.getByRole('table', { name: 'Funded by whom' });
  await expect(funded.getByRole('row', { name: /Bikash Roy/ })).toContainText('2₹3,000.00');
  // Meera Iyer has paid nothing since September: Priya's family is paid from the pooled fund.
  await expect(funded.getByRole('row', { name: /Pooled fund/ })).toContainText('1₹1,500.00');
  await expect(dialog.getByRole('alert', { name: 'Not enough cash' })).toContainText(
    'Office cash holds ₹2,000.00, and these payments take ₹3,000.00 from it',
  );
  await expect(dialog.getByRole('button', { name: 'Pay 3 families: ₹4,500.00' })).toBeDisabled();
  await shoot(page, 'pay-summary-short-en');
  await dialog.getByRole('button', { name: 'Go back' }).click();
  const payInBengali = async () => {
    await page.getByTestId('pay-selected').click();
    await expect(page.getByRole('dialog', { name: bn.sponsorship.paySummary.title })).toBeVisible();
  };
  const backInBengali = () => page.getByRole('dialog').getByRole('button', { name: bn.sponsorship.paySummary.back }).click();
  await inBengali(page, 'pay-summary-short', payInBengali, backInBengali);
  expect((await api<{ total: number }>(r, host.url, 'ledger.postings', { kind: 'disbursement', from: '2026-12-01' })).total).toBe(0);

  // Mitali's support from the bank instead: the bank may go below zero (a receipt not entered yet), with a warning.
  await mitali.getByLabel('Paid from, for Mitali Sardar').click();
  await page.getByRole('option', { name: 'Local bank account' }).click();
  await page.getByRole('button', { name: 'Pay 3 families', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Check before paying' });
  await expect(from.getByRole('row', { name: /Office cash/ })).toContainText('1₹1,500.00₹2,000.00₹500.00');
  await expect(dialog.getByText('The account would be overdrawn')).toBeVisible();
  await expect(dialog.getByRole('alert', { name: 'Not enough cash' })).toHaveCount(0);
  await shoot(page, 'pay-summary-en');
  await dialog.getByRole('button', { name: 'Go back' }).click();
  await inBengali(page, 'pay-summary', payInBengali, backInBengali);
  await page.getByRole('button', { name: 'Pay 3 families', exact: true }).click();
  await dialog.getByRole('button', { name: 'Pay 3 families: ₹4,500.00' }).click();
  await expect(page.getByText(/3 families paid: vouchers PV\//)).toBeVisible();

  // The ledger refuses what the screen cannot stop: an expense of more cash than the office holds.
  await page.getByRole('navigation').getByRole('link', { name: 'Money in & out' }).click();
  await page.getByRole('button', { name: 'Administrative expense' }).click();
  const expense = page.getByRole('dialog', { name: 'Administrative expense' });
  await expense.getByLabel('What was paid for').fill('Stationery');
  await expense.getByLabel('Amount').fill('1,000');
  await expense.getByRole('button', { name: 'Record the expense' }).click();
  await expect(expense).toContainText(
    /Office cash holds ₹500\.00 on \d\d\/\d\d\/\d{4}: paying ₹1,000\.00 from it would leave it ₹500\.00 short/,
  );
  await shoot(page, 'expense-cash-short-en');
  await expense.getByRole('button', { name: 'Cancel' }).click();
  await inBengali(
    page,
    'expense-cash-short',
    async () => {
      await page.getByRole('button', { name: bn.sponsorship.expense.open }).click();
      const inBn = page.getByRole('dialog', { name: bn.sponsorship.expense.title });
      await inBn.getByLabel(bn.sponsorship.expense.description).fill('Stationery');
      await inBn.getByLabel(bn.sponsorship.expense.amount).fill('1,000');
      // The amount typed in English digits shows in Bengali ones; the refusal's amounts too, from its raw paise.
      await expect(inBn.getByLabel(bn.sponsorship.expense.amount)).toHaveValue('১,০০০');
      await inBn.getByRole('button', { name: bn.sponsorship.expense.submit }).click();
      await expect(inBn).toContainText('অফিসের নগদে আছে ₹৫০০.০০');
      await expect(inBn).toContainText('₹১,০০০.০০ দিলে ₹৫০০.০০ কম পড়বে');
    },
    () => page.getByRole('dialog').getByRole('button', { name: bn.common.cancel }).click(),
  );
  const tb = await api<{ accounts: { code: string; balancePaise: number }[] }>(r, host.url, 'ledger.trialBalance', {});
  expect(tb.accounts.find((a) => a.code === 'office_cash')?.balancePaise).toBe(50_000);
});
