import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { api, logIn } from './pages';
import { freshDataDir, startServeHost, type RunningHost } from './host';
import { freePort } from '../fixtures/freePort';
import { seedOffice, type SeededOffice } from './seedOffice';
import { registerWorkbook } from '../fixtures/attendance';
import { bn } from '../../renderer/i18n/bn';
import { en } from '../../renderer/i18n/en';

// WCAG 2.1 AA over every screen, as an administrator sees it with an office's data on it, in English
// and in Bengali. Only serious and critical findings fail the test; no rule is switched off.

let host: RunningHost;
let office: SeededOffice;

test.beforeAll(async ({ request }) => {
  host = await startServeHost(freshDataDir());
  office = await seedOffice(request, host.url);
  // A child with no village or GP, so the missing-address list has its editable rows on screen.
  await api(request, host.url, 'children.create', {
    nameEn: 'Mita Das',
    sex: 'female',
    ageYears: 10,
    schoolId: office.schoolId,
    classGrade: 4,
  });
});
test.afterAll(async () => host.stop());

async function violations(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  // A dialog fading in is read mid-fade (white text at 99 % over its button); wait for it to settle.
  await page.evaluate(() => {
    const ending = document
      .getAnimations()
      .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
      .map((a) => a.finished.catch(() => undefined));
    return Promise.race([Promise.all(ending), new Promise((resolve) => setTimeout(resolve, 3000))]);
  });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const kinds = [...new Set(v.nodes.map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? n.failureSummary ?? ''}`.slice(0, 300)))];
      return `${v.id} (${v.impact}): ${v.nodes.length} × ${kinds.slice(0, 8).join(' || ')}`;
    });
}

function screens(o: SeededOffice): [string, string][] {
  return [
    ['home', '#/'],
    ['office at a glance', '#/home'],
    ['children', '#/children'],
    ['child', `#/children/${o.childId}`],
    ['missing addresses', '#/children/addresses'],
    ['schools', '#/schools'],
    ['school', `#/schools/${o.schoolId}`],
    ['import', '#/attendance/import'],
    ['worklist', '#/worklist'],
    ['volunteers', '#/volunteers'],
    ['cases', '#/cases'],
    ['case', `#/cases/${o.caseId}`],
    ['new case', '#/cases/new'],
    ['case outcomes', '#/case-outcomes'],
    ['monthly report', '#/monthly-report'],
    ['dues', '#/sponsorship/due'],
    ['sponsors', '#/sponsorship/sponsors'],
    ['sponsor', `#/sponsorship/sponsors/${o.sponsorId}`],
    ['sponsored children', '#/sponsorship/children'],
    ['sponsored child', `#/sponsorship/children/${o.sponsoredChildId}`],
    ['family payments', '#/sponsorship/payments'],
    ['ledger', '#/sponsorship/ledger'],
    ['sponsorship reports', '#/sponsorship/reports'],
    ['users', '#/users'],
    ['audit', '#/audit'],
    ['backup', '#/backup'],
    ['account', '#/account'],
    ['migration register', '#/safetynet'],
    ['new departure', '#/safetynet/new'],
    ['departure', `#/safetynet/${o.departureId}`],
    ['check-ins due', '#/safetynet/worklist'],
    ['agents', '#/safetynet/agents'],
    ['agent', `#/safetynet/agents/${o.agentId}`],
    ['reporting points', '#/safetynet/points'],
    ['safetynet reports', '#/safetynet/reports'],
    ['committees', '#/community/committees'],
    ['committee', `#/community/committees/${o.committeeId}`],
    ['new meeting', `#/community/committees/${o.committeeId}/meeting`],
    ['meeting', `#/community/meetings/${o.meetingId}`],
    ['action points', '#/community/action-points'],
    ['activities', '#/community/activities'],
    ['stakeholders', '#/community/stakeholders'],
    ['community counters', '#/community/counts'],
  ];
}

for (const language of ['en', 'bn'] as const) {
  test(`every screen meets WCAG 2.1 AA in ${language === 'en' ? 'English' : 'Bengali'}`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    await logIn(page, host.url, 'anita');
    await api(page.request, host.url, 'auth.setLanguage', { language });
    const found: Record<string, string[]> = {};
    for (const [name, route] of screens(office)) {
      await page.goto(`${host.url}${route}`);
      await page.reload();
      await expect(page.getByRole('button', { name: /^(Log out|লগ আউট)$/ })).toBeVisible();
      const v = await violations(page);
      const headings = await page.locator('h1').count();
      if (headings !== 1) v.push(`${headings} <h1> on the screen, not one`);
      if (v.length) found[name] = v;
    }
    expect(found).toEqual({});
  });
}

