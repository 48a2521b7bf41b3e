import { execFileSync } from 'node:child_process';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { freshDataDir, startServeHost, type RunningHost } from './host';
import { basirhatOffice } from './pages';

const password = 'Suraksha2026';
let host: RunningHost;

async function api(request: APIRequestContext, method: string, data: unknown): Promise<{ id: number }> {
  const response = await request.post(`${host.url}api/${method}`, { data });
  const body = (await response.json()) as { result: { id: number }; error?: unknown };
  if (!response.ok()) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** A date `days` from today as the office types it, DD/MM/YYYY. */
function typed(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

const volunteers = [
  'Sabita Das',
  'Rina Khatun',
  'Mamata Sardar',
  'Laila Bibi',
  'Jharna Mondal',
  'Putul Ghosh',
  'Rekha Sardar',
  'Anima Das',
  'Sahana Bibi',
  'Tumpa Naskar',
  'Sikha Paik',
  'Mousumi Halder',
];
const police = ['Rakesh Das', 'Mita Roy', 'Sukumar Pal'];

test.beforeAll(async ({ playwright }) => {
  host = await startServeHost(freshDataDir());
  const request = await playwright.request.newContext();
  await api(request, 'setup.initialize', basirhatOffice);
  await api(request, 'users.create', { fullName: 'Mitali Ghosh', username: 'mitali', role: 'case_worker', password });
  await api(request, 'children.create', {
    nameEn: 'Priya Mondal',
    nameBn: 'প্রিয়া মণ্ডল',
    sex: 'female',
    dateOfBirth: '2012-05-01',
    village: 'Uttar Bagundi',
  });
  await api(request, 'stakeholders.create', {
    name: 'Abdul Karim',
    sex: 'male',
    category: 'panchayat_member',
    designation: 'Pradhan',
    gramPanchayat: 'Bagundi',
  });
  await api(request, 'stakeholders.create', {
    name: 'Shefali Bibi',
    sex: 'female',
    category: 'anganwadi_worker',
    village: 'Uttar Bagundi',
  });
  for (const [i, name] of police.entries())
    await api(request, 'stakeholders.create', {
      name,
      sex: i === 1 ? 'female' : 'male',
      category: 'police',
      designation: 'Sub-Inspector',
      institution: 'Basirhat PS',
    });
  for (const name of volunteers) await api(request, 'volunteers.create', { name, phone: null, villages: ['Uttar Bagundi'] });
  await request.dispose();
});
test.afterAll(async () => {
  await host.stop();
});

/** Chooses an option of a Mantine select in the open dialog. */
async function pick(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('dialog').getByLabel(label).click();
  await page.getByRole('option', { name: option, exact: true }).first().click();
}

test('a VLCPC meets, its minutes print in Bengali, its points are followed up, and the community work is counted', async ({ page }) => {
  await page.goto(host.url);
  await page.getByLabel('Username').fill('mitali');
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('link', { name: 'Committees' }).click();

  await test.step('a VLCPC with its members: the pradhan, the anganwadi worker, a police officer, a volunteer, a child representative', async () => {
    await page.getByRole('button', { name: 'New committee' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name of the committee').fill('Uttar Bagundi VLCPC');
    await pick(page, 'Level', 'Village (VLCPC)');
    await dialog.getByLabel('Village, ward, GP or block it covers').fill('Uttar Bagundi');
    await dialog.getByLabel('Gram Panchayat').fill('Bagundi');
    await dialog.getByLabel('Formed on').fill(typed(-60));
    await dialog.getByRole('button', { name: 'Save committee' }).click();
    await expect(page.getByRole('heading', { name: 'Uttar Bagundi VLCPC' })).toBeVisible();

    const members: [string, string][] = [
      ['Abdul Karim', 'Chairperson'],
      ['Shefali Bibi', 'Convener / member-secretary'],
      ['Rakesh Das', 'Member'],
      ['Sabita Das', 'Member'],
    ];
    for (const [name, role] of members) {
      await page.getByRole('button', { name: 'Add a member' }).first().click();
      const add = page.getByRole('dialog');
      await add.getByLabel('Person', { exact: true }).fill(name);
      await page
        .getByRole('option', { name: new RegExp(`^${name}`) })
        .first()
        .click();
      await pick(page, 'Role in the committee', role);
      await add.getByLabel('Joined on').fill(typed(-60));
      await add.getByRole('button', { name: 'Add a member' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
    await page.getByRole('button', { name: 'Add a member' }).first().click();
    await page.getByRole('dialog').getByText('A child representative').click();
    await page.getByLabel('Child’s register code').fill('BSH-C00001');
    await pick(page, 'Role in the committee', 'Member');
    await page.getByRole('dialog').getByLabel('Joined on').fill(typed(-60));
    await page.getByRole('dialog').getByRole('button', { name: 'Add a member' }).click();
    const table = page.getByRole('table', { name: 'Members' });
    await expect(table.getByRole('row')).toHaveCount(6);
    await expect(page.getByText('Members (5 now)')).toBeVisible();
  });

  await test.step('the committee corrected: its name and Gram Panchayat edited, saved, seen; edited again over the new version', async () => {
    const edit = async (name: string, gramPanchayat: string) => {
      await page.getByRole('button', { name: 'Edit committee' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit committee' });
      await dialog.getByLabel('Name of the committee').fill(name);
      await dialog.getByLabel('Gram Panchayat').fill(gramPanchayat);
      await dialog.getByRole('button', { name: 'Save committee' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByText(`${name} saved`)).toBeVisible();
      await expect(page.getByRole('heading', { name })).toBeVisible();
    };
    await edit('Uttar Bagundi Village CPC', 'Bagundi GP');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Uttar Bagundi Village CPC' })).toBeVisible();
    await page.getByRole('button', { name: 'Edit committee' }).click();
    await expect(page.getByRole('dialog', { name: 'Edit committee' }).getByLabel('Gram Panchayat')).toHaveValue('Bagundi GP');
    // Nothing typed: Escape closes the form without asking.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Edit committee' })).toHaveCount(0);
    await edit('Uttar Bagundi VLCPC', 'Bagundi');
    await expect(page.getByText('Members (5 now)')).toBeVisible();
  });

  await test.step('a meeting: three of five present, a child named by code, two action points', async () => {
    await page.getByRole('button', { name: 'Record a meeting' }).click();
    await page.getByLabel('Date of the meeting').fill(typed(-10));
    await page.getByLabel('Place').fill('Uttar Bagundi primary school');
    await page.getByRole('checkbox', { name: 'Abdul Karim (Chairperson)' }).check();
    await page.getByRole('checkbox', { name: 'Shefali Bibi (Convener / member-secretary)' }).check();
    await page.getByRole('checkbox', { name: 'Rakesh Das (Member)' }).check();
    await expect(page.getByText('Members present: 3 of 5')).toBeVisible();
    await page.getByRole('button', { name: 'Add an issue' }).click();
    await page.getByLabel('What was raised').fill('A girl of class VIII has stopped coming to school; a marriage is talked of');
    await page.getByLabel('Children (register codes)').filter({ visible: true }).fill('BSH-C00001');
    await page.getByLabel('Children (register codes)').filter({ visible: true }).press('Enter');
    await page.getByLabel('Resolutions').fill('The convener and the volunteer visit the family this week.');
    await page.getByRole('button', { name: 'Add an action point' }).click();
    await page.getByLabel('Action point 1: what').fill('Visit the girl’s family');
    await page.getByLabel('Action point 1: who').fill('Shefali Bibi');
    await page.getByLabel('Action point 1: by when').fill(typed(5));
    await page.getByRole('button', { name: 'Add an action point' }).click();
    await page.getByLabel('Action point 2: what').fill('Write to the BDO about the school van');
    await page.getByLabel('Action point 2: who').fill('Abdul Karim');
    await page.getByLabel('Action point 2: by when').fill(typed(-3));
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await expect(page.getByTestId('meeting-quorum')).toHaveText('3 of 5 members present (quorum 3)');
    await expect(page.getByText('Quorum met')).toBeVisible();
    await expect(page.getByRole('link', { name: /BSH-C00001/ })).toBeVisible();
  });

  await test.step('the minutes as a resolution book in Bengali, the child by code only', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Minutes: PDF in Bengali' }).click();
    const text = pdfText(await (await download).path());
    expect(text).toContain('রেজোলিউশন বই');
    expect(text).toContain('Uttar Bagundi VLCPC');
    expect(text).toContain('BSH-C00001');
    expect(text).not.toContain('Priya');
    expect(text).toContain('৫ জন সদস্যের মধ্যে ৩ জন উপস্থিত');
    expect(text).toContain('সভার কোরাম পূর্ণ হয়েছে');
    expect(text).toContain('Write to the BDO about the school van');
    expect(text).toContain('স্বাক্ষর');
    expect(text).toContain('সভাপতি');
  });

  await test.step('one point done, the other overdue on the list across committees', async () => {
    await page.getByRole('button', { name: 'Mark done: Visit the girl’s family' }).click();
    await page.getByRole('dialog').getByLabel('What was done').fill('Family visited; the marriage is off for now');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    const points = page.getByRole('table', { name: 'Action points of the meeting' });
    await expect(points.getByRole('row', { name: /Visit the girl’s family/ })).toContainText('Family visited; the marriage is off for now');
    await expect(points.getByRole('button', { name: 'Mark done: Visit the girl’s family' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Action points' }).click();
    const list = page.getByRole('table', { name: 'Action points across committees' });
    await expect(list.getByRole('row')).toHaveCount(2);
    await expect(list.getByRole('row').nth(1)).toContainText('Write to the BDO about the school van');
    await expect(list.getByRole('row').nth(1)).toContainText('Overdue 3 days');
  });

  await test.step('a training of 12 women volunteers and a sensitisation with 3 police officers', async () => {
    await page.getByRole('link', { name: 'Community activities' }).click();
    await page.getByRole('button', { name: 'Record an activity' }).click();
    const dialog = page.getByRole('dialog');
    await pick(page, 'Type of activity', 'Training of community women as volunteers');
    await dialog.getByLabel(/^Date/).fill(typed(-7));
    await dialog.getByLabel('Village', { exact: true }).fill('Uttar Bagundi');
    await dialog.getByLabel('Gram Panchayat').fill('Bagundi');
    await dialog.getByRole('checkbox', { name: 'Trafficking' }).check();
    await dialog.getByLabel('Facilitators').fill('Anita Sen');
    const participants = dialog.getByLabel('Participants named (volunteers trained, officials met)');
    for (const name of volunteers) {
      await participants.fill(name);
      await page.getByRole('option', { name, exact: true }).click();
    }
    await dialog.getByRole('button', { name: 'Save the activity' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.getByRole('button', { name: 'Record an activity' }).click();
    await pick(page, 'Type of activity', 'Sensitisation: police');
    await page.getByRole('dialog').getByLabel(/^Date/).fill(typed(-5));
    await page.getByRole('dialog').getByLabel('Gram Panchayat').fill('Bagundi');
    await page.getByRole('dialog').getByRole('checkbox', { name: 'JJ Act' }).check();
    await page.getByRole('dialog').getByLabel('Facilitators').fill('Anita Sen, DCPU');
    const officials = page.getByRole('dialog').getByLabel('Participants named (volunteers trained, officials met)');
    for (const name of police) {
      await officials.fill(name);
      await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
    }
    await page.getByRole('dialog').getByRole('button', { name: 'Save the activity' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const table = page.getByRole('table', { name: 'Community activities' });
    await expect(table.getByRole('row').nth(1)).toContainText('Sensitisation: police');
    await expect(table.getByRole('row').nth(1)).toContainText('3');
    await expect(table.getByRole('row').nth(2)).toContainText('12');
  });

  await test.step('the counters show them: 12 women trained; 3 police officers, Rakesh counted once though met twice', async () => {
    await page.getByRole('link', { name: 'Community counters' }).click();
    await expect(page.getByTestId('count-women-trained')).toContainText('12');
    await expect(page.getByTestId('count-police')).toContainText('3');
    await expect(page.getByTestId('count-police')).toContainText('Mita Roy, Rakesh Das, Sukumar Pal');
    await expect(page.getByTestId('count-panchayat')).toContainText('1');
    await expect(page.getByTestId('count-points')).toContainText('1 / 1');
    await expect(page.getByTestId('count-villages')).toContainText('1');
  });
});
