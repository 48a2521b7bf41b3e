import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openDayMarks, registerWorkbook, wordDocument, type FixtureChild } from '../fixtures/attendance';
import { pdfPages } from '../fixtures/pdf/popplerText';
import { api, logIn, password, basirhatOffice } from './pages';
import { freshDataDir, startServeHost, type RunningHost } from './host';
import { expectFileRow, fileRow } from './helpers';

const shots = '/tmp/shots-att';
let host: RunningHost;

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

async function language(page: Page, which: 'English' | 'বাংলা'): Promise<void> {
  await page
    .getByRole('radiogroup', { name: /Language|ভাষা/ })
    .getByText(which, { exact: true })
    .click();
}

interface RegisterFile {
  fileName: string;
  school: string | null;
  udise: string | null;
  month: string;
  /** Bengali headers and title: also a layout of its own, so the school cannot be remembered from another file. */
  language?: 'en' | 'bn';
  /** The name column's header, when the school wrote something the parser does not know. */
  nameHeader?: string;
  sheetName: string;
  children: FixtureChild[];
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A school's monthly register as schools type it (the parser's fixture builder): title rows, headers, a row per child, totals. */
async function registerFile(file: RegisterFile): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const buffer = await registerWorkbook({
    month: file.month,
    schoolName: file.school,
    schoolUdise: file.udise,
    language: file.language ?? 'en',
    ...(file.nameHeader !== undefined ? { nameHeader: file.nameHeader } : {}),
    classes: [{ sheetName: file.sheetName, children: file.children }],
  });
  return { name: file.fileName, mimeType: xlsxType, buffer };
}

const presentEveryDay = (month: string) => openDayMarks(month, () => false);

const october = '2026-10';
const september = '2026-09';

/** Uttar Bagundi in October: Priya stops coming after ten school days, Rahim misses the first week, Mita is gone. */
const bagundiOctober: RegisterFile = {
  fileName: 'Uttar Bagundi Oct 2026.xlsx',
  school: 'Uttar Bagundi F.P. School',
  udise: '19112300101',
  month: october,
  sheetName: 'Class III',
  children: [
    { roll: 7, name: 'Priya Mondal', sex: 'F', marks: openDayMarks(october, (openDay) => openDay > 10) },
    { roll: 8, name: 'Sourav Mondal', sex: 'M', marks: presentEveryDay(october) },
    { roll: 12, name: 'Sk Rahim', sex: 'M', marks: openDayMarks(october, (openDay) => openDay <= 6) },
  ],
};

/** Khejurtala in October: Nasrin comes every other day, roll 5 is a name the register does not know, Rupa is new. */
const khejurtalaOctober: RegisterFile = {
  fileName: 'Khejurtala Oct 2026.xlsx',
  school: 'Khejurtala Girls High School',
  udise: '19112300202',
  month: october,
  sheetName: 'Class VII',
  children: [
    { roll: 4, name: 'Ayesha Khatun', sex: 'F', marks: presentEveryDay(october) },
    { roll: 5, name: 'Salma Bibi', sex: 'F', marks: presentEveryDay(october) },
    { roll: 6, name: 'Nasrin Parvin', sex: 'F', marks: openDayMarks(october, (openDay) => openDay % 2 === 0) },
    { roll: 9, name: 'Rupa Sardar', sex: 'F', marks: presentEveryDay(october) },
  ],
};

/** Dakshin Para's register in Bengali, without the school's name or code on it: the user says which school. */
const dakshinParaOctober: RegisterFile = {
  fileName: 'register-oct.xlsx',
  school: null,
  udise: null,
  month: october,
  language: 'bn',
  sheetName: 'শ্রেণি ২',
  children: [
    { roll: 1, name: 'রোহিত সর্দার', sex: 'M', marks: presentEveryDay(october) },
    { roll: 2, name: 'পূজা সর্দার', sex: 'F', marks: presentEveryDay(october) },
  ],
};

/** Taki Road's register has no title over its name column: the user points at the columns once. */
const takiRoadOctober: RegisterFile = {
  fileName: 'Taki Road Oct 2026.xlsx',
  school: 'Taki Road Junior High School',
  udise: '19112300404',
  month: october,
  nameHeader: '',
  sheetName: 'Class VI',
  children: [
    { roll: 1, name: 'Arif Gazi', sex: 'M', marks: presentEveryDay(october) },
    { roll: 2, name: 'Mousumi Gazi', sex: 'F', marks: openDayMarks(october, (openDay) => openDay > 20) },
  ],
};

/** The letter a school saved instead of its register, named as if it were the register. */
const broken = { name: 'Dakshin Para register.xlsx', mimeType: xlsxType, buffer: wordDocument() };

