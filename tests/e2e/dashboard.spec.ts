import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { api, logIn, password } from './pages';
import { startServeHostOn } from './helpers';
import type { RunningHost } from './host';
import { seedOffice } from './seedOffice';

// The manager's morning: she logs in, lands on the office at a glance, reads the figures the office's
// data gives (counted by hand from seedOffice.ts and the case added here), and opens the lists behind them.

const today = '2026-11-25';
const shots = process.env.DASHBOARD_SHOTS ?? '/tmp/shots-dashboard';
let host: RunningHost;

test.beforeAll(async ({ request }) => {
  host = await startServeHostOn(today);
  await seedOffice(request, host.url);
  // A marriage stopped this month, beside the seed's child withdrawn from the brick kiln on 24/11.
  const girl = await api(request, host.url, 'children.create', {
    nameEn: 'Salma Khatun',
    sex: 'female',
    ageYears: 15,
    village: 'Uttar Bagundi',
    gramPanchayat: 'Bagundi',
  });
  const averted = await api(request, host.url, 'cases.create', {
    types: ['child_marriage'],
    childIds: [girl.id],
    reporterKind: 'volunteer',
    reportedOn: '2026-11-10',
    summary: 'A groom from Hasnabad; the wedding was fixed for December.',
    riskLevel: 'high',
    riskReason: 'Wedding date fixed',
    village: 'Uttar Bagundi',
    gramPanchayat: 'Bagundi',
  });
  await api(request, host.url, 'cases.close', {
    id: averted.id,
    outcome: 'marriage_averted',
    closedOn: '2026-11-21',
    withOpenActions: true,
  });
  await api(request, host.url, 'users.create', { fullName: 'Mousumi Roy', username: 'mousumi', role: 'manager', password });
  mkdirSync(shots, { recursive: true });
});
test.afterAll(async () => host.stop());

const card = (page: Page, name: RegExp) => page.getByRole('link', { name });

test('the manager lands on the office at a glance, reads what was seeded and opens the lists behind the figures', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await logIn(page, host.url, 'mousumi', { today });
  await expect(page.getByRole('heading', { level: 1, name: 'The office at a glance' })).toBeVisible();
  await expect(page.getByText('Today, 25 November 2026')).toBeVisible();

  await test.step('the seeds’ counters are those of the data', async () => {
    await expect(card(page, /^Early marriages averted/)).toHaveText(/^Early marriages averted1This year: 1$/);
    // The child withdrawn from labour and the children attending regularly are read in the month's
    // story (monthlyReport.spec.ts), against the monthly report's own counts.
    // Sabita was trained on 12/10: not this month, this year.
    await expect(card(page, /^Community women trained/)).toHaveText(/^Community women trained0This year: 1$/);
  });

  await test.step('what needs attention is what the lists hold', async () => {
    // The marriage case's home visit was due on 22/11.
    await expect(card(page, /^Cases due today or overdue/)).toHaveText(/^Cases due today or overdue11 overdue$/);
    // The committee met in October; November has not ended.
    await expect(card(page, /^Committees that missed a meeting/)).toHaveText(/^Committees that missed a meeting0$/);
    // Meera paid September; October was due on 01/10 and is past due, November not yet.
    await expect(card(page, /^Sponsors in arrears/)).toHaveText(/^Sponsors in arrears1₹1,500\.00 past due1 child in sponsorship$/);
    const flags = await api<{ total: number }>(page.request, host.url, 'attendance.flags', {});
    await expect(card(page, /^Children to visit on the worklist/)).toContainText(`worklist${flags.total}`);
    const overdue = await api<unknown[]>(page.request, host.url, 'migrations.worklist', { status: 'overdue' });
    await expect(card(page, /^SafetyNet check-ins overdue/)).toHaveText(new RegExp(`^SafetyNet check-ins overdue${overdue.length}$`));
  });

  await test.step('each chart has its figures as a table', async () => {
    await page.getByRole('button', { name: 'Show as a table' }).nth(1).click();
    const table = page.getByRole('table', { name: 'Cases opened and cases closed, month by month' });
    await expect(table.getByRole('row', { name: /Nov 2026/ })).toHaveText(/Nov 2026\s*3\s*2/);
    await page.getByRole('button', { name: 'Show as a chart' }).click();
  });

  await page.screenshot({ path: `${shots}/dashboard-en.png`, fullPage: true });

  await test.step('a figure opens its list with the filter set', async () => {
    await card(page, /^Cases due today or overdue/).click();
    await expect(page.getByRole('heading', { level: 1, name: 'All cases' })).toBeVisible();
    await expect(page.getByLabel('Due today or overdue')).toBeChecked();
    await expect(page.getByRole('link', { name: 'BSH/2026/0001' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'BSH/2026/0003' })).toHaveCount(0);
    await page.goBack();
    await card(page, /^SafetyNet check-ins overdue/).click();
    await expect(page.getByRole('heading', { level: 1, name: 'SafetyNet worklist' })).toBeVisible();
    await page.goBack();
    await card(page, /^Children to visit on the worklist/).click();
    await expect(page.getByRole('heading', { level: 1, name: /Worklist/ })).toBeVisible();
    await page.goBack();
    await page.getByRole('button', { name: 'Show as a table' }).nth(2).click();
    await page.getByRole('link', { name: 'Low attendance' }).click();
    await expect(page).toHaveURL(/#\/worklist\/reason\/low_attendance$/);
    await expect(page.getByRole('heading', { level: 1, name: /Worklist/ })).toBeVisible();
  });

  await test.step('in Bengali, with Bengali digits', async () => {
    await page.goto(`${host.url}#/home`);
    await page.getByText('বাংলা', { exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'এক নজরে অফিস' })).toBeVisible();
    await expect(card(page, /^বাল্যবিবাহ আটকানো হয়েছে/)).toHaveText(/^বাল্যবিবাহ আটকানো হয়েছে১এই বছরে: ১$/);
    await expect(card(page, /^যে স্পনসরদের টাকা বাকি/)).toContainText('₹১,৫০০.০০');
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${shots}/dashboard-bn.png`, fullPage: true });
    await page.getByText('English', { exact: true }).click();
  });
});

test('a case worker starts on her cases, and her home screen counts only her cases', async ({ page }) => {
  await logIn(page, host.url, 'manju', { today });
  await expect(page.getByRole('heading', { level: 1, name: /cases/i })).toBeVisible();
  await page.goto(`${host.url}#/home`);
  await expect(page.getByRole('heading', { level: 1, name: 'The office at a glance' })).toBeVisible();
  // Manju has no case of her own; the sponsorship figures are not for her role.
  await expect(card(page, /^My cases due today or overdue/)).toHaveText(/^My cases due today or overdue00 overdue$/);
  await expect(card(page, /^Early marriages averted/)).toHaveText(/^Early marriages averted0This year: 0$/);
  await expect(card(page, /^Sponsors in arrears/)).toHaveCount(0);
});
