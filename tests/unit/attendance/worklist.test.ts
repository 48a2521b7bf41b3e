import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { flagStatusWithCases, openCaseOf } from '../../../electron/attendance/worklistStatus';
import { attendanceFlags, auditLog, children, followUps, worklistAssignments } from '../../../electron/db/schema';
import { marriageCase } from '../../fixtures/office';
import { officeWithAdmin, userWithRole, type TestHost } from '../testHost';
import { flaggedSchool } from './worklistSeed';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

async function office() {
  const o = await officeWithAdmin();
  t = o;
  return o;
}

const sabita = { name: 'Sabita Das', phone: '98300 12345', villages: ['Uttar Bagundi', 'Khejurtala'] };

function flagStatuses(o: TestHost) {
  return Object.fromEntries(
    o.host.database.db
      .select({ childId: attendanceFlags.childId, stored: attendanceFlags.status, shown: flagStatusWithCases(), caseId: openCaseOf() })
      .from(attendanceFlags)
      .all()
      .map((r) => [r.childId, r]),
  );
}

function auditActions(o: TestHost) {
  return o.host.database.db
    .select()
    .from(auditLog)
    .all()
    .filter((a) => /^(volunteers|worklist|followUps)\./.test(a.action));
}

describe('volunteers', () => {
  it('keeps a register of volunteers with the villages they cover', async () => {
    const o = await office();
    const created = await o.ok('volunteers.create', sabita, o.admin);
    expect(created).toMatchObject({
      name: 'Sabita Das',
      phone: '9830012345',
      villages: ['Uttar Bagundi', 'Khejurtala'],
      active: true,
      assigned: 0,
      toVisit: 0,
    });
    await o.ok('volunteers.create', { name: 'Jahanara Bibi', villages: ['Ghoshpur'] }, o.admin);
    expect((await o.ok('volunteers.list', {}, o.admin)).map((v) => v.name)).toEqual(['Jahanara Bibi', 'Sabita Das']);
    expect((await o.ok('volunteers.list', { q: 'khejur' }, o.admin)).map((v) => v.name)).toEqual(['Sabita Das']);
  });

  it('refuses a volunteer without a name, a wrong phone, a village with a comma, or the same woman twice', async () => {
    const o = await office();
    expect(await o.raw('volunteers.create', { name: '  ', villages: [] }, o.admin)).toMatchObject({
      ok: false,
      error: { key: 'errors.required', field: 'name' },
    });
    expect(await o.raw('volunteers.create', { name: 'Sabita Das', phone: '12345', villages: [] }, o.admin)).toMatchObject({
      ok: false,
      error: { key: 'errors.phone', field: 'phone' },
    });
    expect(await o.raw('volunteers.create', { name: 'Sabita Das', villages: ['Uttar Bagundi, Khejurtala'] }, o.admin)).toMatchObject({
      ok: false,
      error: { key: 'errors.attendance.villageComma', field: 'villages.0' },
    });
    await o.ok('volunteers.create', sabita, o.admin);
    expect(await o.raw('volunteers.create', { ...sabita, name: 'sabita das' }, o.admin)).toMatchObject({
      ok: false,
      status: 409,
      error: {
        key: 'errors.attendance.volunteerExists',
        message: 'A volunteer named sabita das with this phone number is already in the register',
      },
    });
    expect(await o.ok('volunteers.list', {}, o.admin)).toHaveLength(1);
  });

  it('deactivates a volunteer: she keeps her children and visits, drops off the list, and gets no new children', async () => {
    const o = await office();
    const { priya, rafiq } = await flaggedSchool(o);
    const volunteer = await o.ok('volunteers.create', sabita, o.admin);
    await o.ok('worklist.assign', { childIds: [priya.id], volunteerId: volunteer.id }, o.admin);
    const updated = await o.ok('volunteers.update', { id: volunteer.id, ...sabita, active: false }, o.admin);
    expect(updated).toMatchObject({ active: false, assigned: 1, toVisit: 1 });
    // Editing her phone later without saying `active` leaves her inactive.
    expect(await o.ok('volunteers.update', { id: volunteer.id, ...sabita, phone: '9830099999' }, o.admin)).toMatchObject({
      active: false,
      phone: '9830099999',
    });
    expect(await o.ok('volunteers.list', {}, o.admin)).toHaveLength(0);
    expect((await o.ok('volunteers.list', { includeInactive: true }, o.admin)).map((v) => [v.name, v.active])).toEqual([
      ['Sabita Das', false],
    ]);
    expect(await o.raw('worklist.assign', { childIds: [rafiq.id], volunteerId: volunteer.id }, o.admin)).toMatchObject({
      ok: false,
      error: {
        key: 'errors.attendance.volunteerInactive',
        field: 'volunteerId',
        message: 'Sabita Das is no longer an active volunteer: choose another volunteer, or make her active again',
      },
    });
    expect(
      o.host.database.db
        .select()
        .from(worklistAssignments)
        .all()
        .map((a) => a.childId),
    ).toEqual([priya.id]);
    expect(auditActions(o).map((a) => [a.action, a.summary])).toEqual([
      ['volunteers.create', 'Sabita Das'],
      ['worklist.assign', '1 children to Sabita Das: BSH-C00001'],
      ['volunteers.update', 'Sabita Das (deactivated)'],
      ['volunteers.update', 'Sabita Das'],
    ]);
  });

  it('exports the register to Excel with how many children each volunteer has', async () => {
    const o = await office();
    const { priya, rafiq } = await flaggedSchool(o);
    const volunteer = await o.ok('volunteers.create', sabita, o.admin);
    await o.ok('volunteers.create', { name: 'Jahanara Bibi', villages: ['Ghoshpur'] }, o.admin);
    await o.ok('worklist.assign', { childIds: [priya.id, rafiq.id], volunteerId: volunteer.id }, o.admin);
    const file = await o.ok('volunteers.export', {}, o.admin);
    expect(file.fileName).toBe('volunteers-2026-11-24.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      'Name',
      'Phone',
      'Villages covered',
      'Status',
      'Children assigned',
      'Still to visit',
    ]);
    expect(sheet?.getRow(3).values).toEqual([undefined, 'Jahanara Bibi', undefined, 'Ghoshpur', 'Active', 0, 0]);
    expect(sheet?.getRow(4).values).toEqual([undefined, 'Sabita Das', '9830012345', 'Uttar Bagundi, Khejurtala', 'Active', 2, 2]);
  });

  it('keeps the volunteers’ register (phones, villages) for worklist staff: not the sponsorship coordinator', async () => {
    const o = await office();
    const coordinator = await userWithRole(o, o.admin, 'rupa', 'sponsorship');
    const clerk = await userWithRole(o, o.admin, 'rina', 'data_entry');
    await o.ok('volunteers.create', sabita, clerk);
    expect(await o.ok('volunteers.list', {}, clerk)).toHaveLength(1);
    for (const method of ['volunteers.list', 'volunteers.export']) {
      expect(await o.raw(method, {}, coordinator)).toMatchObject({ ok: false, status: 403, error: { code: 'forbidden' } });
    }
    expect(await o.raw('volunteers.create', { name: 'Jahanara Bibi', villages: [] }, coordinator)).toMatchObject({
      ok: false,
      status: 403,
      error: { code: 'forbidden' },
    });
  });
});

