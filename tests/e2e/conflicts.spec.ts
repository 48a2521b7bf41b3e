import { expect, test, type Page } from '@playwright/test';
import { api, basirhatOffice, logIn, password } from './pages';
import { freshDataDir, startServeHost, type RunningHost } from './host';

// Two case workers open the same case on two PCs and change what was reported: the second save is
// not written over the first; the second worker sees both and chooses, and the audit log has it all.

let host: RunningHost;
const shots = process.env.CONFLICT_SHOTS ? 'test-results/conflicts' : null;

test.beforeAll(async ({ playwright }) => {
  host = await startServeHost(freshDataDir());
  const request = await playwright.request.newContext();
  await api(request, host.url, 'setup.initialize', basirhatOffice);
  const mitali = await api(request, host.url, 'users.create', {
    fullName: 'Mitali Ghosh',
    username: 'mitali',
    role: 'case_worker',
    password,
  });
  const sabir = await api(request, host.url, 'users.create', { fullName: 'Sabir Molla', username: 'sabir', role: 'case_worker', password });
  const child = await api(request, host.url, 'children.create', { nameEn: 'Priya Mondal', sex: 'female', dateOfBirth: '2010-05-01' });
  await api(request, host.url, 'cases.create', {
    types: ['child_marriage'],
    childIds: [child.id],
    reporterKind: 'volunteer',
    reportedOn: '2026-11-20',
    summary: 'A marriage is being arranged for February.',
    village: 'Uttar Bagundi',
    riskLevel: 'high',
    riskReason: 'Date fixed; the girl is 16',
    workerIds: [mitali.id, sabir.id],
  });
  await request.dispose();
});
test.afterAll(async () => {
  await host.stop();
});

async function openEdit(page: Page): Promise<void> {
  await page.goto(`${host.url}#/cases/1/edit`);
  await expect(page.getByRole('heading', { name: 'Edit case BSH/2026/0001' })).toBeVisible();
}

test('the second of two saves of the same field shows the first, lets the user choose, and the audit log shows both', async ({
  browser,
}) => {
  const first = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const second = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const mitali = await first.newPage();
  const sabir = await second.newPage();
  await logIn(mitali, host.url, 'mitali');
  await logIn(sabir, host.url, 'sabir');
  await openEdit(mitali);
  await openEdit(sabir);

  await test.step('the first save goes through', async () => {
    await mitali.getByLabel('What was reported').fill('The groom’s family came to the school on Monday.');
    await mitali.getByRole('button', { name: 'Save changes' }).click();
    await expect(mitali.getByRole('heading', { name: 'BSH/2026/0001' })).toBeVisible();
  });

  await test.step('the second save, over the version it read, shows both values instead of overwriting', async () => {
    await sabir.getByLabel('What was reported').fill('The mother called: the date is moved to March.');
    await sabir.getByLabel('Village / para').fill('Dakshin Bagundi');
    await sabir.getByRole('button', { name: 'Save changes' }).click();
    const dialog = sabir.getByRole('dialog', { name: 'Someone else changed this record' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Mitali Ghosh saved this record at');
    const summary = dialog.getByRole('row').filter({ hasText: 'What was reported' });
    await expect(summary).toContainText('The mother called: the date is moved to March.');
    await expect(summary).toContainText('The groom’s family came to the school on Monday.');
    // The village differs too (Sabir typed it); nothing else does.
    await expect(dialog.getByRole('row')).toHaveCount(3);
    await expect(dialog.getByRole('radio', { name: 'Keep yours: Village / para' })).toBeChecked();
    if (shots) await sabir.screenshot({ path: `${shots}/conflict-en.png` });
    // Sabir keeps Mitali's account of what was reported and his own village.
    await dialog.getByRole('radio', { name: 'Keep theirs: What was reported' }).check();
    await dialog.getByRole('button', { name: 'Save my choices' }).click();
    await expect(sabir.getByRole('heading', { name: 'BSH/2026/0001' })).toBeVisible();
    await expect(sabir.getByText('The groom’s family came to the school on Monday.')).toBeVisible();
    await expect(sabir.getByText('Dakshin Bagundi')).toBeVisible();
  });

  await test.step('the audit log shows both saves and the refused one', async () => {
    const admin = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await logIn(admin, host.url, 'anita');
    await admin.goto(`${host.url}#/audit`);
    const log = admin.getByRole('table', { name: 'Audit log' });
    await expect(log.getByRole('row').filter({ hasText: 'Mitali Ghosh' }).filter({ hasText: 'Case changed' })).toHaveCount(1);
    await expect(log.getByRole('row').filter({ hasText: 'Sabir Molla' }).filter({ hasText: 'Case changed' })).toHaveCount(1);
    const refused = log.getByRole('row').filter({ hasText: 'Save refused: someone else had changed the record' });
    await expect(refused).toHaveCount(1);
    await expect(refused).toContainText('Sabir Molla');
    await expect(refused).toContainText('Case BSH/2026/0001');
  });

  await test.step('in Bengali the dialog speaks Bengali', async () => {
    if (!shots) return;
    await mitali.goto(`${host.url}#/cases/1/edit`);
    await mitali.reload();
    await sabir.request.post(`${host.url}api/auth.setLanguage`, { data: { language: 'bn' } });
    await sabir.goto(`${host.url}#/cases/1/edit`);
    await sabir.reload();
    await mitali.getByLabel('What was reported').fill('Mitali again.');
    await mitali.getByRole('button', { name: 'Save changes' }).click();
    await expect(mitali.getByRole('heading', { name: 'BSH/2026/0001' })).toBeVisible();
    await sabir.locator('textarea').first().fill('Sabir again.');
    await sabir.getByRole('button', { name: 'পরিবর্তন সংরক্ষণ করুন' }).click();
    await expect(sabir.getByRole('dialog', { name: 'অন্য কেউ এই রেকর্ডটি বদলেছেন' })).toBeVisible();
    await sabir.screenshot({ path: `${shots}/conflict-bn.png` });
  });
});
