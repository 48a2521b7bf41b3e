import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marriageCase } from '../../fixtures/office';
import { firstSheet } from '../../fixtures/exportedWorkbook';
import { officeWithAdmin, userWithRole, type Caller, type TestHost } from '../testHost';
import { communityFixture } from './fixture';
import { manForWork } from '../safetynet/fixture';

let t: TestHost & { admin: Caller };
let f: Awaited<ReturnType<typeof communityFixture>>;
let worker: Caller;
let caseNumber: string;

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(512, 7)]).toString('base64');

function pdfText(file: { contentBase64: string }): string {
  const path = join(mkdtempSync(join(tmpdir(), 'minutes-')), 'file.pdf');
  writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

beforeAll(async () => {
  t = await officeWithAdmin();
  f = await communityFixture({ ok: (method, input) => t.ok(method, input, t.admin) });
  worker = await userWithRole(t, t.admin, 'mitali', 'case_worker');
  const created = await t.ok('cases.create', marriageCase([f.child]), t.admin);
  caseNumber = created.caseNumber;
});
afterAll(() => t.cleanup());

describe('a committee and its meetings', () => {
  it('keeps the quorum as it was on the day: 3 of 5 had it, 2 of 5 did not, 4 of 4 after the child representative left', async () => {
    const page = await t.ok('committees.get', { id: f.vlcpcA }, t.admin);
    expect(page.meetings.map((m) => [m.heldOn, m.membersPresent, m.membersOnRoll, m.quorumRequired, m.quorate])).toEqual([
      ['2026-10-05', 4, 4, 2, true],
      ['2026-08-12', 2, 5, 3, false],
      ['2026-07-10', 3, 5, 3, true],
    ]);
    expect(page.committee).toMatchObject({ members: 4, meetings: 3, lastMetOn: '2026-10-05', openActionPoints: 1 });
    expect(page.members.map((m) => [m.name, m.role, m.category, m.leftOn])).toEqual([
      ['Abdul Karim', 'chairperson', 'panchayat_member', null],
      ['Shefali Bibi', 'convener', 'anganwadi_worker', null],
      ['Rakesh Das', 'member', 'police', null],
      ['Sabita Das', 'member', 'volunteer', null],
      ['Priya Mondal', 'member', 'child', '2026-09-01'],
    ]);
    expect(page.openActionPoints.map((p) => p.what)).toEqual(['Write to the BDO about the school van']);
  });

  it('shows who came to a meeting, members first, and the issue with the child by register code', async () => {
    const m = await t.ok('meetings.get', { id: f.august.id }, t.admin);
    expect(m.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Abdul Karim', 'chairperson'],
      ['Shefali Bibi', 'convener'],
      ['Sukumar Pal', null],
    ]);
    const july = await t.ok('meetings.get', { id: f.july.id }, t.admin);
    expect(july.issues[0]?.children.map((c) => c.childCode)).toEqual(['BSH-C00001']);
  });

  it('a member added as another attendee counts once, as the member present', async () => {
    const m = await t.ok(
      'meetings.create',
      {
        committeeId: f.blcpc,
        heldOn: '2026-11-20',
        place: 'BDO office',
        memberIds: [f.b.chair],
        others: [{ stakeholderId: f.police2 }, { stakeholderId: f.police1 }],
      },
      t.admin,
    );
    expect([m.membersPresent, m.membersOnRoll, m.quorate, m.attendees.length]).toEqual([1, 3, false, 2]);
  });

  it('refuses, at the field, a child code not in the register, a member who had not joined, an action point due before the meeting', async () => {
    const base = { committeeId: f.vlcpcC, heldOn: '2026-11-10', place: 'Khejurtala club' };
    const bad = [
      [{ ...base, issues: [{ text: 'A girl missing', childCodes: ['BSH-C09999'] }] }, 'issues.0.childCodes'],
      [{ ...base, memberIds: [f.a.chair] }, 'memberIds'],
      [{ ...base, actionPoints: [{ what: 'Visit', who: 'Laila', dueOn: '2026-11-01' }] }, 'actionPoints.0.dueOn'],
      [{ ...base, heldOn: '2026-12-01' }, 'heldOn'],
    ] as const;
    for (const [input, field] of bad) {
      const outcome = await t.raw('meetings.create', input, t.admin);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.error.field).toBe(field);
    }
    expect((await t.ok('committees.get', { id: f.vlcpcC }, t.admin)).meetings).toEqual([]);
  });

  it('refuses to move a committee’s formation after its first meeting, at the field, saying the meeting’s date', async () => {
    const { committee } = await t.ok('committees.get', { id: f.blcpc }, t.admin);
    const { id: _id, version, name, level, area, gramPanchayat, formedOn } = committee;
    const refused = await t.raw(
      'committees.update',
      { id: f.blcpc, version, name, level, area, gramPanchayat, formedOn: '2026-04-01' },
      t.admin,
    );
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.field).toBe('formedOn');
    expect(refused.error.message).toBe('The committee met on 20/03/2026: it was formed on that day or before');
    expect((await t.ok('committees.get', { id: f.blcpc }, t.admin)).committee.formedOn).toBe(formedOn);
  });

  it('shows a linked case’s number only to those who may see the case', async () => {
    const club = await t.ok(
      'reportingPoints.create',
      { kind: 'club', name: 'Khejurtala Yuva Sangha', contactPerson: 'Sujit Mondal', village: 'Khejurtala', gramPanchayat: 'Khejurtala' },
      t.admin,
    );
    const departure = await t.ok('migrations.create', manForWork(club.id, { leftOn: '2026-11-05' }), t.admin);
    // A departure that is not in the migration register is refused at its field.
    const unknown = await t.raw(
      'meetings.create',
      {
        committeeId: f.vlcpcC,
        heldOn: '2026-11-12',
        place: 'Khejurtala club',
        issues: [{ text: 'Gone', departureId: departure.id + 100 }],
      },
      t.admin,
    );
    expect(unknown.ok).toBe(false);
    if (!unknown.ok)
      expect([unknown.error.field, unknown.error.key]).toEqual(['issues.0.departureId', 'errors.community.departureNotFound']);
    const m = await t.ok(
      'meetings.create',
      {
        committeeId: f.vlcpcC,
        heldOn: '2026-11-12',
        place: 'Khejurtala club',
        issues: [{ text: 'Marriage talk', caseNumber, departureId: departure.id }],
      },
      t.admin,
    );
    expect(m.issues[0]?.linkedCase).toEqual({ caseId: expect.any(Number), caseNumber });
    expect(m.issues[0]?.departureId).toBe(departure.id);
    const seenByWorker = await t.ok('meetings.get', { id: m.id }, worker);
    expect(seenByWorker.issues[0]?.linkedCase).toEqual({ confidential: true });
    // Nor can she name a case she is not on.
    const refused = await t.raw(
      'meetings.create',
      { committeeId: f.vlcpcC, heldOn: '2026-11-12', place: 'Club', issues: [{ text: 'x', caseNumber }] },
      worker,
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect([refused.error.field, refused.error.key]).toEqual(['issues.0.caseNumber', 'errors.community.caseNotFound']);
  });

  it('keeps the photo of the signed attendance sheet under attachments/, and refuses a file that is not a photo or PDF', async () => {
    const refused = await t.raw(
      'meetings.attachSheet',
      { meetingId: f.july.id, sheet: { fileName: 'sheet.exe', contentBase64: Buffer.from('MZ....').toString('base64') } },
      t.admin,
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect([refused.error.field, refused.error.key]).toEqual(['sheet', 'errors.attachmentType']);
    const m = await t.ok(
      'meetings.attachSheet',
      { meetingId: f.july.id, sheet: { fileName: 'attendance.png', contentBase64: png } },
      t.admin,
    );
    expect(m.sheet).toEqual({ fileName: 'attendance.png', mimeType: 'image/png', bytes: 520 });
    const back = await t.ok('meetings.sheet', { meetingId: f.july.id }, t.admin);
    expect(back.contentBase64).toBe(png);
    const row = t.host.database.sqlite
      .prepare('SELECT sheet_stored_path FROM committee_meetings WHERE id = ?')
      .pluck()
      .get(f.july.id) as string;
    expect(row.startsWith(join('attachments', 'committee-meetings'))).toBe(true);
    expect(existsSync(join(t.dataDir, row))).toBe(true);
  });

  it('follows up action points: done needs what was done, dropped a reason', async () => {
    const missing = await t.raw('actionPoints.update', { id: f.letter.id, status: 'done' }, t.admin);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect([missing.error.field, missing.error.key]).toEqual(['note', 'errors.community.whatWasDone']);
    const early = await t.raw('actionPoints.update', { id: f.letter.id, status: 'done', closedOn: '2026-07-01', note: 'Sent' }, t.admin);
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.field).toBe('closedOn');
  });

  it('a person already sitting on the committee cannot be added twice; a sponsorship coordinator sees none of it', async () => {
    const twice = await t.raw(
      'committees.addMember',
      { committeeId: f.vlcpcA, person: { stakeholderId: f.police1 }, role: 'member', joinedOn: '2026-11-01' },
      t.admin,
    );
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.key).toBe('errors.community.alreadyMember');
    const coordinator = await userWithRole(t, t.admin, 'rekha', 'sponsorship');
    const denied = await t.raw('committees.list', {}, coordinator);
    expect(denied.ok).toBe(false);
    if (!denied.ok) expect(denied.error.code).toBe('forbidden');
  });
});

