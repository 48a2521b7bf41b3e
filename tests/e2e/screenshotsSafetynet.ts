/**
 * `npm run screenshots` (SafetyNet): the migration register, a departure with its red flags, an
 * agent's page, the worklist and the printed registers, in English and Bengali, from a fresh office
 * filled through the API. It shows; it asserts nothing.
 */
import { test } from '@playwright/test';
import { bagundiClub } from '../fixtures/office';
import { screenshotOffice } from './helpers';
import { api } from './pages';
import { shoot, pdfPage } from './screenshotFiles';

function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('SafetyNet screens and papers in English and Bengali', async ({ page }) => {
  const { host, url, r } = await screenshotOffice(page, { officeScreen: true });
  const club = await api(r, url, 'reportingPoints.create', bagundiClub);
  const asha = await api(r, url, 'reportingPoints.create', {
    kind: 'asha',
    name: 'Rekha Das (ASHA)',
    phone: '9433022222',
    village: 'Khejurtala',
    gramPanchayat: 'Khejurtala',
  });
  const agent = await api(r, url, 'agents.create', {
    name: 'Rakesh Sheikh',
    aliases: 'Rocky',
    phones: '9830012345',
    village: 'Hasnabad',
    worksFor: 'A garment unit in Tiruppur',
  });
  const base = { withGuardian: true, familyKnows: 'yes', familyAgreed: 'yes', gramPanchayat: 'Bagundi', village: 'Uttar Bagundi' };
  const girl = await api(r, url, 'migrations.create', {
    ...base,
    reportingPointId: club.id,
    reportedBy: 'Sujit Mondal',
    name: 'Rupa Khatun',
    sex: 'female',
    ageYears: 16,
    guardianName: 'Amina Bibi',
    guardianRelation: 'mother',
    leftOn: daysAgo(20),
    purpose: 'work',
    purposeDetail: 'work in Bangalore',
    withGuardian: false,
    destination: { state: 'Karnataka', place: 'Bengaluru' },
    agentName: 'Bapi',
    agentPhone: '9830098300',
  });
  await api(r, url, 'migrations.checkIn', {
    id: girl.id,
    checkedOn: daysAgo(16),
    method: 'phone',
    outcome: 'not_reachable',
    note: 'Phone switched off',
  });
  const first = await api(r, url, 'migrations.create', {
    ...base,
    reportingPointId: club.id,
    name: 'Salma Bibi',
    sex: 'female',
    ageYears: 17,
    leftOn: daysAgo(60),
    purpose: 'marriage',
    destination: { state: 'Haryana', place: 'Panipat' },
    agentId: agent.id,
    expectedReturnOn: daysAgo(10),
  });
  await api(r, url, 'migrations.create', {
    ...base,
    reportingPointId: asha.id,
    name: 'Anowar Mondal',
    sex: 'male',
    ageYears: 23,
    village: 'Khejurtala',
    gramPanchayat: 'Khejurtala',
    leftOn: daysAgo(12),
    purpose: 'work',
    destination: { state: 'Tamil Nadu', place: 'Tiruppur', address: 'Unit 4, Kumar Nagar' },
    arrangedBy: 'agent',
    agentId: agent.id,
  });
  await api(r, url, 'migrations.create', {
    ...base,
    reportingPointId: asha.id,
    name: 'Sahidul Gazi',
    sex: 'male',
    ageYears: 32,
    village: 'Khejurtala',
    gramPanchayat: 'Khejurtala',
    leftOn: daysAgo(30),
    purpose: 'work',
    arrangedBy: 'family',
    destination: { state: 'Kerala', place: 'Kochi', address: 'Near the fish market' },
  });
  await api(r, url, 'migrations.recordReturn', {
    id: first.id,
    returnedOn: daysAgo(3),
    condition: 'rescued',
    note: 'Brought back by the police with the CWC',
  });

  await page.goto(url);
  for (const lang of ['en', 'bn'] as const) {
    await api(r, url, 'auth.setLanguage', { language: lang });
    for (const [name, route] of [
      ['safetynet-register', '#/safetynet'],
      ['safetynet-departure', `#/safetynet/${girl.id}`],
      ['safetynet-agent', `#/safetynet/agents/${agent.id}`],
      ['safetynet-worklist', '#/safetynet/worklist'],
    ] as const) {
      await page.goto(`${url}${route}`);
      await page.reload();
      await shoot(page, `${name}-${lang}`);
    }
    const month = daysAgo(20).slice(0, 7);
    const filled = await api<{ contentBase64: string }>(r, url, 'migrations.registerPdf', { month, language: lang });
    pdfPage(filled.contentBase64, `safetynet-register-pdf-${lang}`);
  }
  const blank = await api<{ contentBase64: string }>(r, url, 'reportingPoints.blankRegisterPdf', { id: club.id, language: 'bn' });
  pdfPage(blank.contentBase64, 'safetynet-blank-register-bn');
  await host.stop();
});
