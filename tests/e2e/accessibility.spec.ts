import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { api, logIn } from './pages';
import { freshDataDir, startServeHost, type RunningHost } from './host';
import { seedOffice, type SeededOffice } from './seedOffice';

// WCAG 2.1 AA over every screen, as an administrator sees it with an office's data on it, in English
// and in Bengali. Only serious and critical findings fail the test; no rule is switched off.

let host: RunningHost;
let office: SeededOffice;

test.beforeAll(async ({ request }) => {
  host = await startServeHost(freshDataDir());
  office = await seedOffice(request, host.url);
});
test.afterAll(async () => host.stop());

async function violations(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
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
    ['children', '#/children'],
    ['child', `#/children/${o.childId}`],
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