// The dialogs and panels of issue 15's payments and imports: the summary before a batch is paid, and an
// import batch with a file whose school is to be added and files that take one school together.
for (const language of ['en', 'bn'] as const) {
  test(`the payment summary and the import batch meet WCAG 2.1 AA in ${language === 'en' ? 'English' : 'Bengali'}`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await logIn(page, host.url, 'anita');
    await api(page.request, host.url, 'auth.setLanguage', { language });
    const words = language === 'en' ? en : bn;
    const found: Record<string, string[]> = {};

    await page.goto(`${host.url}#/sponsorship/payments`);
    await page.reload();
    await page.getByRole('checkbox', { name: words.sponsorship.pay.selectAll }).check();
    await page.getByTestId('pay-selected').click();
    await expect(page.getByRole('dialog', { name: words.sponsorship.paySummary.title })).toBeVisible();
    found['pay summary'] = await violations(page);

    await page.goto(`${host.url}#/attendance/import`);
    await page.reload();
    const file = async (name: string, school: { schoolName: string; schoolUdise: string } | null) => ({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await registerWorkbook({
        month: '2026-11',
        ...(school ?? { schoolName: null, schoolUdise: null }),
        classes: [{ sheetName: 'Class III', children: [{ roll: 1, name: 'Mampi Sardar', sex: 'F', marks: 'P'.repeat(20) }] }],
      }),
    });
    await page
      .getByLabel(words.attendance.importer.pickLabel)
      .setInputFiles([
        await file('Dakshin Para.xlsx', { schoolName: 'Dakshin Para FP School', schoolUdise: '19112300202' }),
        await file('Class III.xlsx', null),
        await file('Class IV.xlsx', null),
      ]);
    await expect(page.getByRole('region', { name: words.attendance.importer.schoolForFiles.title })).toBeVisible();
    found['import batch'] = await violations(page);
    await page.getByRole('button', { name: words.attendance.importer.addSchoolFor.replace('{{file}}', 'Dakshin Para.xlsx') }).click();
    await expect(page.getByRole('dialog', { name: words.register.schools.add })).toBeVisible();
    found['add this school'] = await violations(page);
    await page.getByRole('dialog').getByRole('button', { name: words.common.cancel }).click();
    await page.getByRole('button', { name: words.attendance.importer.clear }).click();

    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
  });
}

// The office host: its card with the fingerprint, a pairing code and a paired PC, and the screen a
// PC the host does not know gets ("Connect this PC to the office host"), with its fingerprint after.
for (const language of ['en', 'bn'] as const) {
  test(`the office host card and the connect screen meet WCAG 2.1 AA in ${language === 'en' ? 'English' : 'Bengali'}`, async ({
    page,
    browser,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const address = language === 'en' ? '127.0.0.2' : '127.0.0.3';
    const port = await freePort(address);
    await logIn(page, host.url, 'anita');
    await api(page.request, host.url, 'officeHost.update', { on: true, addresses: [address], port });
    const { code } = await api<{ code: string }>(page.request, host.url, 'devices.pairingCode', {});
    const words = language === 'en' ? en : bn;
    const found: Record<string, string[]> = {};
    const pcName = language === 'en' ? 'Data entry PC' : 'Case worker laptop';

    const pc = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 768 } });
    const second = await pc.newPage();
    await second.goto(`https://${address}:${port}/`);
    if (language === 'bn') await second.getByText('বাংলা', { exact: true }).click();
    await expect(second.getByRole('heading', { name: words.devices.connect.title })).toBeVisible();
    found.connect = await violations(second);
    await second.getByLabel(words.devices.connect.code).fill(code);
    await second.getByLabel(words.devices.connect.name).fill(pcName);
    await second.getByRole('button', { name: words.devices.connect.submit }).click();
    await expect(second.getByRole('heading', { name: words.devices.connect.connectedTitle })).toBeVisible();
    found.connected = await violations(second);
    if ((await second.locator('h1').count()) !== 1) found.connected.push('not one <h1>');
    await pc.close();

    await api(page.request, host.url, 'auth.setLanguage', { language });
    await page.goto(`${host.url}#/account`);
    await page.reload();
    await page.getByRole('button', { name: words.devices.officeHost.makeCode }).click();
    await expect(page.getByTestId('pairing-code')).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(pcName) })).toBeVisible();
    found.account = await violations(page);
    await page.getByRole('button', { name: words.devices.officeHost.revokeNamed.replace('{{name}}', pcName) }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    found.revoke = await violations(page);
    await page.keyboard.press('Escape');
    await api(page.request, host.url, 'officeHost.update', { on: false, addresses: [address], port });
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length))).toEqual({});
  });
}
