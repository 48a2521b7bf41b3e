import type { ApiInput } from '../../../electron/api/contract';
import { flaggedSchool } from '../attendance/worklistSeed';
import { girlForWork } from '../safetynet/fixture';
import { userWithRole, type Caller, type TestHost } from '../testHost';

type Office = TestHost & { admin: Caller };
type CaseInput = ApiInput<'cases.create'>;

/**
 * A hand-counted office on 24/11/2026 (the test host's clock) for the home screen:
 * - the attendance worklist of worklistSeed.ts (Priya, Mousumi, Rafiq, Sahil flagged; Anjali regular);
 * - five cases: Mitali's A (child marriage, Priya, reported 20/11, an action due 22/11: overdue) and
 *   B (child labour, Kabir, reported 05/10, an action due today) open; her E (child marriage, reported
 *   02/11) closed 23/11 as marriage averted; Sabir's C (child marriage, reported 10/03) closed 10/11 as
 *   marriage averted, D (child labour, Imran, reported 01/02) closed 15/06 withdrawn from work and
 *   F (child labour, Rohit, reported 01/04) closed 05/11 with his working hours reduced;
 * - one sponsor who never paid a sponsorship from October (October past due, November not yet);
 * - a volunteers' training on 12/11 (Sabita, Rina) and one on 05/03 (Sabita again, Laila); police
 *   sensitisation on 05/03 with SI Rakesh Das and ASI Mita Roy, a school one on 18/11 with the
 *   principal Anjali Ghosh; a village committee formed 15/06 that never met (overdue since July);
 * - a girl of 16 who left for work on 02/11 with an unknown agent, never checked on.
 */
