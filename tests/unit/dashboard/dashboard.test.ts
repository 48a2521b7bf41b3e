import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeWithAdmin, userWithRole, type Caller, type TestHost } from '../testHost';
import { dashboardOffice } from './fixture';

let t: TestHost & { admin: Caller };
let office: Awaited<ReturnType<typeof dashboardOffice>>;

beforeAll(async () => {
  t = await officeWithAdmin();
  office = await dashboardOffice(t);
}, 60_000);
afterAll(() => t.cleanup());

const monthsOf = <T extends { month: string }>(rows: T[], pick: (r: T) => unknown) =>
  Object.fromEntries(rows.filter((r) => pick(r) !== 0 && pick(r) !== null).map((r) => [r.month, pick(r)]));

describe('the office at a glance on 24/11/2026, against the fixture counted by hand', () => {
  it('gives the manager every figure of the block', async () => {
    const manager = await userWithRole(t, t.admin, 'mousumi', 'manager');
    const d = await t.ok('dashboard.get', {}, manager);
    expect(d.month).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(d.year).toEqual({ from: '2026-01-01', to: '2026-12-31' });

    // November: C (10/11) and E (23/11) averted, Rohit's hours reduced (F); the year adds Imran, withdrawn from work in June.
    expect(d.cases?.month).toEqual({ marriagesAverted: 2, childrenFromLabour: 1, withdrawnFromLabour: 0, workingHoursReduced: 1 });
    expect(d.cases?.year).toEqual({ marriagesAverted: 2, childrenFromLabour: 2, withdrawnFromLabour: 1, workingHoursReduced: 1 });
    // A's action was due 22/11, B's is due today.
    expect(d.cases?.due).toEqual({ dueOrOverdue: 2, overdue: 1 });
    expect(d.cases?.byMonth).toHaveLength(12);
    expect(d.cases?.byMonth[0]?.month).toBe('2025-12');
    expect(monthsOf(d.cases?.byMonth ?? [], (r) => r.opened)).toEqual({
      '2026-02': 1,
      '2026-03': 1,
      '2026-04': 1,
      '2026-10': 1,
      '2026-11': 2,
    });
    expect(monthsOf(d.cases?.byMonth ?? [], (r) => r.closed)).toEqual({ '2026-06': 1, '2026-11': 3 });

    // November's registers: Priya 12/22, Rafiq 10½/22, Sahil 15/22 below 75 %, Anjali 21/22 above.
    expect(d.attendance?.latestMonth).toBe('2026-11');
    expect(d.attendance?.latest).toEqual({ tracked: 4, regular: 1 });
    // The year: Mousumi 18/23 (78 %) and Sahil 52/66 (79 %) are regular too.
    expect(d.attendance?.year).toEqual({ tracked: 5, regular: 3 });
    expect(monthsOf(d.attendance?.byMonth ?? [], (r) => r.averagePercent)).toEqual({ '2026-09': 90.9, '2026-10': 77.8, '2026-11': 66.5 });
    expect(d.attendance?.byMonth.find((m) => m.month === '2026-11')?.children).toBe(4);
    // Priya is in case A: three children are still to be visited.
    expect(d.attendance?.worklist).toEqual({ open: 3, followedUp: 0, caseOpened: 1 });
    expect(d.attendance?.raisedByMonth).toEqual([
      { month: '2026-10', raised: 0 },
      { month: '2026-11', raised: 4 },
    ]);
    expect(d.attendance?.byReason).toEqual([
      { reason: 'low_attendance', children: 1 },
      { reason: 'absence_run', children: 1 },
      { reason: 'dropped_off', children: 1 },
      { reason: 'falling', children: 1 },
    ]);

    // Sabita and Rina in November; Laila in March too. The police met in March, the principal in November.
    expect(d.community?.month).toEqual({ womenTrained: 2, schoolOfficials: 1, panchayatOfficers: 0, policeOfficers: 0 });
    expect(d.community?.year).toEqual({ womenTrained: 3, schoolOfficials: 1, panchayatOfficers: 0, policeOfficers: 2 });
    expect(d.community?.committeesOverdue).toBe(1);
    expect(d.safetynet).toEqual({ overdueCheckIns: 1 });
    expect(d.sponsorship).toEqual({ sponsors: 1, arrearsPaise: 100_000, childrenInSponsorship: 1 });
  });

  it('gives the same numbers as the lists behind them', async () => {
    const d = await t.ok('dashboard.get', {}, t.admin);
    expect((await t.ok('cases.list', { status: 'open', dueBy: '2026-11-24' }, t.admin)).total).toBe(d.cases?.due.dueOrOverdue);
    expect((await t.ok('attendance.flags', {}, t.admin)).total).toBe(d.attendance?.worklist.open);
    expect((await t.ok('attendance.flags', { reason: 'falling' }, t.admin)).total).toBe(1);
    expect((await t.ok('migrations.worklist', { status: 'overdue' }, t.admin)).length).toBe(d.safetynet?.overdueCheckIns);
    const committees = await t.ok('committees.list', {}, t.admin);
    expect(committees.filter((c) => c.due.state === 'overdue')).toHaveLength(d.community?.committeesOverdue ?? -1);
    const due = await t.ok('sponsorships.due', {}, office.coordinator);
    expect(due.sponsorsInArrears.map((s) => s.arrearsPaise)).toEqual([d.sponsorship?.arrearsPaise]);
    const counts = await t.ok('community.counts', d.year, t.admin);
    expect(counts.communityWomenTrained).toBe(d.community?.year.womenTrained);
    const summary = await t.ok('cases.outcomeSummary', d.year, t.admin);
    expect(summary.total.byOutcome.marriage_averted).toBe(d.cases?.year.marriagesAverted);
  });

  it('gives a case worker only the figures of her own cases', async () => {
    const d = await t.ok('dashboard.get', {}, office.mitali);
    // Mitali's A, B and E: E averted in November; Sabir's C, D and F are not hers.
    const none = { childrenFromLabour: 0, withdrawnFromLabour: 0, workingHoursReduced: 0 };
    expect(d.cases?.month).toEqual({ marriagesAverted: 1, ...none });
    expect(d.cases?.year).toEqual({ marriagesAverted: 1, ...none });
    expect(d.cases?.due).toEqual({ dueOrOverdue: 2, overdue: 1 });
    expect(d.cases?.seesAll).toBe(false);
    expect(monthsOf(d.cases?.byMonth ?? [], (r) => r.opened)).toEqual({ '2026-10': 1, '2026-11': 2 });
    expect(monthsOf(d.cases?.byMonth ?? [], (r) => r.closed)).toEqual({ '2026-11': 1 });
    // No sponsorship for her role.
    expect(d.sponsorship).toBeNull();
    expect(d.community?.committeesOverdue).toBe(1);

    const sabir = await t.ok('dashboard.get', {}, office.sabir);
    expect(sabir.cases?.month).toEqual({ marriagesAverted: 1, childrenFromLabour: 1, withdrawnFromLabour: 0, workingHoursReduced: 1 });
    expect(sabir.cases?.year).toEqual({ marriagesAverted: 1, childrenFromLabour: 2, withdrawnFromLabour: 1, workingHoursReduced: 1 });
    expect(monthsOf(sabir.cases?.byMonth ?? [], (r) => r.closed)).toEqual({ '2026-06': 1, '2026-11': 2 });
    expect(sabir.cases?.due).toEqual({ dueOrOverdue: 0, overdue: 0 });
  });

  it('leaves out what a role may not see: no cases for data entry, only attendance and sponsorship for the coordinator', async () => {
    const clerk = await t.ok('dashboard.get', {}, office.clerk);
    expect(clerk.cases).toBeNull();
    expect(clerk.sponsorship).toBeNull();
    expect(clerk.attendance?.worklist.open).toBe(3);
    expect(clerk.safetynet).toEqual({ overdueCheckIns: 1 });

    const coordinator = await t.ok('dashboard.get', {}, office.coordinator);
    expect(coordinator).toMatchObject({ cases: null, community: null, safetynet: null, sponsorship: { sponsors: 1 } });
    expect(coordinator.attendance?.latest).toEqual({ tracked: 4, regular: 1 });
  });

  it('refuses a caller without a session', async () => {
    expect(await t.raw('dashboard.get', {})).toMatchObject({ ok: false });
  });
});
