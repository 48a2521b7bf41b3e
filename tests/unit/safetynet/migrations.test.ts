import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLog, children, departures } from '../../../electron/db/schema';
import { priyaMondal } from '../../fixtures/office';
import { adminPassword, type TestHost } from '../testHost';
import { girlForWork, manForWork, safetynetOffice } from './fixture';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

async function setUp() {
  const s = await safetynetOffice();
  t = s.office;
  return s;
}

describe('a departure reported by a club', () => {
  it('scores a 16-year-old girl leaving alone with an unknown agent for work as high, with each reason and weight', async () => {
    const { office, clerk, club } = await setUp();
    const d = await office.ok('migrations.create', girlForWork(club.id), clerk);
    expect(d).toMatchObject({ age: 16, score: 20, level: 'high', computedLevel: 'high' });
    expect(d.flags).toEqual([
      { code: 'minor_without_guardian', weight: 10, reason: 'Under 18 (16) and not travelling with a parent or guardian' },
      { code: 'minor_for_work', weight: 5, reason: 'Under 18 (16) and leaving for work' },
      { code: 'unknown_agent', weight: 3, reason: 'Arranged by a contact who is not in the agent register' },
      { code: 'no_destination_contact', weight: 2, reason: 'No address and no employer or school phone at the destination' },
    ]);
  });

  it('adds a minor who is not in the register to it, with a child code, in the same transaction', async () => {
    const { office, clerk, club } = await setUp();
    const d = await office.ok('migrations.create', girlForWork(club.id), clerk);
    expect(d.childCode).toBe('BSH-C00001');
    const child = office.host.database.db
      .select()
      .from(children)
      .where(eq(children.id, d.childId ?? 0))
      .get();
    expect(child).toMatchObject({
      nameEn: 'Rupa Khatun',
      sex: 'female',
      dateOfBirth: '2010-03-15',
      village: 'Uttar Bagundi',
      guardianName: 'Amina Bibi',
    });
    const adult = await office.ok('migrations.create', manForWork(club.id), clerk);
    expect(adult).toMatchObject({ childId: null, childCode: null, score: 0, level: 'low', flags: [] });
  });

  it('links a minor already in the register and takes the age from the register on the day of leaving', async () => {
    const { office, clerk, club } = await setUp();
    const priya = await office.ok('children.create', priyaMondal({ dateOfBirth: '2008-11-10' }), office.admin);
    const before = await office.ok(
      'migrations.create',
      girlForWork(club.id, { childId: priya.id, name: 'Priya Mondal', dateOfBirth: null, leftOn: '2026-11-09' }),
      clerk,
    );
    expect(before).toMatchObject({ childId: priya.id, age: 17, level: 'high' });
    const on = await office.ok(
      'migrations.create',
      girlForWork(club.id, { childId: priya.id, name: 'Priya Mondal', dateOfBirth: null, leftOn: '2026-11-10' }),
      clerk,
    );
    expect(on.age).toBe(18);
    expect(on.flags.map((f) => f.code)).toEqual(['unknown_agent', 'no_destination_contact']);
  });

  it('records what is not known as not known, and refuses dates that cannot be', async () => {
    const { office, clerk, club } = await setUp();
    const d = await office.ok(
      'migrations.create',
      manForWork(club.id, { ageYears: null, arrangedBy: null, familyAgreed: undefined }),
      clerk,
    );
    expect(d).toMatchObject({
      birthBasis: 'unknown',
      arrangedBy: 'unknown',
      familyAgreed: 'unknown',
      docAppointmentLetter: 'unknown',
      age: null,
    });
    expect(d.flags.map((f) => f.code)).toEqual(['unknown_agent']);
    const future = await office.raw('migrations.create', manForWork(club.id, { leftOn: '2026-12-01' }), clerk);
    expect(future).toMatchObject({ ok: false, error: { key: 'errors.safetynet.leftFuture', field: 'leftOn' } });
    const back = await office.raw('migrations.create', manForWork(club.id, { expectedReturnOn: '2026-11-01' }), clerk);
    expect(back).toMatchObject({ ok: false, error: { key: 'errors.safetynet.returnBeforeLeaving', field: 'expectedReturnOn' } });
    const missing = await office.raw('migrations.create', { ...manForWork(club.id), purpose: 'tourism' }, clerk);
    expect(missing).toMatchObject({ ok: false, error: { field: 'purpose' } });
  });

  it('gives the reasons in the caller’s language', async () => {
    const { office, clerk, club } = await setUp();
    await office.ok('auth.setLanguage', { language: 'bn' }, clerk);
    const d = await office.ok('migrations.create', girlForWork(club.id), clerk);
    expect(d.flags[0]?.reason).toContain('১৬');
  });
});

