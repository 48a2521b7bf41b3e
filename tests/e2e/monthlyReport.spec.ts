import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { headcounts, uttarBagundiActivity } from '../fixtures/community';
import { startServeHostOn } from './helpers';
import type { RunningHost } from './host';
import { api, logIn, pdfText } from './pages';
import { importClassIII, seedOffice, type SeededOffice } from './seedOffice';

// The manager's month, as one story: November 2026 of a seeded office (two cases, a girl who left
// for work on 02/11) with the month's own work added here (November's register imported, the
// sponsor's payment and the family's, a CPC meeting and a training) → the home screen's counts →
// the report previewed with the same counts → the Bengali PDF checked with pdftotext → the month
// closed → a case changed → the closed month reprinted byte for byte and marked revised.

const today = '2026-12-03';
const month = '2026-11';
let host: RunningHost;
let office: SeededOffice;

test.beforeAll(async ({ request }) => {
  host = await startServeHostOn(today);
  office = await seedOffice(request, host.url);
  const url = host.url;
  // November's register: Sourav and Rahim every day, Priya away after the 12th.
  await importClassIII(request, url, month, [(d) => d > 12, () => false, () => false]);
  // Meera pays two months on 05/11 (October and November), and the family is paid November's ₹1,500 on 10/11.
  await api(request, url, 'ledger.receive', {
    sponsorId: office.sponsorId,
    valueDate: '2026-11-05',
    amountPaise: 300_000,
    mode: 'bank_transfer',
    reference: 'UTR 1105',
    account: 'local_bank',
  });
  await api(request, url, 'ledger.disburse', {
    month,
    valueDate: '2026-11-10',
    items: [
      {
        sponsoredChildId: office.sponsoredChildId,
        amountPaise: 150_000,
        account: 'local_bank',
        mode: 'bank_transfer',
        reference: 'NEFT 11',
      },
    ],
  });
  const committee = await api<{ members: { id: number }[] }>(request, url, 'committees.get', { id: office.committeeId });
  await api(request, url, 'meetings.create', {
    committeeId: office.committeeId,
    heldOn: '2026-11-09',
    place: 'Club room',
    memberIds: committee.members.map((m) => m.id),
    actionPoints: [{ what: 'Talk to Rupa Khatun’s mother', who: 'Sabita Das', dueOn: '2026-11-30' }],
  });
  await api(
    request,
    url,
    'activities.create',
    uttarBagundiActivity({
      type: 'cpc_training',
      heldOn: '2026-11-14',
      topics: ['child_marriage'],
      headcounts: headcounts('community_member', { female: 9, male: 3 }),
    }),
  );
});
test.afterAll(async () => host.stop());

const card = (page: Page, name: RegExp) => page.getByRole('link', { name });
const glanceRow = (page: Page, name: RegExp) => page.getByRole('table', { name: 'At a glance' }).getByRole('row', { name });