export async function dashboardOffice(t: Office) {
  const mitali = await userWithRole(t, t.admin, 'mitali', 'case_worker');
  const sabir = await userWithRole(t, t.admin, 'sabir', 'case_worker');
  const clerk = await userWithRole(t, t.admin, 'rina', 'data_entry');
  const coordinator = await userWithRole(t, t.admin, 'ruma', 'sponsorship');
  const school = await flaggedSchool(t);
  const child = async (nameEn: string, sex: 'female' | 'male') =>
    (await t.ok('children.create', { nameEn, sex, ageYears: 13, village: 'Khejurtala', gramPanchayat: 'Khejurtala' }, t.admin)).id;
  const kabir = await child('Kabir Gazi', 'male');
  const salma = await child('Salma Khatun', 'female');
  const nasima = await child('Nasima Bibi', 'female');
  const imran = await child('Imran Mollah', 'male');
  const rohit = await child('Rohit Sardar', 'male');

  const base = (over: Partial<CaseInput> & Pick<CaseInput, 'types' | 'childIds' | 'reportedOn'>): CaseInput => ({
    reporterKind: 'volunteer',
    summary: 'Reported by the volunteer after a home visit.',
    village: 'Khejurtala',
    gramPanchayat: 'Khejurtala',
    riskLevel: 'high',
    riskReason: 'The family has fixed a date',
    ...over,
  });
  const open = (input: CaseInput, by: Caller) => t.ok('cases.create', input, by);
  const a = await open(
    base({
      types: ['child_marriage'],
      childIds: [school.priya.id],
      reportedOn: '2026-11-20',
      firstAction: { description: 'Home visit', dueOn: '2026-11-22' },
    }),
    mitali,
  );
  const b = await open(
    base({
      types: ['child_labour'],
      childIds: [kabir],
      reportedOn: '2026-10-05',
      firstAction: { description: 'Meet the brick kiln owner', dueOn: '2026-11-24' },
    }),
    mitali,
  );
  const e = await open(base({ types: ['child_marriage'], childIds: [salma], reportedOn: '2026-11-02' }), mitali);
  await t.ok('cases.close', { id: e.id, outcome: 'marriage_averted', closedOn: '2026-11-23' }, mitali);
  const c = await open(base({ types: ['child_marriage'], childIds: [nasima], reportedOn: '2026-03-10' }), sabir);
  await t.ok('cases.close', { id: c.id, outcome: 'marriage_averted', closedOn: '2026-11-10' }, sabir);
  const d = await open(base({ types: ['child_labour'], childIds: [imran], reportedOn: '2026-02-01' }), sabir);
  await t.ok('cases.close', { id: d.id, outcome: 'withdrawn_from_work_enrolled', closedOn: '2026-06-15' }, sabir);
  const f = await open(base({ types: ['child_labour'], childIds: [rohit], reportedOn: '2026-04-01' }), sabir);
  await t.ok('cases.close', { id: f.id, outcome: 'working_hours_reduced', closedOn: '2026-11-05' }, sabir);

  const family = await t.ok('children.create', { nameEn: 'Rupa Das', sex: 'female', ageYears: 9, village: 'Uttar Bagundi' }, t.admin);
  const enrolled = await t.ok(
    'sponsoredChildren.create',
    { childId: family.id, guardianName: 'Mother of Rupa', guardianRelation: 'mother', payoutMethod: 'cash', monthlySupportPaise: 150_000 },
    coordinator,
  );
  const sponsor = await t.ok('sponsors.create', { kind: 'individual', name: 'Anjali Ghosh', citizenship: 'indian' }, coordinator);
  await t.ok(
    'sponsorships.create',
    { sponsorId: sponsor.id, sponsoredChildId: enrolled.id, purpose: 'living', monthlyPaise: 100_000, startMonth: '2026-10' },
    coordinator,
  );
  const volunteer = async (name: string) => (await t.ok('volunteers.create', { name, phone: null, villages: ['Khejurtala'] }, t.admin)).id;
  const [sabita, rina, laila] = [await volunteer('Sabita Das'), await volunteer('Rina Khatun'), await volunteer('Laila Bibi')];
  const person = async (p: ApiInput<'stakeholders.create'>) => (await t.ok('stakeholders.create', p, t.admin)).id;
  const rakesh = await person({ name: 'Rakesh Das', sex: 'male', category: 'police', designation: 'Sub-Inspector' });
  const mita = await person({ name: 'Mita Roy', sex: 'female', category: 'police', designation: 'ASI' });
  const principal = await person({ name: 'Anjali Ghosh', sex: 'female', category: 'school_principal' });
  const activity = (input: ApiInput<'activities.create'>) => t.ok('activities.create', input, t.admin);
  const where = { village: 'Khejurtala', gramPanchayat: 'Khejurtala', facilitators: 'Anita Sen' };
  await activity({
    ...where,
    type: 'volunteer_training',
    heldOn: '2026-11-12',
    participants: [{ volunteerId: sabita }, { volunteerId: rina }],
  });
  await activity({
    ...where,
    type: 'volunteer_training',
    heldOn: '2026-03-05',
    participants: [{ volunteerId: sabita }, { volunteerId: laila }],
  });
  await activity({
    ...where,
    type: 'sensitisation_police',
    heldOn: '2026-03-05',
    participants: [{ stakeholderId: rakesh }, { stakeholderId: mita }],
  });
  await activity({ ...where, type: 'sensitisation_school', heldOn: '2026-11-18', participants: [{ stakeholderId: principal }] });
  await t.ok(
    'committees.create',
    { name: 'Khejurtala VLCPC', level: 'village', area: 'Khejurtala', gramPanchayat: 'Khejurtala', formedOn: '2026-06-15' },
    t.admin,
  );

  const club = await t.ok(
    'reportingPoints.create',
    { kind: 'club', name: 'Bagundi Yuva Sangha', contactPerson: 'Sujit Mondal', village: 'Uttar Bagundi', gramPanchayat: 'Bagundi' },
    clerk,
  );
  await t.ok('migrations.create', girlForWork(club.id), clerk);
  return { mitali, sabir, clerk, coordinator, school, cases: { a, b, c, d, e, f } };
}