describe('overriding the level', () => {
  it('lets a case worker lower a level with a reason and how sure, kept in the audit log', async () => {
    const { office, clerk, worker, club } = await setUp();
    const d = await office.ok('migrations.create', girlForWork(club.id), clerk);
    const lowered = await office.ok(
      'migrations.overrideLevel',
      { id: d.id, level: 'medium', reason: 'Going with her aunt; employer confirmed by phone', howSure: 2 },
      worker,
    );
    expect(lowered).toMatchObject({
      level: 'medium',
      computedLevel: 'high',
      levelOverride: 'medium',
      howSure: 2,
      overrideByName: 'mitali tester',
    });
    const entry = office.host.database.db.select().from(auditLog).where(eq(auditLog.action, 'migrations.overrideLevel')).get();
    expect(entry).toMatchObject({
      username: 'mitali',
      entityId: String(d.id),
      summary: 'high → medium (how sure 2/5): Going with her aunt; employer confirmed by phone',
    });
    // Data entry records departures but does not judge them.
    expect(await office.raw('migrations.overrideLevel', { id: d.id, level: 'low', reason: 'x' }, clerk)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await office.raw('migrations.overrideLevel', { id: d.id, level: 'low', reason: ' ' }, worker)).toMatchObject({
      ok: false,
      error: { field: 'reason' },
    });
  });
});

describe('re-scoring when the administrator changes the settings', () => {
  it('re-scores every departure at once, and refuses medium at or above high', async () => {
    const { office, clerk, club } = await setUp();
    const girl = await office.ok('migrations.create', girlForWork(club.id), clerk);
    await office.ok('settings.update', { safetynetHighScore: 25 }, office.admin);
    expect((await office.ok('migrations.get', { id: girl.id }, clerk)).level).toBe('medium');
    await office.ok('settings.update', { safetynetWeightUnknownAgent: 8 }, office.admin);
    expect(await office.ok('migrations.get', { id: girl.id }, clerk)).toMatchObject({ score: 25, level: 'high' });
    const refused = await office.raw('settings.update', { safetynetMediumScore: 25 }, office.admin);
    expect(refused).toMatchObject({ ok: false, error: { key: 'errors.safetynet.mediumBelowHigh', field: 'safetynetMediumScore' } });
  });
});

