/**
 * `npm run screenshots` (second part): attendance, the worklist and sponsorship, in English and
 * Bengali, with the PDFs they print, from a fresh office filled through the API. It shows; it asserts nothing.
 */
import { test } from '@playwright/test';
import { registerWorkbook, wordDocument, type FixtureChild, openDayMarks } from '../fixtures/attendance';
import { meeraIyer, mondalFamily, priyaEducation } from '../fixtures/office';
import { importFiles, screenshotOffice } from './helpers';
import { api } from './pages';
import { shoot, pdfPage } from './screenshotFiles';
import { uttarBagundiSchool } from './seedOffice';

const pupils = [
  { roll: 7, name: 'Priya Mondal', sex: 'F', oct: (d: number) => d > 12, sep: (d: number) => d % 9 === 0 },
  { roll: 8, name: 'Sourav Mondal', sex: 'M', oct: () => false, sep: () => false },
  { roll: 12, name: 'Sk Rahim', sex: 'M', oct: (d: number) => d <= 7, sep: (d: number) => d % 5 === 0 },
  { roll: 14, name: 'Nasrin Parvin', sex: 'F', oct: (d: number) => d % 2 === 0, sep: (d: number) => d % 3 === 0 },
  { roll: 15, name: 'Rupa Sardar', sex: 'F', oct: () => false, sep: (d: number) => d === 4 },
  { roll: 16, name: 'Mita Das', sex: 'F', oct: null, sep: () => false },
] as const;

function register(month: '2026-09' | '2026-10', udise: string | null): Promise<Buffer> {
  const children: FixtureChild[] = pupils.flatMap((p) => {
    const absent = month === '2026-10' ? p.oct : p.sep;
    return absent ? [{ roll: p.roll, name: p.name, sex: p.sex, marks: openDayMarks(month, absent) }] : [];
  });
  return registerWorkbook({
    month,
    schoolName: 'Uttar Bagundi FP School',
    schoolUdise: udise,
    classes: [{ sheetName: 'Class III', children }],
  });
}

test('attendance and sponsorship screens in English and Bengali', async ({ page }) => {
  const { host, url, r } = await screenshotOffice(page);
  const school = await api(r, url, 'schools.create', uttarBagundiSchool);
  await api(r, url, 'schools.create', {
    name: 'Khejurtala Girls High School',
    udise: '19112300202',
    type: 'secondary',
    gramPanchayat: 'Bagundi',
    village: 'Khejurtala',
    headTeacher: 'Smt. Ruma Biswas',
    phone: '9830012346',
  });

  // September and October imported through the API, as a script would.
  for (const month of ['2026-09', '2026-10'] as const) {
    const bytes = await register(month, '19112300101');
    await importFiles(r, url, [{ name: `Uttar Bagundi ${month}.xlsx`, contentBase64: bytes.toString('base64') }]);
  }
  const flags = await api<{ rows: { childId: number; name: string }[] }>(r, url, 'attendance.flags', {});
  const volunteer = await api(r, url, 'volunteers.create', {
    name: 'Sabita Das',
    phone: '9830011111',
    villages: ['Uttar Bagundi', 'Khejurtala'],
  });
  await api(r, url, 'worklist.assign', { childIds: flags.rows.map((f) => f.childId), volunteerId: volunteer.id });
  const priya = flags.rows.find((f) => f.name.includes('Priya'))?.childId ?? 0;
  await api(r, url, 'followUps.create', {
    childId: priya,
    visitDate: '2026-11-20',
    volunteerId: volunteer.id,
    finding: 'marriage_arranged',
    note: 'The mother says a groom has been found in Hasnabad.',
  });
  for (const language of ['en', 'bn'] as const) {
    const list = await api<{ contentBase64: string }>(r, url, 'worklist.visitList', {
      volunteerId: volunteer.id,
      weekOf: '2026-11-23',
      language,
    });
    pdfPage(list.contentBase64, `visit-list-${language}`);
  }

  // Sponsorship: a sponsor, a family, a month's money in and out.
  const sponsor = await api(r, url, 'sponsors.create', meeraIyer);
  const family = await api(
    r,
    url,
    'sponsoredChildren.create',
    mondalFamily(priya, {
      progressNote: 'Priya is back in Class III since the home visits; her mother now sells vegetables at the haat.',
    }),
  );
  const sponsorship = await api(r, url, 'sponsorships.create', priyaEducation(sponsor.id, family.id));
  for (const [valueDate, reference] of [
    ['2026-09-05', 'UTR 0905'],
    ['2026-10-06', 'UTR 1006'],
  ] as const) {
    await api(r, url, 'ledger.receive', {
      sponsorId: sponsor.id,
      sponsorshipId: sponsorship.id,
      valueDate,
      amountPaise: 150_000,
      mode: 'bank_transfer',
      reference,
      account: 'local_bank',
    });
  }
  for (const [month, valueDate] of [
    ['2026-09', '2026-09-10'],
    ['2026-10', '2026-10-10'],
  ] as const) {
    await api(r, url, 'ledger.disburse', {
      month,
      valueDate,
      items: [
        { sponsoredChildId: family.id, amountPaise: 150_000, account: 'local_bank', mode: 'bank_transfer', reference: `NEFT ${month}` },
      ],
    });
  }
  const statement = await api<{ contentBase64: string }>(r, url, 'sponsors.statement', {
    sponsorId: sponsor.id,
    from: '2026-04-01',
    to: '2026-11-24',
    language: 'en',
  });
  pdfPage(statement.contentBase64, 'sponsor-statement-en');

  await page.goto(url);
  for (const lang of ['en', 'bn'] as const) {
    await api(r, url, 'auth.setLanguage', { language: lang });
    for (const [name, route] of [
      ['worklist', '#/worklist'],
      ['volunteers', '#/volunteers'],
      ['school', `#/schools/${school.id}`],
      ['child-attendance', `#/children/${priya}`],
      ['dues', '#/sponsorship/due'],
      ['ledger', '#/sponsorship/ledger'],
      ['sponsor', `#/sponsorship/sponsors/${sponsor.id}`],
      ['family-payments', '#/sponsorship/payments'],
    ] as const) {
      await page.goto(`${url}${route}`);
      await page.reload();
      await shoot(page, `${name}-${lang}`);
    }
    await page.goto(`${url}#/attendance/import`);
    await page.reload();
    await page.getByLabel(lang === 'en' ? 'Register files' : 'হাজিরা খাতার ফাইল').setInputFiles([
      { name: 'Uttar Bagundi Oct 2026.xlsx', mimeType: 'application/octet-stream', buffer: await register('2026-10', '19112300101') },
      { name: 'Bagundi register Nov.xlsx', mimeType: 'application/octet-stream', buffer: await register('2026-10', null) },
      { name: 'Khejurtala register.xlsx', mimeType: 'application/octet-stream', buffer: wordDocument() },
    ]);
    await page.getByText('Khejurtala register.xlsx').first().waitFor();
    await shoot(page, `import-preview-${lang}`);
    // The batch is kept until imported or discarded: the next language starts from an empty screen.
    await page.getByRole('button', { name: lang === 'en' ? 'Discard this batch' : 'এই ব্যাচ বাতিল করুন' }).click();
  }
  await host.stop();
});
