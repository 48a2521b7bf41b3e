import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marksOf, revealedCells } from '../../../electron/reports/monthly/suppression';
import { adminPassword, type Caller, type TestHost } from '../testHost';
import { fieldFixture } from './fieldFixture';

let t: TestHost & { admin: Caller };
let manager: Caller;
let clerk: Caller;
const month = '2026-10';
const figures = async () => (await t.ok('reports.monthlyFigures', { month }, manager)).figures;

beforeAll(async () => {
  ({ t, manager, clerk } = await fieldFixture());
});
afterAll(() => t.cleanup());

describe('sections 5–9 of October 2026, against the month counted by hand', () => {
  it('section 5 sponsorship', async () => {
    expect((await figures()).sponsorship).toEqual({
      // Rupa (Anjali's since September) and Tania (Bikash's since October).
      childrenSupported: 2,
      // Rupa's family, ₹1,500 on 20/10; Tania's family was not paid for October.
      familiesPaid: 1,
      paidPaise: 150_000,
      familiesUnpaid: 1,
      // Anjali never paid: on 31/10 September (due 01/09) and October (due 01/10) have both been due 30 days: ₹2,000.
      // Bikash paid ₹3,000 on 05/10, ahead of his dues.
      sponsorsInArrears: 1,
      arrearsPaise: 200_000,
      // Bikash's sponsorship began in October; none ended.
      sponsorshipsStarted: 1,
      sponsorshipsEnded: 0,
      // Rupa has been absent since 01/09: 61 days at the end of October.
      absentOver30Days: 1,
    });
  });

  it('section 6 school early warning, with children flagged', async () => {
    const f = await figures();
    expect(f.schoolWarning).toMatchObject({
      schoolsOnRegister: 1,
      // Bagundi Free Primary sent September's register, so October's was expected, and came.
      registersImported: 1,
      registersExpected: 1,
      // Rupa, Tania and Kabir are on October's register.
      childrenTracked: 3,
      // Rupa (0 of 22 days) and Kabir (10 of 22, 45 %) are below 75 %, and both end the month absent
      // more than 5 days running (Rupa 22, Kabir 12); Tania came 21 of 22 days.
      childrenFlagged: 2,
      flaggedByReason: { low_attendance: 2, absence_run: 2, dropped_off: 0, falling: 0 },
      // Rupa only: Kabir's 12 school days away are under 30 calendar days.
      absent30Days: 1,
      // Sabita found Rupa working (22/10); Rina found Kabir ill (28/10).
      visits: { working: 1, ill: 1, back_in_school: 0 },
      visitsTotal: 2,
      // Rahim, withdrawn from the kiln and enrolled on 15/10 (fixture.ts).
      backInSchool: 1,
    });
    // The same children as section 1.
    expect(f.atAGlance.childrenFlagged).toBe(2);
    // One girl in Uttar Bagundi, one boy in Khejurtala: every cell of the village table is small.
    const byVillage = f.schoolWarning.flaggedByVillage;
    expect(byVillage.rows.map((r) => r.village)).toEqual(['Khejurtala', 'Uttar Bagundi']);
    expect(byVillage.rows.flatMap((r) => r.cells).filter((c) => typeof c === 'number' && c > 0)).toEqual([]);
    // One girl and one boy in the block: the column totals of 1 would give both cells away, so they are
    // not printed exact either, and solving the printed table as a reader would finds no cell.
    expect(byVillage.columnTotals.slice(0, 2).every((x) => x === 'lt5' || x === 'hidden')).toBe(true);
    const counted = [
      { village: 'Khejurtala', cells: [0, 1, 0] },
      { village: 'Uttar Bagundi', cells: [1, 0, 0] },
    ];
    expect(revealedCells(counted, marksOf(byVillage), 3)).toEqual([]);
  });

  it('section 7 migration and missing', async () => {
    expect((await figures()).migration).toMatchObject({
      // Rupa Khatun (02/10) and Mousumi (20/10) left in October; Sakila and Sahidul left in September.
      departures: 2,
      minors: 2,
      // Rupa: a minor alone, for work (10 + 5): high. Mousumi: a minor with her mother, for work (5): medium.
      byLevel: { high: 1, medium: 1, low: 0 },
      byPurpose: { work: 2, marriage: 0 },
      byState: [
        { state: 'Karnataka', count: 1 },
        { state: 'Kerala', count: 1 },
      ],
      // On 31/10: Rupa's next call was due 15/10 (a week after 08/10): overdue. Mousumi's first is due
      // 19/11 and Sakila's next 24/11 (30 days after 25/10): neither overdue then.
      checkInsOverdue: 1,
      // Sahidul came back on 15/10.
      returned: 1,
      // Sakila (left 10/09) found missing on 05/10 and traced, safe, on 25/10.
      missing: 1,
      traced: 1,
    });
  });

  it('counts check-ins overdue at the month’s end: a later day does not change a past month', async () => {
    // Today (24/11) the worklist has three overdue: Rupa (since 15/10), Sakila (high now that her agent
    // took two girls: a week after 25/10, 01/11) and Mousumi (19/11). On 31/10 only Rupa was.
    const overdueNow = await t.ok('migrations.worklist', { status: 'overdue' }, clerk);
    expect(overdueNow.map((r) => [r.name, r.nextCheckInOn])).toEqual([
      ['Rupa Khatun', '2026-10-15'],
      ['Sakila Khatun', '2026-11-01'],
      ['Mousumi Bibi', '2026-11-19'],
    ]);
    expect((await figures()).migration.checkInsOverdue).toBe(1);
    // A month on (24/12), October still counts one.
    t.advance(30 * 24 * 60);
    await t.ok('auth.login', { username: 'rekha', password: adminPassword }, manager);
    expect((await figures()).migration.checkInsOverdue).toBe(1);
  });

  it('section 8 Child Protection Committees', async () => {
    const f = await figures();
    expect(f.committees.byLevel.find((l) => l.level === 'village')).toEqual({
      level: 'village',
      // Uttar Bagundi's and Khejurtala's, formed in June, each due to meet once in October.
      committees: 2,
      due: 2,
      // Only Uttar Bagundi's met (10/10).
      dueHeld: 1,
      held: 1,
      // Shefali, Sabita and Rina of the four on the roll (Mamata absent): a quorum.
      membersPresent: 3,
      membersOnRoll: 4,
      quorate: 1,
    });
    expect(f.committees).toMatchObject({
      due: 2,
      dueHeld: 1,
      held: 1,
      // The visit to Rupa's family done on 20/10; the letter to the BDO, due 25/10, still open on 31/10.
      actionPointsDone: 1,
      actionPointsDropped: 0,
      actionPointsOpen: 1,
      actionPointsOverdue: 1,
    });
    expect([f.atAGlance.cpcMeetingsHeld, f.atAGlance.cpcMeetingsDue]).toEqual([1, 2]);
  });

  it('section 9 awareness and training', async () => {
    const a = (await figures()).awareness;
    expect(a.activitiesHeld).toBe(2);
    expect(a.activitiesByType.map((x) => [x.type, x.activities, x.participants])).toEqual([
      // Sabita and Rina.
      ['volunteer_training', 1, { female: 2, male: 0, other: 0, total: 2 }],
      // SI Rakesh Das and ASI Mita Roy by name, and 5 men and 1 woman counted by head.
      ['sensitisation_police', 1, { female: 2, male: 6, other: 0, total: 8 }],
    ]);
    expect(a.participantsBySex).toEqual({ female: 4, male: 6, other: 0, total: 10 });
    // Uttar Bagundi (the training and the committee's meeting) and Khejurtala (the sensitisation).
    expect(a.villagesReached).toBe(2);
    // Sabita and Rina, trained as volunteers.
    expect(a.communityWomenTrained).toBe(2);
    // Only those met by name count as people met: the two officers, not the six by head.
    expect(a.officialsMet).toEqual({ schoolOfficials: 0, panchayatOfficers: 0, policeOfficers: 2 });
  });
});
