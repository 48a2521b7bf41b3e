import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeWithAdmin, type Caller, type TestHost } from '../testHost';
import { communityFixture } from './fixture';

let t: TestHost & { admin: Caller };

beforeAll(async () => {
  t = await officeWithAdmin();
  await communityFixture({ ok: (method, input) => t.ok(method, input, t.admin) });
});
afterAll(() => t.cleanup());

const quarter = { from: '2026-07-01', to: '2026-09-30' };

describe('the seeds’ counters for July–September 2026, against the fixture counted by hand', () => {
  it('for the block', async () => {
    const c = await t.ok('community.counts', quarter, t.admin);
    // Two trainings: Sabita, Rina, Mamata, Shefali and Rupa in July; Sabita again and Laila in September.
    expect(c.communityWomenTrained).toBe(6);
    // Rakesh (sensitisation and VLCPC member), Mita (sensitisation and BLCPC meeting), Sukumar (VLCPC meeting): once each.
    expect(c.policeOfficersCollaborated).toBe(3);
    expect(c.collaborators.policeOfficers.map((p) => p.name)).toEqual(['Mita Roy', 'Rakesh Das', 'Sukumar Pal']);
    expect(c.schoolOfficialsCollaborated).toBe(2);
    expect(c.panchayatOfficersCollaborated).toBe(2);
    // Uttar Bagundi due July, August, September, met twice; the BLCPC due for the quarter, met; Khejurtala due September, not met.
    expect(c).toMatchObject({ committeesDue: 3, committeesActive: 1, meetingsDue: 5, meetingsDueHeld: 3, meetingsHeld: 3 });
    // Done: the family visit; dropped: the haat campaign; open at 30/09: the BDO letter, the patrol, and the school list done only on 10/10.
    expect(c).toMatchObject({ actionPointsDone: 1, actionPointsDropped: 1, actionPointsOpen: 3, actionPointsOverdue: 2 });
    expect(c.activitiesHeld).toBe(4);
    expect(c.activitiesByType).toEqual(
      [
        {
          type: 'volunteer_training',
          activities: 2,
          participants: { female: 7, male: 0, other: 0, total: 7 },
          byCategory: { volunteer: 5, anganwadi_worker: 1, community_member: 1 },
        },
        {
          type: 'sensitisation_school',
          activities: 1,
          participants: { female: 4, male: 3, other: 0, total: 7 },
          byCategory: { school_principal: 1, teacher: 6 },
        },
        {
          type: 'sensitisation_police',
          activities: 1,
          participants: { female: 1, male: 5, other: 0, total: 6 },
          byCategory: { police: 6 },
        },
      ].sort(
        (a, b) =>
          ['volunteer_training', 'cpc_training', 'sensitisation_school', 'sensitisation_police'].indexOf(a.type) -
          ['volunteer_training', 'cpc_training', 'sensitisation_school', 'sensitisation_police'].indexOf(b.type),
      ),
    );
    expect(c.participantsBySex).toEqual({ female: 12, male: 8, other: 0, total: 20 });
    // Uttar Bagundi (written twice in two cases), Dakshin Bagundi, Khejurtala.
    expect(c.villagesReached).toBe(3);
  });

  it('for one GP (Bagundi): the block committee and Khejurtala’s work are left out', async () => {
    const c = await t.ok('community.counts', { ...quarter, gramPanchayat: 'bagundi' }, t.admin);
    expect(c).toMatchObject({
      gramPanchayat: 'bagundi',
      communityWomenTrained: 5,
      policeOfficersCollaborated: 3,
      schoolOfficialsCollaborated: 0,
      panchayatOfficersCollaborated: 1,
      committeesDue: 1,
      committeesActive: 0,
      meetingsDue: 3,
      meetingsDueHeld: 2,
      meetingsHeld: 2,
      actionPointsDone: 1,
      actionPointsDropped: 1,
      actionPointsOpen: 1,
      actionPointsOverdue: 1,
      activitiesHeld: 2,
      participantsBySex: { female: 6, male: 5, other: 0, total: 11 },
      villagesReached: 2,
    });
    const k = await t.ok('community.counts', { ...quarter, gramPanchayat: 'Khejurtala' }, t.admin);
    expect(k).toMatchObject({
      communityWomenTrained: 2,
      schoolOfficialsCollaborated: 2,
      policeOfficersCollaborated: 0,
      committeesDue: 1,
      committeesActive: 0,
    });
  });

  it('a person trained in two trainings counts once; in October alone the life-skill session adds children, no women trained', async () => {
    const september = await t.ok('community.counts', { from: '2026-09-01', to: '2026-09-30' }, t.admin);
    expect(september.communityWomenTrained).toBe(2);
    const october = await t.ok('community.counts', { from: '2026-10-01', to: '2026-10-31' }, t.admin);
    expect(october.communityWomenTrained).toBe(0);
    expect(october.activitiesByType).toEqual([
      { type: 'life_skills', activities: 1, participants: { female: 20, male: 15, other: 0, total: 35 }, byCategory: { child: 35 } },
    ]);
  });

  it('counts a period reaching past today (24/11) as it stands today: no meeting due, no point overdue, in the future', async () => {
    const c = await t.ok('community.counts', { from: '2026-04-01', to: '2027-03-31' }, t.admin);
    // Uttar Bagundi due July–October (met July, August, October); the BLCPC due for Q2 and Q3 (met Q3); Khejurtala due September, October.
    expect(c).toMatchObject({ committeesDue: 3, committeesActive: 0, meetingsDue: 8, meetingsDueHeld: 4, meetingsHeld: 4 });
    // Open today: the BDO letter (due 31/08) and the patrol (due 31/10), both past their date.
    expect(c).toMatchObject({ actionPointsDone: 2, actionPointsDropped: 1, actionPointsOpen: 2, actionPointsOverdue: 2 });
  });

  it('refuses a period that ends before it starts, at the field', async () => {
    const outcome = await t.raw('community.counts', { from: '2026-09-30', to: '2026-07-01' }, t.admin);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.field).toBe('to');
  });
});

describe('committees due and action points overdue today (24/11/2026)', () => {
  it('lists the committee that has not met when due first, with how long overdue', async () => {
    const due = await t.ok('committees.due', {}, t.admin);
    expect(due.map((c) => [c.name, c.due])).toEqual([
      ['Khejurtala VLCPC', { state: 'overdue', dueBy: '2026-09-30', daysOverdue: 55, missedMeetings: 2 }],
      ['Basirhat-II BLCPC', { state: 'due', dueBy: '2026-12-31' }],
      ['Uttar Bagundi VLCPC', { state: 'due', dueBy: '2026-11-30' }],
    ]);
  });

  it('lists the open points past their date across committees', async () => {
    const overdue = await t.ok('actionPoints.list', { status: 'overdue' }, t.admin);
    expect(overdue.map((p) => [p.committeeName, p.what, p.daysOverdue])).toEqual([
      ['Uttar Bagundi VLCPC', 'Write to the BDO about the school van', 85],
      ['Basirhat-II BLCPC', 'Ask the police for a night patrol at the station road', 24],
    ]);
  });
});
