/**
 * `npm run screenshots` (safeguards): consent on the referral form, a refused case with its
 * emergency opening, the reason dialog, and the notice the case's worker sees, in English and
 * Bengali. It shows; it asserts nothing.
 */
import { test } from '@playwright/test';
import { screenshotOffice } from './helpers';
import { api, password } from './pages';
import { shoot } from './screenshotFiles';

test('consent and break-the-glass in English and Bengali', async ({ page }) => {
  const { host, url, r } = await screenshotOffice(page, { officeScreen: true });
  for (const [fullName, username] of [
    ['Mitali Ghosh', 'mitali'],
    ['Sabir Molla', 'sabir'],
  ] as const) {
    await api(r, url, 'users.create', { fullName, username, role: 'case_worker', password });
  }
  const child = await api(r, url, 'children.create', {
    nameEn: 'Priya Mondal',
    nameBn: 'প্রিয়া মণ্ডল',
    sex: 'female',
    dateOfBirth: '2010-05-01',
  });
  await api(r, url, 'auth.logout', {});

  for (const language of ['en', 'bn'] as const) {
    await api(r, url, 'auth.login', { username: 'mitali', password });
    await api(r, url, 'auth.setLanguage', { language });
    const created = await api(r, url, 'cases.create', {
      types: ['child_marriage'],
      childIds: [child.id],
      reporterKind: 'volunteer',
      reporterName: 'Sabita Das',
      reportedOn: '2026-11-20',
      summary: 'Marriage being arranged for February; the family has fixed a groom in Hasnabad.',
      riskLevel: 'high',
      riskReason: 'Date fixed, girl is 16',
    });
    await page.goto(`${url}#/cases/${created.id}`);
    await page.reload();
    await page
      .getByRole('region', { name: /Referrals|রেফারাল/ })
      .getByRole('button')
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox').nth(1).fill('CWC North 24 Parganas');
    await dialog.getByRole('button', { name: /^(Refer|রেফার করুন)$/ }).click();
    await shoot(page, `referral-consent-${language}`);
    await page.keyboard.press('Escape');
    await api(r, url, 'auth.logout', {});

    await api(r, url, 'auth.login', { username: 'sabir', password });
    await api(r, url, 'auth.setLanguage', { language });
    await page.goto(`${url}#/cases/${created.id}`);
    await page.reload();
    await shoot(page, `case-refused-${language}`);
    await page.getByRole('button', { name: /Open in an emergency|জরুরি অবস্থায় খুলুন/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('textbox')
      .fill('Helpline call at night: the family is moving the girl; Mitali is not answering');
    await shoot(page, `break-glass-${language}`);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Open the case|কেসটি খুলুন/ })
      .click();
    await page.waitForURL(/#\/cases\/\d+/);
    await api(r, url, 'auth.logout', {});

    await api(r, url, 'auth.login', { username: 'mitali', password });
    await page.goto(url);
    await page.reload();
    await shoot(page, `emergency-notice-${language}`);
    await api(r, url, 'auth.logout', {});
  }
  await host.stop();
});