test('November: the home screen’s counts, the report with the same, printed in Bengali, closed, reprinted identical after a case changed', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await logIn(page, host.url, 'anita', { today });

  await test.step('the home screen counts the month', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'The office at a glance' })).toBeVisible();
    // Rahim, withdrawn from the kiln on 24/11: none yet in December, this year's only one.
    await expect(card(page, /^Children withdrawn from labour/)).toHaveText(
      /^Children withdrawn from labour or with reduced working hours00 withdrawn, 0 hours reducedThis year: 1$/,
    );
    // November's register: Sourav and Rahim came every day, Priya 8 of the days.
    await expect(card(page, /^Children attending school regularly/)).toContainText('of 3 on the registers of November 2026');
    await page.getByRole('button', { name: 'Show as a table' }).nth(1).click();
    // Priya's marriage case (20/11) and Rahim's (18/11) opened in November; Rahim's closed on 24/11.
    await expect(
      page.getByRole('table', { name: 'Cases opened and cases closed, month by month' }).getByRole('row', { name: /Nov 2026/ }),
    ).toHaveText(/Nov 2026\s*2\s*1/);
  });

  await test.step('the report of November says the same', async () => {
    await page.goto(`${host.url}#/monthly-report`);
    await expect(page.getByRole('heading', { level: 1, name: 'Monthly report' })).toBeVisible();
    await expect(page.getByTestId('shown-month')).toHaveText('November 2026');
    await expect(glanceRow(page, /^Cases opened/)).toContainText('2');
    // Rahim's one closed case stands "< 5" in his village's row: the total would give it away, so the
    // report withholds it, on the screen as in the PDF, and says why.
    await expect(glanceRow(page, /^Cases closed/)).toHaveText('Cases closed×');
    await expect(page.getByText('“×”: hidden so that no “< 5” can be worked out from the totals.', { exact: false }).first()).toBeVisible();
    await expect(glanceRow(page, /^Children withdrawn from labour/)).toContainText('1');
    // The committee met on 09/11: the one meeting due in November, held.
    await expect(glanceRow(page, /^CPC meetings held of due/)).toContainText('1 of 1');
    // Priya, supported by Meera since September.
    await expect(glanceRow(page, /^Children in sponsorship/)).toContainText('1');
  });

  let draftText = '';
  await test.step('the PDF in Bengali, read back with pdftotext', async () => {
    await page.locator('[aria-labelledby="report-language"]').getByText('বাংলা', { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    draftText = pdfText(await download.path(), true);
    // The pages as the DCPO sees them, for README.md (MONTHLY_REPORT_SHOTS=1): pdftoppm names them -1 … -N.
    if (process.env.MONTHLY_REPORT_SHOTS)
      execFileSync('pdftoppm', ['-png', '-r', '60', await download.path(), 'docs/screenshots/monthly-report-pdf-bn']);
    expect(draftText).toContain('এক নজরে');
    expect(draftText).toContain('খসড়া');
    expect(draftText).toMatch(/নতুন কেস\s+২\n/);
    expect(draftText).toMatch(/বন্ধ কেস\s+×\n/);
    expect(draftText).toMatch(/নির্ধারিত CPC সভার মধ্যে হয়েছে\s+১-এর মধ্যে ১\n/);
    // Rupa Khatun's departure on 02/11, the family's payment and November's register.
    expect(draftText).toMatch(/যাত্রা\s+১\n/);
    expect(draftText).toMatch(/এই মাসের টাকা পাওয়া পরিবার\s+১\n/);
    expect(draftText).toMatch(/প্রত্যাশিত রেজিস্টারের মধ্যে আমদানি হয়েছে\s+১-এর মধ্যে ১\n/);
    // Children by code only.
    for (const name of ['Priya', 'Rahim', 'Sourav', 'Rupa']) expect(draftText).not.toContain(name);
  });

  let closedBytes = Buffer.alloc(0);
  await test.step('the month closed and printed as signed', async () => {
    await page.getByRole('button', { name: 'Close the month' }).click();
    await page.getByRole('alert').getByRole('button', { name: 'Close the month' }).click();
    await expect(page.getByText(/closed as version 1/)).toBeVisible();
    const [closed] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    closedBytes = readFileSync(await closed.path());
    expect(pdfText(await closed.path())).toContain('সংস্করণ ১');
  });

  await test.step('a case changes afterwards: the month is revised, and reprints as it was signed', async () => {
    // Priya's marriage case closed on 26/11, after the month was closed.
    await api(page.request, host.url, 'cases.close', {
      id: office.caseId,
      outcome: 'marriage_averted',
      closedOn: '2026-11-26',
      withOpenActions: true,
    });
    await page.reload();
    await expect(page.getByTestId('revised-mark')).toBeVisible();
    await expect(page.getByTestId(`closed-${month}`)).toContainText('Revised');
    await page.locator('[aria-labelledby="report-language"]').getByText('বাংলা', { exact: true }).click();
    const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    expect(readFileSync(await again.path()).equals(closedBytes)).toBe(true);
    // The live figures have moved on: two closed in November now (the report withholds the total; the
    // home screen, for the office's own staff, counts it).
    await expect(glanceRow(page, /^Cases closed/)).toHaveText('Cases closed×');
    await page.goto(`${host.url}#/`);
    await page.getByRole('button', { name: 'Show as a table' }).nth(1).click();
    await expect(
      page.getByRole('table', { name: 'Cases opened and cases closed, month by month' }).getByRole('row', { name: /Nov 2026/ }),
    ).toHaveText(/Nov 2026\s*2\s*2/);
  });
});

test('the report screen in both languages: one <h1>, no serious WCAG 2.1 AA finding', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await logIn(page, host.url, 'anita', { today });
  for (const language of ['en', 'bn'] as const) {
    await api(page.request, host.url, 'auth.setLanguage', { language });
    await page.goto(`${host.url}#/monthly-report`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(language === 'en' ? 'Monthly report' : 'মাসিক প্রতিবেদন');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').count()).toBe(1);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    if (process.env.MONTHLY_REPORT_SHOTS) await page.screenshot({ path: `docs/screenshots/monthly-report-${language}.png` });
  }
});