describe('documents', () => {
  it('prints the minutes as a resolution book in Bengali and English, children by code, with signature lines', async () => {
    const bn = pdfText(await t.ok('meetings.minutes', { meetingId: f.july.id, language: 'bn' }, t.admin));
    for (const words of ['রেজোলিউশন বই', 'Uttar Bagundi VLCPC', 'BSH-C00001', 'সভার কোরাম পূর্ণ হয়েছে', 'স্বাক্ষর', 'সভাপতি', '১০/০৭/২০২৬']) {
      expect(bn).toContain(words);
    }
    const en = pdfText(await t.ok('meetings.minutes', { meetingId: f.july.id, language: 'en' }, t.admin));
    for (const words of [
      'Resolution book',
      '3 of 5 members present (quorum 3): the meeting had its quorum',
      'Write to the BDO about the school van',
      'Convener / member-secretary',
    ]) {
      expect(en).toContain(words);
    }
    expect(en).not.toContain('Priya');
  });

  it('prints the meetings and activities registers in both languages', async () => {
    const meetings = pdfText(await t.ok('meetings.registerPdf', { from: '2026-07-01', to: '2026-09-30', language: 'en' }, t.admin));
    expect(meetings).toContain('Committee meetings register');
    expect(meetings).toContain('Panchayat office');
    const activitiesBn = pdfText(await t.ok('activities.registerPdf', { from: '2026-07-01', to: '2026-09-30', language: 'bn' }, t.admin));
    expect(activitiesBn).toContain('কমিউনিটি কার্যক্রমের রেজিস্টার');
    expect(activitiesBn).toContain('সচেতনতা সভা: পুলিশ');
    expect(activitiesBn).toContain('২০');
  });

  it('exports the activities register to Excel with participants by sex', async () => {
    const sheet = await firstSheet(await t.ok('activities.export', { from: '2026-07-01', to: '2026-09-30' }, t.admin));
    expect(sheet.getRow(2).values).toContain('Women / girls');
    const rows = [3, 4, 5, 6].map((r) => [sheet.getCell(r, 1).value, sheet.getCell(r, 2).value, sheet.getCell(r, 10).value]);
    expect(rows).toEqual([
      ['10/09/2026', 'Sensitisation: principals and teachers', 7],
      ['02/09/2026', 'Training of community women as volunteers', 2],
      ['05/08/2026', 'Sensitisation: police', 6],
      ['20/07/2026', 'Training of community women as volunteers', 5],
    ]);
    const due = await firstSheet(await t.ok('committees.dueExport', {}, t.admin));
    // Khejurtala met on 12/11 in the tests above, the BLCPC on 20/11: only Uttar Bagundi still has to meet this month.
    expect([due.getCell(3, 1).value, due.getCell(3, 10).value]).toEqual(['Uttar Bagundi VLCPC', 'Due by 30/11/2026']);
  });
});