describe('check-ins, the worklist and the return', () => {
  it('puts a high departure not reachable at its last check-in on the worklist as overdue, and takes it off at the return', async () => {
    const { office, clerk, club } = await setUp();
    const girl = await office.ok('migrations.create', girlForWork(club.id), clerk);
    await office.ok('migrations.create', manForWork(club.id), clerk);
    const checked = await office.ok(
      'migrations.checkIn',
      { id: girl.id, checkedOn: '2026-11-10', method: 'phone', outcome: 'not_reachable' },
      clerk,
    );
    // Not reachable: try again after 3 days, so 13/11 — past by 24/11.
    expect(checked).toMatchObject({
      lastCheckInOutcome: 'not_reachable',
      nextCheckInOn: '2026-11-13',
      checkInStatus: 'overdue',
      suggestCase: false,
    });
    const list = await office.ok('migrations.worklist', { gramPanchayat: 'Bagundi' }, clerk);
    expect(list.map((r) => [r.name, r.checkInStatus])).toEqual([['Rupa Khatun', 'overdue']]);
    await office.ok('migrations.recordReturn', { id: girl.id, returnedOn: '2026-11-20', condition: 'safe' }, clerk);
    expect(await office.ok('migrations.worklist', { status: 'all' }, clerk)).toEqual([]);
    const missing = await office.ok(
      'migrations.checkIn',
      { id: girl.id, checkedOn: '2026-11-21', method: 'visit', outcome: 'missing' },
      clerk,
    );
    expect(missing.suggestCase).toBe(true);
  });

  it('flags an overdue return once the expected day has passed with no check-in since', async () => {
    const { office, clerk, club } = await setUp();
    const man = await office.ok('migrations.create', manForWork(club.id, { expectedReturnOn: '2026-11-30' }), clerk);
    expect(man.level).toBe('low');
    office.advance(60 * 24 * 8);
    await office.ok('auth.login', { username: 'rina', password: adminPassword }, clerk);
    const later = await office.ok('migrations.get', { id: man.id }, clerk);
    expect(later.flags).toEqual([
      { code: 'overdue_return', weight: 3, reason: 'Expected back on 30/11/2026; not back and no check-in since' },
    ]);
    expect(later.level).toBe('medium');
    const stored = office.host.database.db
      .select({ overdue: departures.overdueReturn })
      .from(departures)
      .where(eq(departures.id, man.id))
      .get();
    expect(stored?.overdue).toBe(true);
  });
});

describe('agents', () => {
  it("shows an agent's departures, their levels, what became of them and the red flags across them", async () => {
    const { office, clerk, club } = await setUp();
    const agent = await office.ok(
      'agents.create',
      { name: 'Rakesh Sheikh', aliases: 'Rocky', phones: '98300 12345, 9433012345', village: 'Hasnabad' },
      clerk,
    );
    expect(agent.phones).toBe('9830012345, 9433012345');
    const first = await office.ok(
      'migrations.create',
      girlForWork(club.id, { agentId: agent.id, agentName: null, agentPhone: null }),
      clerk,
    );
    expect(first.flags.map((f) => f.code)).toEqual(['minor_without_guardian', 'minor_for_work', 'no_destination_contact']);
    const second = await office.ok('migrations.create', manForWork(club.id, { arrangedBy: 'agent', agentId: agent.id }), clerk);
    expect(second.flags).toEqual([
      { code: 'agent_flagged', weight: 5, reason: 'The agent Rakesh Sheikh already has 1 high-level departure' },
    ]);
    const page = await office.ok('agents.get', { id: agent.id }, clerk);
    expect(page).toMatchObject({ levels: { high: 1, medium: 1, low: 0 }, minors: 1, outcome: { returned: 0, away: 2 } });
    expect(page.flagCounts).toEqual({ minor_without_guardian: 1, minor_for_work: 1, no_destination_contact: 1, agent_flagged: 1 });
  });
});

describe('who may work the register', () => {
  it('keeps the sponsorship coordinator out, and lets data entry and case workers in', async () => {
    const { office, clerk, worker, coordinator, club } = await setUp();
    expect(await office.raw('migrations.list', {}, coordinator)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await office.raw('migrations.create', manForWork(club.id), coordinator)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await office.ok('migrations.create', manForWork(club.id), worker);
    expect((await office.ok('migrations.list', {}, clerk)).total).toBe(1);
  });

  it('opens a case from a departure and links the two in one transaction', async () => {
    const { office, clerk, worker, club } = await setUp();
    const girl = await office.ok('migrations.create', girlForWork(club.id), clerk);
    const opened = await office.ok(
      'cases.create',
      {
        types: ['trafficking_suspected'],
        childIds: [girl.childId ?? 0],
        reporterKind: 'community_member',
        reporterName: 'Bagundi Yuva Sangha',
        reportedOn: '2026-11-24',
        summary: 'Left alone with an unknown agent for work in Bangalore',
        riskLevel: 'high',
        riskReason: 'Minor alone, unknown agent',
        departureId: girl.id,
      },
      worker,
    );
    expect(await office.ok('migrations.get', { id: girl.id }, worker)).toMatchObject({ caseId: opened.id, caseNumber: opened.caseNumber });
  });
});
