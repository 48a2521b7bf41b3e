import { officeWithAdmin, userWithRole, type Caller, type TestHost } from '../testHost';

/**
 * A hand-counted October 2026 (today 24/11/2026) in Basirhat-II: five cases by children with names,
 * the counts written beside each in the tests. Names are the ones the report must never print.
 */
/** The letterhead the report tests print the monthly report under. */
export const reportOffice = {
  organisation: 'Suraksha Trust',
  officeName: 'Basirhat-II field office',
  district: 'North 24 Parganas',
  block: 'Basirhat-II',
};

export const childNames = ['Priya Mondal', 'Rahim Sheikh', 'Salma Khatun', 'Mitali Sardar', 'Jamal Gazi'];

export async function octoberFixture(): Promise<{ t: TestHost & { admin: Caller }; manager: Caller; cases: Record<string, number> }> {
  const t = await officeWithAdmin();
  const manager = await userWithRole(t, t.admin, 'rekha', 'manager');
  const child = async (nameEn: string, sex: 'female' | 'male', dateOfBirth: string, village: string) =>
    (await t.ok('children.create', { nameEn, sex, dateOfBirth, village, gramPanchayat: 'Bagundi' }, t.admin)).id;
  const priya = await child('Priya Mondal', 'female', '2010-05-01', 'Uttar Bagundi');
  const rahim = await child('Rahim Sheikh', 'male', '2013-02-11', 'Uttar Bagundi');
  const salma = await child('Salma Khatun', 'female', '2011-08-20', 'Khejurtala');
  const mitali = await child('Mitali Sardar', 'female', '2009-12-02', 'Khejurtala');
  const jamal = await child('Jamal Gazi', 'male', '2014-03-15', 'Uttar Bagundi');
  const open = async (
    types: ('child_marriage' | 'child_labour' | 'abuse')[],
    childIds: number[],
    reportedOn: string,
    village: string,
    extra = {},
  ) =>
    (
      await t.ok(
        'cases.create',
        {
          types,
          childIds,
          reporterKind: 'volunteer',
          reporterName: 'Sabita Das',
          reportedOn,
          summary: 'Reported by the volunteer after a home visit.',
          village,
          gramPanchayat: 'Bagundi',
          riskLevel: 'high',
          riskReason: 'As reported',
          firstAction: { description: 'Home visit', dueOn: reportedOn },
          ...extra,
        },
        manager,
      )
    ).id;
  // 1: Priya's marriage, reported 03/10, averted and closed 20/10.
  const marriage = await open(['child_marriage'], [priya], '2026-10-03', 'Uttar Bagundi', { plannedMarriageOn: '2026-12-01' });
  await t.ok('cases.close', { id: marriage, outcome: 'marriage_averted', closedOn: '2026-10-20', withOpenActions: true }, manager);
  // 2: Rahim at a brick kiln, reported in September, withdrawn and enrolled 15/10.
  const kiln = await open(['child_labour'], [rahim], '2026-09-10', 'Uttar Bagundi');
  await t.ok('cases.close', { id: kiln, outcome: 'withdrawn_from_work_enrolled', closedOn: '2026-10-15', withOpenActions: true }, manager);
  // 3: Jamal's hours at the tea stall reduced, closed 28/10.
  const stall = await open(['child_labour'], [jamal], '2026-10-05', 'Uttar Bagundi');
  await t.ok('cases.close', { id: stall, outcome: 'working_hours_reduced', closedOn: '2026-10-28', withOpenActions: true }, manager);
  // 4: Salma, abuse, reported 12/10, referred to the CWC 14/10: open, before the CWC.
  const abuse = await open(['abuse'], [salma], '2026-10-12', 'Khejurtala');
  await t.ok(
    'cases.refer',
    {
      caseId: abuse,
      authority: 'cwc',
      authorityName: 'CWC North 24 Parganas',
      referredOn: '2026-10-14',
      reason: 'Care and protection',
      consent: { waiver: 'emergency', note: 'Child at risk at home' },
    },
    manager,
  );
  // 5: Mitali, child marriage reported 25/10, still open (new), planned for March at 16.
  const second = await open(['child_marriage'], [mitali], '2026-10-25', 'Khejurtala', { plannedMarriageOn: '2027-03-01' });
  // 6: opened in November: outside October altogether.
  await open(['child_labour'], [jamal], '2026-11-10', 'Uttar Bagundi');
  return { t, manager, cases: { marriage, kiln, stall, abuse, second } };
}