async function batch() {
  const files = await Promise.all([bagundiOctober, khejurtalaOctober, dakshinParaOctober, takiRoadOctober].map(registerFile));
  return [...files, broken];
}

test.beforeAll(async ({ playwright }) => {
  mkdirSync(shots, { recursive: true });
  host = await startServeHost(freshDataDir());
  const request = await playwright.request.newContext();
  await api(request, host.url, 'setup.initialize', basirhatOffice);
  await api(request, host.url, 'users.create', { fullName: 'Rina Biswas', username: 'rina', role: 'manager', password });
  const school = (name: string, udise: string, village: string, gramPanchayat: string) =>
    api<{ id: number }>(request, host.url, 'schools.create', { name, udise, type: 'primary', village, gramPanchayat });
  const bagundi = await school('Uttar Bagundi F.P. School', '19112300101', 'Uttar Bagundi', 'Bagundi');
  const khejurtala = await school('Khejurtala Girls High School', '19112300202', 'Khejurtala', 'Khejurtala');
  const dakshin = await school('Dakshin Para Primary School', '19112300303', 'Dakshin Para', 'Bagundi');
  await school('Taki Road Junior High School', '19112300404', 'Taki Road', 'Khejurtala');
  const child = (
    nameEn: string,
    nameBn: string,
    sex: 'female' | 'male',
    schoolId: number,
    classGrade: number,
    roll: string,
    village: string,
    gp: string,
  ) =>
    api(request, host.url, 'children.create', {
      nameEn,
      nameBn,
      sex,
      ageYears: classGrade + 6,
      schoolId,
      classGrade,
      roll,
      village,
      gramPanchayat: gp,
      guardianName: `${nameEn.split(' ')[1] ?? ''} family`,
    });
  await child('Priya Mondal', 'প্রিয়া মণ্ডল', 'female', bagundi.id, 3, '7', 'Uttar Bagundi', 'Bagundi');
  await child('Sourav Mondal', 'সৌরভ মণ্ডল', 'male', bagundi.id, 3, '8', 'Uttar Bagundi', 'Bagundi');
  await child('Sk Rahim', 'শেখ রহিম', 'male', bagundi.id, 3, '12', 'Uttar Bagundi', 'Bagundi');
  await child('Mita Das', 'মিতা দাস', 'female', bagundi.id, 3, '3', 'Uttar Bagundi', 'Bagundi');
  await child('Ayesha Khatun', 'আয়েশা খাতুন', 'female', khejurtala.id, 7, '4', 'Khejurtala', 'Khejurtala');
  await child('Sabina Khatun', 'সাবিনা খাতুন', 'female', khejurtala.id, 7, '5', 'Khejurtala', 'Khejurtala');
  await child('Nasrin Parvin', 'নাসরিন পারভিন', 'female', khejurtala.id, 7, '6', 'Khejurtala', 'Khejurtala');
  await child('Rohit Sardar', 'রোহিত সর্দার', 'male', dakshin.id, 2, '1', 'Dakshin Para', 'Bagundi');
  await child('Puja Sardar', 'পূজা সর্দার', 'female', dakshin.id, 2, '2', 'Dakshin Para', 'Bagundi');

  // September, every child present, imported as another tool would: over HTTP.
  const inSeptember = (file: RegisterFile, children: string[], extra: Partial<RegisterFile> = {}): RegisterFile => ({
    ...file,
    ...extra,
    fileName: `${file.sheetName} September.xlsx`,
    month: september,
    children: children.map((line) => {
      const [roll = '', ...name] = line.split(' ');
      return { roll, name: name.join(' '), marks: presentEveryDay(september) };
    }),
  });
  const septemberFiles = [
    inSeptember(bagundiOctober, ['7 Priya Mondal', '8 Sourav Mondal', '12 Sk Rahim', '3 Mita Das']),
    inSeptember(khejurtalaOctober, ['4 Ayesha Khatun', '5 Sabina Khatun', '6 Nasrin Parvin']),
    inSeptember(dakshinParaOctober, ['1 Rohit Sardar', '2 Puja Sardar'], {
      school: 'Dakshin Para Primary School',
      udise: '19112300303',
      language: 'en',
    }),
  ];
  const preview = await api<{ previewId: string }>(request, host.url, 'attendance.preview', {
    files: await Promise.all(
      septemberFiles.map(async (f) => ({ name: f.fileName, contentBase64: (await registerFile(f)).buffer.toString('base64') })),
    ),
  });
  const committed = await api<{ files: { status: string }[] }>(request, host.url, 'attendance.commit', { previewId: preview.previewId });
  expect(committed.files.map((f) => f.status)).toEqual(['imported', 'imported', 'imported']);
  await request.dispose();
});
test.afterAll(async () => {
  await host.stop();
});

