/**
 * `npm run screenshots`: the README's pictures of every screen, in English and Bengali, from a
 * fresh office filled through the API. Not part of `npm test`: it asserts nothing, it shows.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { api, password, basirhatOffice } from './pages';
import { screenshotOffice } from './helpers';
import { shoot, screenshotsDir } from './screenshotFiles';

test('screens in English and Bengali', async ({ page }) => {
  const { host, url, r } = await screenshotOffice(page, { setUp: false });
  await page.goto(url);
  await shoot(page, 'setup-en');

  await api(r, url, 'setup.initialize', basirhatOffice);
  const schools = [
    ['Uttar Bagundi FP School', '19112300101', 'primary', 'Bagundi', 'Uttar Bagundi', 'Sri Tapan Ghosh'],
    ['Hingalganj High School', '19112300212', 'secondary', 'Hingalganj', 'Hingalganj', 'Smt. Ruma Biswas'],
    ['Itinda High Madrasah', '19112300345', 'madrasah', 'Itinda', 'Itinda', 'Md. Abdul Gazi'],
  ] as const;
  const schoolIds: number[] = [];
  for (const [name, udise, type, gramPanchayat, village, headTeacher] of schools) {
    schoolIds.push(
      (await api(r, url, 'schools.create', { name, udise, type, gramPanchayat, village, headTeacher, phone: '9830012345' })).id,
    );
  }
  const kids = [
    ['Priya Mondal', 'প্রিয়া মণ্ডল', 'female', '2016-03-14', null, 0, 4, 'Uttar Bagundi'],
    ['Rahim Sk.', 'রহিম শেখ', 'male', null, 11, 0, 5, 'Dakshin Para'],
    [null, 'মৌমিতা বিশ্বাস', 'female', '2017-08-02', null, 0, 3, 'Uttar Bagundi'],
    ['Sabina Khatun', null, 'female', null, 13, 2, 7, 'Itinda'],
    ['Sourav Haldar', 'সৌরভ হালদার', 'male', '2012-11-30', null, 1, 9, 'Hingalganj'],
    ['Yasmin Bibi', 'ইয়াসমিন বিবি', 'female', '2011-01-21', null, 2, 10, 'Itinda'],
    ['Akash Sardar', null, 'male', null, 8, 0, 2, 'Dakshin Para'],
    ['Puja Naskar', 'পূজা নস্কর', 'female', '2014-05-09', null, 1, 7, 'Hingalganj'],
  ] as const;
  let first = 0;
  for (const [nameEn, nameBn, sex, dateOfBirth, ageYears, school, classGrade, village] of kids) {
    const made = await api(r, url, 'children.create', {
      nameEn,
      nameBn,
      sex,
      dateOfBirth,
      ageYears,
      schoolId: schoolIds[school],
      classGrade,
      section: 'A',
      roll: String(classGrade * 3 + 1),
      village,
      gramPanchayat: schools[school][3],
      guardianName: sex === 'female' ? 'Rekha Mondal' : 'Kasem Sk.',
      guardianRelation: 'mother',
      phone: '9876543210',
    });
    first ||= made.id;
  }
  await api(r, url, 'users.create', { fullName: 'Rina Das', username: 'rina', role: 'data_entry', password });
  await api(r, url, 'users.create', { fullName: 'Manju Halder', username: 'manju', role: 'case_worker', password });
  await api(r, url, 'admin.backupNow', {});

  const caseInputs = [
    {
      types: ['child_marriage'],
      child: 0,
      reporterKind: 'volunteer',
      reporterName: 'Sabita Das',
      reportedOn: '2026-11-20',
      riskLevel: 'high',
      riskReason: 'Wedding date fixed; the girl is 16',
      summary: 'The family has fixed a groom in Hasnabad; the wedding is planned for February.',
      plannedMarriageOn: '2027-02-10',
      due: '2026-11-22',
    },
    {
      types: ['child_labour', 'dropped_out'],
      child: 1,
      reporterKind: 'school',
      reporterName: 'Head teacher',
      reportedOn: '2026-11-18',
      riskLevel: 'medium',
      riskReason: 'Works at a brick kiln since October',
      summary: 'Absent for three weeks; seen working at the kiln near Dakshin Para.',
      due: '2026-11-24',
    },
    {
      types: ['trafficking_suspected', 'unsafe_migration'],
      child: 5,
      reporterKind: 'community_member',
      reporterName: 'Club secretary',
      reportedOn: '2026-11-23',
      riskLevel: 'critical',
      riskReason: 'Unknown agent promised work in Delhi',
      summary: 'An unknown agent visited twice and offered the girl a job in Delhi.',
      due: '2026-11-25',
    },
  ] as const;
  const caseIds: number[] = [];
  for (const c of caseInputs) {
    const created = await api(r, url, 'cases.create', {
      types: c.types,
      childIds: [first + c.child],
      reporterKind: c.reporterKind,
      reporterName: c.reporterName,
      reportedOn: c.reportedOn,
      summary: c.summary,
      riskLevel: c.riskLevel,
      riskReason: c.riskReason,
      village: kids[c.child][7],
      gramPanchayat: 'Bagundi',
      ...('plannedMarriageOn' in c ? { plannedMarriageOn: c.plannedMarriageOn } : {}),
      firstAction: { description: 'Home visit with the ICDS worker', dueOn: c.due },
    });
    caseIds.push(created.id);
  }
  const [marriageCase = 0] = caseIds;
  await api(r, url, 'cases.addEntry', {
    caseId: marriageCase,
    happenedOn: '2026-11-21',
    kind: 'home_visit',
    text: 'Met the mother; she says the groom’s family insists. Explained PCMA 2006.',
  });
  await api(r, url, 'cases.addEntry', {
    caseId: marriageCase,
    happenedOn: '2026-11-22',
    kind: 'phone_call',
    text: 'Called the ICDS supervisor; joint visit fixed for Monday.',
  });
  const referral = await api(r, url, 'cases.refer', {
    caseId: marriageCase,
    authority: 'cwc',
    authorityName: 'CWC North 24 Parganas',
    contact: 'Barasat',
    referredOn: '2026-11-23',
    reason: 'Marriage of a 16-year-old girl planned for February; the family does not listen to the volunteer.',
    consent: { from: 'child_and_guardian', method: 'verbal_witnessed', witness: 'Mina Das, ASHA worker' },
  });
  for (const language of ['en', 'bn'] as const) {
    const letter = (await api(r, url, 'cases.referralLetter', {
      referralId: referral.id,
      language,
      includeChildName: false,
    })) as unknown as { contentBase64: string };
    const pdf = `${screenshotsDir}referral-letter-${language}.pdf`;
    writeFileSync(pdf, Buffer.from(letter.contentBase64, 'base64'));
    execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', pdf, `${screenshotsDir}referral-letter-${language}`]);
    rmSync(pdf);
  }
  await api(r, url, 'cases.close', {
    id: caseIds[1] ?? 0,
    outcome: 'withdrawn_from_work_enrolled',
    outcomeNote: 'Back in Class VII',
    closedOn: '2026-11-24',
    withOpenActions: true,
  });

  for (const lang of ['en', 'bn'] as const) {
    await api(r, url, 'auth.setLanguage', { language: lang });
    for (const [name, route] of [
      ['dashboard', '#/home'],
      ['children', '#/children'],
      ['child', `#/children/${first}`],
      ['schools', '#/schools'],
      ['users', '#/users'],
      ['audit', '#/audit'],
      ['backup', '#/backup'],
      ['account', '#/account'],
      ['cases', '#/cases'],
      ['case', `#/cases/${marriageCase}`],
      ['case-form', '#/cases/new'],
      ['case-outcomes', '#/case-outcomes'],
    ] as const) {
      await page.goto(`${url}${route}`);
      await page.reload();
      await shoot(page, `${name}-${lang}`);
    }
    await page.goto(`${url}#/children`);
    await page.reload();
    await page.getByRole('button', { name: lang === 'en' ? 'Add child' : /শিশু যোগ/ }).click();
    await page.getByRole('dialog').waitFor();
    await shoot(page, `child-form-${lang}`);
  }
  await api(r, url, 'auth.logout', {});
  await page.goto(url);
  await page.reload();
  await shoot(page, 'login-bn');
  await host.stop();
});