describe('assigning the worklist', () => {
  it('gives flagged children to a volunteer, moves them to another, and takes them back', async () => {
    const o = await office();
    const { priya, rafiq, mousumi } = await flaggedSchool(o);
    const first = await o.ok('volunteers.create', sabita, o.admin);
    const second = await o.ok('volunteers.create', { name: 'Jahanara Bibi', villages: ['Khejurtala'] }, o.admin);
    expect(await o.ok('worklist.assign', { childIds: [priya.id, rafiq.id, mousumi.id, rafiq.id], volunteerId: first.id }, o.admin)).toEqual(
      {
        assigned: 3,
      },
    );
    expect(await o.ok('worklist.assign', { childIds: [rafiq.id], volunteerId: second.id }, o.admin)).toEqual({ assigned: 1 });
    expect((await o.ok('volunteers.list', {}, o.admin)).map((v) => [v.name, v.assigned])).toEqual([
      ['Jahanara Bibi', 1],
      ['Sabita Das', 2],
    ]);
    expect(await o.ok('worklist.assign', { childIds: [priya.id], volunteerId: null }, o.admin)).toEqual({ assigned: 1 });
    const assignments = o.host.database.db.select().from(worklistAssignments).all();
    expect(assignments.map((a) => [a.childId, a.volunteerId]).sort()).toEqual(
      [
        [mousumi.id, first.id],
        [rafiq.id, second.id],
      ].sort(),
    );
    expect(
      auditActions(o)
        .slice(-2)
        .map((a) => [a.action, a.summary]),
    ).toEqual([
      ['worklist.assign', '1 children to Jahanara Bibi: BSH-C00003'],
      ['worklist.unassign', '1 children without a volunteer: BSH-C00001'],
    ]);
  });

  it('refuses a child who is not on the worklist, naming the child, and assigns nobody', async () => {
    const o = await office();
    const { priya, anjali } = await flaggedSchool(o);
    const volunteer = await o.ok('volunteers.create', sabita, o.admin);
    expect(await o.raw('worklist.assign', { childIds: [priya.id, anjali.id], volunteerId: volunteer.id }, o.admin)).toMatchObject({
      ok: false,
      error: {
        key: 'errors.attendance.notFlagged',
        field: 'childIds',
        message: 'Child BSH-C00005 is not on the worklist: only children flagged by their attendance can be assigned or followed up',
      },
    });
    expect(await o.raw('worklist.assign', { childIds: [9999], volunteerId: volunteer.id }, o.admin)).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await o.raw('worklist.assign', { childIds: [], volunteerId: volunteer.id }, o.admin)).toMatchObject({
      ok: false,
      error: { key: 'errors.attendance.noChildren' },
    });
    expect(o.host.database.db.select().from(worklistAssignments).all()).toHaveLength(0);
  });
});

