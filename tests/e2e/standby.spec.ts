import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { api, basirhatOffice, logIn } from './pages';
import { freshDataDir, startServeHost, type RunningHost } from './host';

let running: RunningHost | undefined;
test.afterAll(async () => {
  await running?.stop();
});

test('the host is off: the standby opens its snapshot read-only, finds the child, says so on every screen and saves nothing', async ({
  page,
  playwright,
}) => {
  const standby = mkdtempSync(join(tmpdir(), 'suraksha-standby-'));
  await test.step('the office host has data and copies its snapshot to the standby folder when it stops', async () => {
    const host = await startServeHost(freshDataDir());
    running = host;
    const r = await playwright.request.newContext();
    await api(r, host.url, 'setup.initialize', basirhatOffice);
    const school = await api(r, host.url, 'schools.create', { name: 'Uttar Bagundi FP School', udise: '19112300101', type: 'primary' });
    await api(r, host.url, 'children.create', { nameEn: 'Priya Mondal', sex: 'female', ageYears: 10, schoolId: school.id, classGrade: 4 });
    await api(r, host.url, 'standby.setFolder', { folder: standby });
    await r.dispose();
    await host.stop();
    running = undefined;
    expect(existsSync(join(standby, 'suraksha-standby.sqlite'))).toBe(true);
    expect(existsSync(join(standby, 'standby.json'))).toBe(true);
  });

  const view = await startServeHost(freshDataDir(), ['--snapshot', standby]);
  running = view;
  const banner = page
    .getByRole('status')
    .filter({ hasText: /^Snapshot of \d\d\/\d\d\/\d{4} \d\d:\d\d, read-only — the office host cannot be reached$/ });

  await test.step('the login screen already says it is the snapshot', async () => {
    await page.goto(view.url);
    await expect(banner).toBeVisible();
  });

  await test.step('logged in, the child is found, the banner stays', async () => {
    await logIn(page, view.url, 'anita', { open: false });
    await expect(banner).toBeVisible();
    await page.goto(`${view.url}#/children`);
    await page.getByLabel('Search children').fill('Mandal');
    await expect(page.getByRole('link', { name: 'Priya Mondal' })).toBeVisible();
    await expect(banner).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  await test.step('saving a child is refused with the reason', async () => {
    await page.getByRole('button', { name: 'Add child' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add child' });
    await dialog.getByLabel('Name in English').fill('Tania Sardar');
    await dialog.getByRole('radio', { name: 'Girl' }).check();
    await dialog.getByRole('radio', { name: 'Only age known' }).check();
    await dialog.getByLabel('Age in years').fill('9');
    await dialog.getByLabel('School', { exact: true }).click();
    await page.getByRole('option', { name: /Uttar Bagundi FP School/ }).click();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText(/This is the snapshot of \d\d\/\d\d\/\d{4} \d\d:\d\d, read-only: nothing can be saved here/)).toBeVisible();
  });

  await test.step('in Bengali the banner says it too, the snapshot’s time in Bengali digits', async () => {
    // What was typed is not lost without asking; discarded, the screen is free for the language switch.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Discard what you typed?' }).getByRole('button', { name: 'Discard' }).click();
    await expect(page.getByRole('dialog', { name: 'Add child' })).toBeHidden();
    await page.getByRole('banner').getByText('বাংলা', { exact: true }).click();
    const time = '[০-৯]{2}/[০-৯]{2}/[০-৯]{4} [০-৯]{2}:[০-৯]{2}';
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: new RegExp(`^${time}-এর স্ন্যাপশট, শুধু পড়ার জন্য — অফিসের হোস্টের সঙ্গে যোগাযোগ করা যাচ্ছে না$`) }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'শিশু রেজিস্টার' })).toBeVisible();
  });
});