function worklistRow(page: Page, name: string): Locator {
  return page
    .getByRole('table', { name: /Children flagged by attendance|উপস্থিতির জন্য চিহ্নিত শিশুরা/ })
    .getByRole('row')
    .filter({ hasText: name });
}

async function worklistNames(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: /Children flagged by attendance/ });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  // The child's name is the link to the child's page; the school's name links to the school.
  return table.locator('a[href^="#/children/"]').allInnerTexts();
}

test('a month of registers is previewed, imported, followed up, printed for the volunteer, and imported again without change', async ({
  page,
}) => {
  await logIn(page, host.url, 'rina');
  const files = await batch();

  await test.step('the preview shows each file’s numbers and the bad file’s message, before anything is written', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Import attendance' }).click();
    await page.getByLabel('Register files').setInputFiles(files);
    await expect(page.getByTestId('import-summary')).toContainText('5 files · 1 ready · 3 waiting for your choice · 1 could not be read');

    // ▶, file, school, month, children, new, matched, unclear, missing since last month, unmarked days, problems, status
    await expectFileRow(page, bagundiOctober.fileName, {
      school: /^Uttar Bagundi F\.P\. School\s*found by UDISE code$/,
      month: 'Oct 2026',
      counts: ['3', '0', '3', '0', '1', '0', '0'],
      status: 'Ready',
    });
    // Sabina Khatun (roll 5 in September) may be the unclear row, so she is not yet "missing".
    await expectFileRow(page, khejurtalaOctober.fileName, {
      school: /^Khejurtala Girls High School/,
      month: 'Oct 2026',
      counts: ['4', '1', '2', '1', '0', '0', '0'],
      status: '1 row to decide',
    });
    await expect(fileRow(page, broken.name)).toContainText('Dakshin Para register.xlsx');
    await expect(fileRow(page, dakshinParaOctober.fileName)).toContainText('Choose the school');

    await page.getByRole('button', { name: `Show details of ${bagundiOctober.fileName}` }).click();
    await expect(page.getByRole('table', { name: `Children missing from ${bagundiOctober.fileName}` })).toContainText('Mita Das');
    await page.getByRole('button', { name: `Hide details of ${bagundiOctober.fileName}` }).click();

    await page.getByRole('button', { name: `Show details of ${khejurtalaOctober.fileName}` }).click();
    await page.getByLabel(/^Who is Salma Bibi \(row \d+\)\?$/).click();
    await page.getByRole('option', { name: 'Add as a new child' }).click();
    await expect(fileRow(page, khejurtalaOctober.fileName)).toContainText('Ready');
    await page.getByRole('button', { name: `Hide details of ${khejurtalaOctober.fileName}` }).click();

    await page.getByRole('button', { name: `Show details of ${dakshinParaOctober.fileName}` }).click();
    const details = page.getByRole('region', { name: 'School and month' });
    await details.getByLabel('School', { exact: true }).click();
    await page.getByRole('option', { name: /Dakshin Para Primary School/ }).click();
    await details.getByRole('button', { name: 'Read again with these' }).click();
    await expectFileRow(page, dakshinParaOctober.fileName, {
      open: true,
      school: /^Dakshin Para Primary School\s*chosen by you$/,
      month: 'Oct 2026',
      counts: ['2', '0', '2', '0', '0', '0', '0'],
      status: 'Ready',
    });
    await page.getByRole('button', { name: `Hide details of ${dakshinParaOctober.fileName}` }).click();

    await expect(fileRow(page, takiRoadOctober.fileName)).toContainText('Set the columns');
    await page.getByRole('button', { name: `Show details of ${takiRoadOctober.fileName}` }).click();
    const columns = page.getByRole('form', { name: 'Set the columns by hand' });
    await columns.getByLabel('Header row').fill('4');
    await columns.getByLabel('Name').fill('c');
    await columns.getByLabel('Roll', { exact: true }).fill('B');
    await columns.getByLabel('Sex', { exact: true }).fill('D');
    await columns.getByLabel('Day 1').fill('E');
    await columns.getByLabel('Total present').fill('AJ');
    await shoot(page, 'import-columns-en');
    await columns.getByRole('button', { name: 'Read again with these columns' }).click();
    await expectFileRow(page, takiRoadOctober.fileName, {
      open: true,
      school: /^Taki Road Junior High School\s*found by UDISE code$/,
      month: 'Oct 2026',
      counts: ['2', '2', '0', '0', '0', '0', '0'],
      status: 'Ready',
    });
    await shoot(page, 'import-preview-en');
  });

  await test.step('one click imports the four good files, each in its own transaction', async () => {
    await page.getByRole('button', { name: 'Import 4 files' }).click();
    await expect(page.getByTestId('import-result-summary')).toHaveText('4 imported, 0 replaced, 0 unchanged, 0 not imported.');
    const results = page.getByRole('table', { name: 'What each file did' });
    // Children imported, new to the register (Rupa, and Salma as the user said), flagged (Nasrin; Sabina, gone from it).
    await expect(results.getByRole('row').filter({ hasText: khejurtalaOctober.fileName }).getByRole('cell')).toHaveText([
      khejurtalaOctober.fileName,
      'Khejurtala Girls High School',
      'Oct 2026',
      'Imported',
      ...['4', '2', '2'],
    ]);
    await shoot(page, 'import-results-en');
    await page.getByRole('button', { name: 'Open the worklist' }).click();
  });

  let before: string[] = [];
  await test.step('the worklist shows the children who are slipping away, with the reason in words', async () => {
    await expect(worklistRow(page, 'Priya Mondal')).toContainText('Attended 10 of 27 days (37%) in October 2026');
    await expect(worklistRow(page, 'Sk Rahim')).toContainText('Absent 6 school days in a row');
    await expect(worklistRow(page, 'Mita Das')).toContainText(
      'Not on the school’s register for October 2026 (was on it in September 2026)',
    );
    await expect(worklistRow(page, 'Nasrin Parvin')).toContainText('in October 2026');
    await expect(worklistRow(page, 'Sourav Mondal')).toHaveCount(0);
    before = await worklistNames(page);
    expect(before).toContain('Sabina Khatun');
  });

  await test.step('a volunteer is added, given the Bagundi children, and her visit finds a marriage being arranged', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Volunteers' }).click();
    await page.getByRole('button', { name: 'Add volunteer' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Sabita Das');
    await dialog.getByLabel('Phone').fill('9800012345');
    await dialog.getByLabel('Villages covered', { exact: true }).fill('Uttar Bagundi');
    await dialog.getByLabel('Villages covered', { exact: true }).press('Enter');
    await dialog.getByLabel('Villages covered', { exact: true }).press('Tab');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Volunteers' }).getByRole('row').filter({ hasText: 'Sabita Das' })).toContainText(
      'Uttar Bagundi',
    );
    await shoot(page, 'volunteers-en');

    await page.getByRole('navigation').getByRole('link', { name: 'Worklist' }).click();
    await page.getByLabel('Filter by village', { exact: true }).click();
    await page.getByRole('option', { name: 'Uttar Bagundi' }).click();
    await expect(page.getByTestId('worklist-total')).toHaveText('3 children');
    await page.getByRole('checkbox', { name: 'Select all children shown' }).check();
    await page.getByRole('button', { name: 'Assign 3 to volunteer' }).click();
    await page.getByRole('dialog').getByLabel('Volunteer', { exact: true }).click();
    await page.getByRole('option', { name: /Sabita Das/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Assign' }).click();
    await expect(worklistRow(page, 'Priya Mondal')).toContainText('Sabita Das');
    await shoot(page, 'worklist-en');

    await page.getByRole('button', { name: 'Record visit: Priya Mondal' }).click();
    const dialog2 = page.getByRole('dialog');
    await expect(dialog2.getByLabel('Who visited')).toHaveValue('Sabita Das');
    await dialog2.getByLabel('What was found').click();
    await page.getByRole('option', { name: 'Marriage being arranged' }).click();
    await dialog2.getByLabel('Note').fill('The mother says a groom from Hasnabad has been fixed for January.');
    await dialog2.getByRole('button', { name: 'Save the visit' }).click();
    await expect(dialog2.getByText('This may need a case')).toBeVisible();
    await shoot(page, 'follow-up-suggests-case-en');
    await dialog2.getByRole('button', { name: 'Open a case' }).click();
    await expect(page.getByRole('checkbox', { name: 'Child marriage' })).toBeChecked();
    await expect(page.getByLabel('Reported by')).toHaveValue('Volunteer');
    await expect(page.getByLabel('Reporter’s name')).toHaveValue('Sabita Das');
    await expect(page.getByLabel('What was reported')).toHaveValue(
      /Sabita Das: Marriage being arranged\. The mother says a groom from Hasnabad/,
    );
    await expect(page.getByRole('list', { name: 'Children of this case' })).toContainText('Priya Mondal');
    await shoot(page, 'case-from-visit-en');
  });

  await test.step('the volunteer’s visit list comes out as a PDF whose text is the worklist, in English and in Bengali', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Worklist' }).click();
    await page.getByRole('button', { name: 'Visit list (PDF)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Volunteer', { exact: true }).click();
    await page.getByRole('option', { name: /Sabita Das/ }).click();
    await dialog.getByText('English', { exact: true }).click();
    let download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download PDF' }).click();
    const english = readFileSync(await (await download).path());
    const text = pdfPages(english).join('\n');
    expect(text).toContain('Sabita Das');
    expect(text).toContain('Priya Mondal');
    expect(text).toContain('Mita Das');
    expect(text).toContain('Sk Rahim');
    expect(text).not.toContain('Nasrin Parvin');

    await dialog.getByText('বাংলা', { exact: true }).click();
    download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download PDF' }).click();
    const bengaliPdf = readFileSync(await (await download).path());
    const bengali = pdfPages(bengaliPdf).join('\n');
    expect(bengali).toContain('প্রিয়া মণ্ডল');
    expect(bengali).toContain('মিতা দাস');
    writeFileSync(`${shots}/visit-list-bn.pdf`, bengaliPdf);
    writeFileSync(`${shots}/visit-list-en.pdf`, english);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', `${shots}/visit-list-bn.pdf`, `${shots}/visit-list-bn`]);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', `${shots}/visit-list-en.pdf`, `${shots}/visit-list-en`]);
    await dialog.getByRole('button', { name: 'Close' }).first().click();
  });

  await test.step('the child’s calendar and the school’s page, in English and Bengali', async () => {
    await worklistRow(page, 'Priya Mondal').getByRole('link', { name: 'Priya Mondal' }).click();
    const calendar = page.getByRole('table', { name: 'Attendance by month, one column per day' });
    await expect(calendar.getByRole('row').filter({ hasText: 'October 2026' })).toContainText('10 / 27');
    await expect(page.getByRole('region', { name: 'Home visits' })).toContainText('Marriage being arranged');
    await shoot(page, 'child-calendar-en');

    await page.getByRole('link', { name: 'Uttar Bagundi F.P. School' }).first().click();
    await expect(page.getByRole('table', { name: 'Attendance by month' })).toContainText('October 2026');
    await expect(page.getByRole('region', { name: 'Irregular children' })).toContainText('Priya Mondal');
    await expect(page.getByRole('region', { name: 'Registers imported' })).toContainText(bagundiOctober.fileName);
    await shoot(page, 'school-en');

    await language(page, 'বাংলা');
    await expect(page.getByRole('heading', { name: 'মাসিক উপস্থিতি' })).toBeVisible();
    await shoot(page, 'school-bn');
    await page.goBack();
    await expect(page.getByRole('table', { name: 'মাস অনুযায়ী উপস্থিতি, প্রতিটি দিনের একটি কলাম' })).toBeVisible();
    await shoot(page, 'child-calendar-bn');
    await page.getByRole('navigation').getByRole('link', { name: 'কাজের তালিকা' }).click();
    await expect(worklistRow(page, 'প্রিয়া মণ্ডল')).toContainText('অক্টোবর ২০২৬-এ ২৭ দিনের মধ্যে ১০ দিন উপস্থিত');
    await shoot(page, 'worklist-bn');
    await page.getByRole('navigation').getByRole('link', { name: 'হাজিরা খাতা আমদানি' }).click();
    await page.getByLabel('হাজিরা খাতার ফাইল').setInputFiles(files);
    await expect(page.getByTestId('import-summary')).toContainText('৫টি ফাইল');
    await page.getByRole('button', { name: `${khejurtalaOctober.fileName}-এর বিবরণ দেখান` }).click();
    await shoot(page, 'import-preview-bn');
    await page.getByRole('button', { name: 'এই ব্যাচ বাতিল করুন' }).click();
    await language(page, 'English');
  });
  await test.step('the same batch imported again changes nothing', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Import attendance' }).click();
    await page.getByLabel('Register files').setInputFiles(files);
    await expect(page.getByTestId('import-summary')).toContainText('5 files · 4 ready');
    await expect(fileRow(page, dakshinParaOctober.fileName)).toContainText('remembered for this layout');
    await expect(fileRow(page, bagundiOctober.fileName)).toContainText('Already imported');
    await page.getByRole('button', { name: 'Import 4 files' }).click();
    await expect(page.getByTestId('import-result-summary')).toHaveText('0 imported, 0 replaced, 4 unchanged, 0 not imported.');
    await page.getByRole('button', { name: 'Open the worklist' }).click();
    expect(await worklistNames(page)).toEqual(before);
  });
});
