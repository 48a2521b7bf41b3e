/**
 * `npm run screenshots` (community part): committees, a committee's page, a meeting, the action
 * points, the activities, the stakeholders and the counters, in English and Bengali, with the
 * minutes and the activities register they print, from the unit tests' hand-counted fixture
 * recorded through the API. It shows; it asserts nothing.
 */
import { test } from '@playwright/test';
import { communityFixture } from '../unit/community/fixture';
import { screenshotOffice } from './helpers';
import { shoot, pdfPage } from './screenshotFiles';

test('community screens in English and Bengali', async ({ page }) => {
  const { host, url } = await screenshotOffice(page);
  const call = async (method: string, data: unknown): Promise<never> => {
    const response = await page.request.post(`${url}api/${method}`, { data });
    const body = (await response.json()) as { result: never; error?: unknown };
    if (!response.ok()) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
    return body.result;
  };
  const f = await communityFixture({ ok: (method, input) => call(method, input) });

  for (const language of ['en', 'bn'] as const) {
    const minutes = await call('meetings.minutes', { meetingId: f.july.id, language });
    pdfPage((minutes as { contentBase64: string }).contentBase64, `minutes-${language}`);
    const register = await call('activities.registerPdf', { from: '2026-07-01', to: '2026-09-30', language });
    pdfPage((register as { contentBase64: string }).contentBase64, `activities-register-${language}`);
  }

  await page.goto(url);
  for (const lang of ['en', 'bn'] as const) {
    await call('auth.setLanguage', { language: lang });
    for (const [name, route] of [
      ['committees', '#/community/committees'],
      ['committee', `#/community/committees/${f.vlcpcA}`],
      ['meeting', `#/community/meetings/${f.july.id}`],
      ['action-points', '#/community/action-points'],
      ['activities', '#/community/activities'],
      ['stakeholders', '#/community/stakeholders'],
      ['community-counts', '#/community/counts'],
    ] as const) {
      await page.goto(`${url}${route}`);
      await page.reload();
      await shoot(page, `${name}-${lang}`);
    }
    await page.goto(`${url}#/community/committees/${f.vlcpcA}/meeting`);
    await page.reload();
    await shoot(page, `meeting-form-${lang}`);
  }
  await host.stop();
});
