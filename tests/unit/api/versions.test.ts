import { afterEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../../electron/db/schema';
import { girlForWork, safetynetOffice } from '../safetynet/fixture';
import { sponsorshipOffice } from '../sponsorship/fixture';
import { officeWithAdmin, userWithRole, type Caller, type TestHost } from '../testHost';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** A second save over the version both read: refused 409, with the first save's values and who made it. */
async function expectConflict(
  t: TestHost,
  method: string,
  input: Record<string, unknown>,
  caller: Caller,
  current: Record<string, unknown>,
) {
  const outcome = await t.raw(method, input, caller);
  expect(outcome).toMatchObject({ ok: false, status: 409, error: { code: 'conflict', key: 'errors.conflict' } });
  if (outcome.ok) return;
  expect(outcome.error.message).toContain('Someone else changed this record');
  expect(outcome.error.current?.version).toBe(2);
  expect(outcome.error.current?.record).toMatchObject(current);
  expect(outcome.error.current?.savedBy).toBeTruthy();
  expect(outcome.error.current?.savedAt).toBe(t.host.now().toISOString());
}

describe('record versions', () => {
  it('children: a stale save is refused with the record as it is now; the audit log has both saves and the conflict', async () => {
    const t = await officeWithAdmin();
    cleanups.push(t.cleanup);
    const clerk = await userWithRole(t, t.admin, 'rina', 'data_entry');
    const child = await t.ok('children.create', { nameEn: 'Priya Das', sex: 'female', ageYears: 12, village: 'Uttar Bagundi' }, t.admin);
    const read = await t.ok('children.get', { id: child.id }, clerk);
    expect(read.version).toBe(1);
    const fields = { nameEn: 'Priya Das', sex: 'female' as const, ageYears: 12 };
    const saved = await t.ok('children.update', { ...fields, id: child.id, version: 1, village: 'Dakshin Bagundi' }, t.admin);
    expect(saved.version).toBe(2);
    await expectConflict(t, 'children.update', { ...fields, id: child.id, version: 1, village: 'Khejurtala' }, clerk, {
      village: 'Dakshin Bagundi',
      nameEn: 'Priya Das',
    });
    expect((await t.ok('children.get', { id: child.id }, clerk)).village).toBe('Dakshin Bagundi');
    // With the version it was told, the second save goes through.
    expect(await t.ok('children.update', { ...fields, id: child.id, version: 2, village: 'Khejurtala' }, clerk)).toMatchObject({
      version: 3,
    });
    const lines = t.host.database.db
      .select()
      .from(auditLog)
      .all()
      .filter((l) => l.entity === 'children' && l.entityId === String(child.id))
      .map((l) => [l.action, l.username]);
    expect(lines).toEqual([
      ['children.create', 'anita'],
      ['children.update', 'anita'],
      ['conflict', 'rina'],
      ['children.update', 'rina'],
    ]);
  });

  it('children: another method changing an edited field raises the version; a save changing nothing does not', async () => {
    const t = await officeWithAdmin();
    cleanups.push(t.cleanup);
    const child = await t.ok('children.create', { nameEn: 'Rahim Sheikh', sex: 'male', ageYears: 11 }, t.admin);
    const same = { nameEn: 'Rahim Sheikh', sex: 'male' as const, ageYears: 11, id: child.id, version: 1 };
    expect(await t.ok('children.update', same, t.admin)).toMatchObject({ version: 1 });
    t.host.database.sqlite.prepare('UPDATE children SET village = ? WHERE id = ?').run('Bagundi', child.id);
    expect((await t.ok('children.get', { id: child.id }, t.admin)).version).toBe(2);
    expect(await t.raw('children.update', same, t.admin)).toMatchObject({ ok: false, status: 409 });
    expect(await t.raw('children.update', { ...same, version: undefined }, t.admin)).toMatchObject({
      ok: false,
      error: { field: 'version', key: 'errors.version' },
    });
  });

  it('schools: a stale save is refused with the school as it is now', async () => {
    const t = await officeWithAdmin();
    cleanups.push(t.cleanup);
    const school = await t.ok('schools.create', { name: 'Uttar Bagundi F.P. School', udise: '19112300101', type: 'primary' }, t.admin);
    expect((await t.ok('schools.list', {}, t.admin))[0]?.version).toBe(1);
    const fields = { name: 'Uttar Bagundi F.P. School', udise: '19112300101', type: 'primary' as const };
    expect(await t.ok('schools.update', { ...fields, id: school.id, version: 1, headTeacher: 'Mita Roy' }, t.admin)).toMatchObject({
      version: 2,
    });
    await expectConflict(t, 'schools.update', { ...fields, id: school.id, version: 1, headTeacher: 'S. Ghosh' }, t.admin, {
      headTeacher: 'Mita Roy',
    });
  });

  it('cases: a stale save is refused with the case, its types, children and workers as they are now', async () => {
    const t = await officeWithAdmin();
    cleanups.push(t.cleanup);
    const worker = await userWithRole(t, t.admin, 'mitali', 'case_worker');
    const priya = await t.ok('children.create', { nameEn: 'Priya Das', sex: 'female', dateOfBirth: '2010-05-01' }, t.admin);
    const base = {
      types: ['child_marriage' as const],
      childIds: [priya.id],
      reporterKind: 'volunteer' as const,
      reportedOn: '2026-11-20',
      summary: 'Marriage being arranged for February.',
      riskLevel: 'high' as const,
      riskReason: 'Date fixed, girl is 16',
      workerIds: [] as number[],
    };
    const created = await t.ok('cases.create', base, worker);
    const opened = await t.ok('cases.get', { id: created.id }, worker);
    expect(opened.version).toBe(1);
    base.workerIds = opened.workers.map((w) => w.id);
    await t.ok('cases.update', { ...base, id: created.id, version: 1, summary: 'The groom’s family came to the school.' }, t.admin);
    await expectConflict(t, 'cases.update', { ...base, id: created.id, version: 1, summary: 'The mother called.' }, worker, {
      summary: 'The groom’s family came to the school.',
      types: ['child_marriage'],
      children: [{ id: priya.id }],
    });
    // Only a change of its types raises the version too.
    const now = await t.ok(
      'cases.update',
      { ...base, id: created.id, version: 2, summary: 'The groom’s family came to the school.', types: ['child_marriage', 'dropped_out'] },
      worker,
    );
    expect(now.version).toBe(3);
  });

  it('sponsors and sponsored children: a stale save is refused with the record as it is now', async () => {
    const { t, coordinator, family, sponsor } = await sponsorshipOffice();
    cleanups.push(t.cleanup);
    const s = await sponsor('Anjali Ghosh');
    const fields = { kind: 'individual' as const, name: 'Anjali Ghosh', citizenship: 'indian' as const };
    expect(await t.ok('sponsors.update', { ...fields, id: s.id, version: 1, phone: '9830012345' }, coordinator)).toMatchObject({
      version: 2,
    });
    await expectConflict(t, 'sponsors.update', { ...fields, id: s.id, version: 1, phone: '9830099999' }, coordinator, {
      phone: '9830012345',
    });

    const f = await family({ name: 'Rina Khatun' });
    expect((await t.ok('sponsoredChildren.get', { id: f.sponsoredChildId }, coordinator)).version).toBe(1);
    await t.ok('sponsoredChildren.update', { id: f.sponsoredChildId, version: 1, priority: 1 }, coordinator);
    await expectConflict(t, 'sponsoredChildren.update', { id: f.sponsoredChildId, version: 1, progressNote: 'Doing well' }, coordinator, {
      priority: 1,
    });
  });

  it('departures: a stale save is refused with the departure as it is now', async () => {
    const { office, worker, clerk, club } = await safetynetOffice();
    cleanups.push(office.cleanup);
    const { addToRegister: _a, ...input } = girlForWork(club.id);
    void _a;
    const d = await office.ok('migrations.create', input, clerk);
    expect(d.version).toBe(1);
    const changed = await office.ok('migrations.update', { ...input, id: d.id, version: 1, employer: 'A garment unit' }, worker);
    expect(changed.version).toBe(2);
    await expectConflict(office, 'migrations.update', { ...input, id: d.id, version: 1, employer: 'A brick kiln' }, clerk, {
      employer: 'A garment unit',
    });
  });

  it('committees: a correction is saved and audited; a stale one is refused with the committee as it is now', async () => {
    const t = await officeWithAdmin();
    cleanups.push(t.cleanup);
    const worker = await userWithRole(t, t.admin, 'mitali', 'case_worker');
    const clerk = await userWithRole(t, t.admin, 'rina', 'data_entry');
    const coordinator = await userWithRole(t, t.admin, 'sima', 'sponsorship');
    const fields = {
      name: 'Bagundi VLCPC',
      level: 'village' as const,
      area: 'Uttar Bagundi',
      gramPanchayat: 'Bagundi',
      formedOn: '2026-03-10',
    };
    const c = await t.ok('committees.create', fields, t.admin);
    expect(c.version).toBe(1);

    // Who may not form a committee may not change one either.
    expect(await t.raw('committees.update', { ...fields, id: c.id, version: 1, name: 'X' }, coordinator)).toMatchObject({
      ok: false,
      status: 403,
    });
    const saved = await t.ok(
      'committees.update',
      { ...fields, id: c.id, version: 1, name: 'Uttar Bagundi VLCPC', area: 'Uttar Para' },
      worker,
    );
    expect(saved).toMatchObject({ name: 'Uttar Bagundi VLCPC', area: 'Uttar Para', version: 2 });
    expect((await t.ok('committees.get', { id: c.id }, clerk)).committee).toMatchObject({ name: 'Uttar Bagundi VLCPC', version: 2 });

    await expectConflict(t, 'committees.update', { ...fields, id: c.id, version: 1, formedOn: '2026-04-01' }, clerk, {
      name: 'Uttar Bagundi VLCPC',
      area: 'Uttar Para',
      formedOn: '2026-03-10',
    });
    expect((await t.ok('committees.get', { id: c.id }, clerk)).committee.formedOn).toBe('2026-03-10');
    // A GP committee belongs to its own GP; a block committee to none, whatever the form held.
    expect(
      await t.ok(
        'committees.update',
        { ...fields, id: c.id, version: 2, name: 'Basirhat II BLCPC', level: 'block', area: 'Basirhat II', gramPanchayat: 'Bagundi' },
        clerk,
      ),
    ).toMatchObject({ level: 'block', gramPanchayat: null, version: 3 });

    const lines = t.host.database.db
      .select()
      .from(auditLog)
      .all()
      .filter((l) => l.entity === 'committees' && l.entityId === String(c.id));
    expect(lines.map((l) => [l.action, l.username])).toEqual([
      ['committees.create', 'anita'],
      ['committees.update', 'mitali'],
      ['conflict', 'rina'],
      ['committees.update', 'rina'],
    ]);
    expect(lines[1]?.facts).toEqual({ name: 'Uttar Bagundi VLCPC', fields: ['name', 'area'] });
    expect(lines[2]?.facts).toEqual({ ref: 'Uttar Bagundi VLCPC', version: 2 });
    expect(lines[3]?.facts).toEqual({ name: 'Basirhat II BLCPC', fields: ['name', 'level', 'area', 'gramPanchayat'] });
  });
});