describe('home-visit follow-ups', () => {
  it('keeps a child whose marriage is being arranged on the worklist, offers a case, and shows the case once opened', async () => {
    const o = await office();
    const { priya } = await flaggedSchool(o);
    const volunteer = await o.ok('volunteers.create', sabita, o.admin);
    const worker = await userWithRole(o, o.admin, 'mitali', 'case_worker');
    const answer = await o.ok(
      'followUps.create',
      { childId: priya.id, visitDate: '2026-11-23', volunteerId: volunteer.id, finding: 'marriage_arranged', note: 'Groom from Hasnabad' },
      worker,
    );
    expect(answer).toMatchObject({ suggestCase: true, caseType: 'child_marriage', status: 'open', caseId: null });
    expect(flagStatuses(o)[priya.id]).toMatchObject({ stored: 'open', shown: 'open', caseId: null });

    const opened = await o.ok(
      'cases.create',
      marriageCase([priya.id], { reporterName: 'Sabita Das', reportedOn: '2026-11-23', riskReason: 'Girl is 12' }),
      worker,
    );
    expect(flagStatuses(o)[priya.id]).toMatchObject({ stored: 'open', shown: 'case_opened', caseId: opened.id });
    // The worklist query of the import helper filters on the shown status.
    const open = o.host.database.db
      .select({ childId: attendanceFlags.childId })
      .from(attendanceFlags)
      .where(eq(flagStatusWithCases(), 'open'))
      .all();
    expect(open.map((r) => r.childId)).not.toContain(priya.id);

    // A later visit is read beside the case; no second case is offered.
    const later = await o.ok(
      'followUps.create',
      { childId: priya.id, visitDate: '2026-11-24', visitedBy: 'Mitali', finding: 'working' },
      worker,
    );
    expect(later).toEqual({ id: later.id, suggestCase: false, status: 'case_opened', caseId: opened.id });

    await o.ok('cases.close', { id: opened.id, outcome: 'marriage_averted', closedOn: '2026-11-24', outcomeNote: 'Family agreed' }, worker);
    expect(flagStatuses(o)[priya.id]).toMatchObject({ shown: 'open', caseId: null });
  });

  it('takes a child back in school off the worklist, the newest visit deciding even when typed in late', async () => {
    const o = await office();
    const { rafiq } = await flaggedSchool(o);
    const answer = await o.ok(
      'followUps.create',
      { childId: rafiq.id, visitDate: '2026-11-20', visitedBy: 'Jahanara Bibi', finding: 'back_in_school' },
      o.admin,
    );
    expect(answer).toMatchObject({ suggestCase: false, status: 'followed_up' });
    expect(answer).not.toHaveProperty('caseType');
    // An earlier visit, written up afterwards, does not put him back on the worklist.
    await o.ok(
      'followUps.create',
      { childId: rafiq.id, visitDate: '2026-11-10', visitedBy: 'Jahanara Bibi', finding: 'not_found' },
      o.admin,
    );
    expect(flagStatuses(o)[rafiq.id]).toMatchObject({ stored: 'followed_up', shown: 'followed_up' });

    const visits = await o.ok('followUps.list', { childId: rafiq.id }, o.admin);
    expect(visits.map((v) => [v.visitDate, v.finding, v.visitedBy, v.flagMonth, v.createdByName])).toEqual([
      ['2026-11-20', 'back_in_school', 'Jahanara Bibi', '2026-11', 'Anita Sen'],
      ['2026-11-10', 'not_found', 'Jahanara Bibi', '2026-11', 'Anita Sen'],
    ]);
    expect(auditActions(o).map((a) => a.summary)).toEqual([
      'BSH-C00003: back_in_school on 2026-11-20 (Jahanara Bibi)',
      'BSH-C00003: not_found on 2026-11-10 (Jahanara Bibi)',
    ]);
  });

  it('suggests the case type for each finding that may need a case', async () => {
    const o = await office();
    const kids = await flaggedSchool(o);
    const suggestions = [];
    for (const [child, finding] of [
      [kids.priya, 'working'],
      [kids.rafiq, 'migrated_with_family'],
      [kids.sahil, 'not_found'],
      [kids.mousumi, 'ill'],
    ] as const) {
      const answer = await o.ok(
        'followUps.create',
        { childId: child.id, visitDate: '2026-11-22', visitedBy: 'Sabita Das', finding },
        o.admin,
      );
      suggestions.push([finding, answer.suggestCase, answer.caseType ?? null, answer.status]);
    }
    expect(suggestions).toEqual([
      ['working', true, 'child_labour', 'open'],
      ['migrated_with_family', true, 'unsafe_migration', 'open'],
      ['not_found', true, 'missing_runaway', 'open'],
      ['ill', false, null, 'followed_up'],
    ]);
  });

  it('refuses a visit in the future, before the flagged month, by nobody, or for a child not on the worklist', async () => {
    const o = await office();
    const { priya, anjali } = await flaggedSchool(o);
    const visit = { childId: priya.id, visitedBy: 'Sabita Das', finding: 'ill' as const };
    expect(await o.raw('followUps.create', { ...visit, visitDate: '2026-11-25' }, o.admin)).toMatchObject({
      ok: false,
      error: { key: 'errors.dateFuture', field: 'visitDate' },
    });
    expect(await o.raw('followUps.create', { ...visit, visitDate: '2026-10-31' }, o.admin)).toMatchObject({
      ok: false,
      error: {
        key: 'errors.attendance.visitBeforeFlag',
        field: 'visitDate',
        message: 'The visit date is before the month the child was flagged for (11/2026)',
      },
    });
    expect(await o.raw('followUps.create', { ...visit, visitedBy: ' ', visitDate: '2026-11-20' }, o.admin)).toMatchObject({
      ok: false,
      error: { key: 'errors.required', field: 'visitedBy' },
    });
    expect(await o.raw('followUps.create', { ...visit, finding: 'gone', visitDate: '2026-11-20' }, o.admin)).toMatchObject({
      ok: false,
      error: { key: 'errors.attendance.finding', field: 'finding' },
    });
    expect(await o.raw('followUps.create', { ...visit, childId: anjali.id, visitDate: '2026-11-20' }, o.admin)).toMatchObject({
      ok: false,
      error: { key: 'errors.attendance.notFlagged', values: { child: 'BSH-C00005' } },
    });
    expect(o.host.database.db.select().from(followUps).all()).toHaveLength(0);
    expect(
      o.host.database.db.select({ s: attendanceFlags.status }).from(attendanceFlags).where(eq(attendanceFlags.childId, priya.id)).get(),
    ).toEqual({ s: 'open' });
  });

  it('takes the visitor’s name from the volunteer and lets a coordinator read visits but not record them', async () => {
    const o = await office();
    const { sahil } = await flaggedSchool(o);
    const volunteer = await o.ok('volunteers.create', sabita, o.admin);
    await o.ok(
      'followUps.create',
      { childId: sahil.id, visitDate: '2026-11-21', volunteerId: volunteer.id, finding: 'caring_for_siblings' },
      o.admin,
    );
    const coordinator = await userWithRole(o, o.admin, 'rupa', 'sponsorship');
    expect(await o.ok('followUps.list', { childId: sahil.id }, coordinator)).toMatchObject([
      { visitedBy: 'Sabita Das', volunteerId: volunteer.id, volunteerName: 'Sabita Das', finding: 'caring_for_siblings', note: null },
    ]);
    expect(
      await o.raw('followUps.create', { childId: sahil.id, visitDate: '2026-11-21', visitedBy: 'Rupa', finding: 'ill' }, coordinator),
    ).toMatchObject({ ok: false, status: 403 });
    const child = o.host.database.db.select().from(children).where(eq(children.id, sahil.id)).get();
    expect(child?.childCode).toBe('BSH-C00004');
  });
});
