import type { ApiInput } from '../../../electron/api/contract';
import { headcounts } from '../../fixtures/community';
import { registerMonth } from '../attendance/worklistSeed';
import { girlForWork, manForWork } from '../safetynet/fixture';
import { cashItem } from '../sponsorship/cashPayment';
import { userWithRole } from '../testHost';
import { octoberFixture } from './fixture';

/**
 * October 2026 of fixture.ts (today 24/11/2026) with the programmes' work of the month added, for
 * sections 5–9; every figure is counted in fieldSections.test.ts beside what it counts:
 * - sponsorship: Rupa (sponsored by Anjali from September, who never paid) and Tania (by Bikash
 *   from October, who paid ₹3,000 cash on 05/10); Rupa's family paid ₹1,500 for October on 20/10;
 * - one school, Bagundi Free Primary: Rupa absent all September and October, Kabir at 10 of 22 days
 *   in October and absent the last 12, Tania at 21 of 22; two home visits in October;
 * - SafetyNet: Rupa Khatun, 16, left alone for work on 02/10 (checked on 08/10, never again);
 *   Mousumi, 15, left with her mother on 20/10; Sakila, 15, left 10/09, found missing 05/10 and
 *   traced safe 25/10; Sahidul, 32, left 01/09 and back 15/10;
 * - two village committees formed in June: Uttar Bagundi's met on 10/10 (3 of its 4 members), with
 *   two action points (one done 20/10, one due 25/10 still open); Khejurtala's did not meet;
 * - a volunteers' training on 12/10 in Uttar Bagundi (Sabita, Rina) and a police sensitisation on
 *   18/10 in Khejurtala (SI Rakesh Das, ASI Mita Roy, and 6 constables counted by head: 5 men, 1 woman).
 */
export async function fieldFixture() {
  const base = await octoberFixture();
  const { t } = base;
  const admin = t.admin;
  const coordinator = await userWithRole(t, admin, 'ruma', 'sponsorship');
  const clerk = await userWithRole(t, admin, 'rina', 'data_entry');

  const school = await t.ok(
    'schools.create',
    { name: 'Bagundi Free Primary School', udise: '19112300101', type: 'primary', village: 'Uttar Bagundi', gramPanchayat: 'Bagundi' },
    admin,
  );
  const pupil = async (nameEn: string, sex: 'female' | 'male', village: string) =>
    t.ok('children.create', { nameEn, sex, ageYears: 11, village, gramPanchayat: 'Bagundi', schoolId: school.id, classGrade: 5 }, admin);
  const rupa = await pupil('Rupa Das', 'female', 'Uttar Bagundi');
  const tania = await pupil('Tania Mondal', 'female', 'Uttar Bagundi');
  const kabir = await pupil('Kabir Gazi', 'male', 'Khejurtala');
  registerMonth(t, { childId: rupa.id, schoolId: school.id, month: '2026-09', present: 0, open: 20 });
  registerMonth(t, { childId: rupa.id, schoolId: school.id, month: '2026-10', present: 0, open: 22 });
  registerMonth(t, { childId: tania.id, schoolId: school.id, month: '2026-09', present: 20, open: 20 });
  registerMonth(t, { childId: tania.id, schoolId: school.id, month: '2026-10', present: 21, open: 22 });
  registerMonth(t, { childId: kabir.id, schoolId: school.id, month: '2026-09', present: 20, open: 20 });
  registerMonth(t, { childId: kabir.id, schoolId: school.id, month: '2026-10', present: 10, open: 22 });
  await t.ok('attendance.recomputeFlags', {}, admin);
  const volunteer = async (name: string) => (await t.ok('volunteers.create', { name, phone: null, villages: ['Uttar Bagundi'] }, admin)).id;
  const [sabita, rina, mamata] = [await volunteer('Sabita Das'), await volunteer('Rina Khatun'), await volunteer('Mamata Sardar')];
  await t.ok('followUps.create', { childId: rupa.id, visitDate: '2026-10-22', volunteerId: sabita, finding: 'working' }, admin);
  await t.ok('followUps.create', { childId: kabir.id, visitDate: '2026-10-28', volunteerId: rina, finding: 'ill' }, admin);

  const family = async (childId: number, name: string) =>
    t.ok(
      'sponsoredChildren.create',
      { childId, guardianName: `Mother of ${name}`, guardianRelation: 'mother', payoutMethod: 'cash', monthlySupportPaise: 150_000 },
      coordinator,
    );
  const rupaFamily = await family(rupa.id, 'Rupa');
  const taniaFamily = await family(tania.id, 'Tania');
  const sponsor = (name: string) => t.ok('sponsors.create', { kind: 'individual', name, citizenship: 'indian' }, coordinator);
  const anjali = await sponsor('Anjali Ghosh');
  const bikash = await sponsor('Bikash Roy');
  const ship = (sponsorId: number, sponsoredChildId: number, startMonth: string) =>
    t.ok('sponsorships.create', { sponsorId, sponsoredChildId, purpose: 'living', monthlyPaise: 100_000, startMonth }, coordinator);
  await ship(anjali.id, rupaFamily.id, '2026-09');
  await ship(bikash.id, taniaFamily.id, '2026-10');
  await t.ok(
    'ledger.receive',
    { sponsorId: bikash.id, valueDate: '2026-10-05', amountPaise: 300_000, mode: 'cash', account: 'office_cash' },
    coordinator,
  );
  // The dues as the coordinator's screens raise them (September to November for Anjali, October and November for Bikash).
  await t.ok('ledger.raiseDues', {}, coordinator);
  await t.ok(
    'ledger.disburse',
    {
      month: '2026-10',
      valueDate: '2026-10-20',
      items: [cashItem(rupaFamily.id, 'thumbprint')],
    },
    coordinator,
  );

  const club = await t.ok(
    'reportingPoints.create',
    { kind: 'club', name: 'Bagundi Yuva Sangha', contactPerson: 'Sujit Mondal', village: 'Uttar Bagundi', gramPanchayat: 'Bagundi' },
    clerk,
  );
  const rupaKhatun = await t.ok('migrations.create', girlForWork(club.id, { leftOn: '2026-10-02' }), clerk);
  await t.ok('migrations.checkIn', { id: rupaKhatun.id, checkedOn: '2026-10-08', method: 'phone', outcome: 'safe' }, clerk);
  await t.ok(
    'migrations.create',
    girlForWork(club.id, {
      name: 'Mousumi Bibi',
      dateOfBirth: '2011-01-10',
      leftOn: '2026-10-20',
      withGuardian: true,
      destination: { state: 'Kerala', place: 'Kochi', address: 'Near the fish market, Kochi' },
    }),
    clerk,
  );
  const sakila = await t.ok(
    'migrations.create',
    girlForWork(club.id, { name: 'Sakila Khatun', dateOfBirth: '2011-02-01', leftOn: '2026-09-10', withGuardian: true }),
    clerk,
  );
  await t.ok('migrations.checkIn', { id: sakila.id, checkedOn: '2026-10-05', method: 'visit', outcome: 'missing' }, clerk);
  await t.ok('migrations.checkIn', { id: sakila.id, checkedOn: '2026-10-25', method: 'phone', outcome: 'safe' }, clerk);
  const sahidul = await t.ok('migrations.create', manForWork(club.id, { leftOn: '2026-09-01' }), clerk);
  await t.ok('migrations.recordReturn', { id: sahidul.id, returnedOn: '2026-10-15', condition: 'safe' }, clerk);

  const person = async (p: ApiInput<'stakeholders.create'>) => (await t.ok('stakeholders.create', p, admin)).id;
  const anganwadi = await person({ name: 'Shefali Bibi', sex: 'female', category: 'anganwadi_worker', village: 'Uttar Bagundi' });
  const rakesh = await person({ name: 'Rakesh Das', sex: 'male', category: 'police', designation: 'Sub-Inspector' });
  const mita = await person({ name: 'Mita Roy', sex: 'female', category: 'police', designation: 'ASI' });
  const committee = async (name: string, area: string) =>
    (await t.ok('committees.create', { name, level: 'village', area, gramPanchayat: 'Bagundi', formedOn: '2026-06-15' }, admin)).id;
  const bagundi = await committee('Uttar Bagundi VLCPC', 'Uttar Bagundi');
  await committee('Khejurtala VLCPC', 'Khejurtala');
  const member = async (person: ApiInput<'committees.addMember'>['person'], role: 'chairperson' | 'convener' | 'member') =>
    (await t.ok('committees.addMember', { committeeId: bagundi, person, role, joinedOn: '2026-06-15' }, admin)).id;
  const members = [
    await member({ stakeholderId: anganwadi }, 'chairperson'),
    await member({ volunteerId: sabita }, 'convener'),
    await member({ volunteerId: rina }, 'member'),
    await member({ volunteerId: mamata }, 'member'),
  ];
  const meeting = await t.ok(
    'meetings.create',
    {
      committeeId: bagundi,
      heldOn: '2026-10-10',
      place: 'Uttar Bagundi primary school',
      memberIds: members.slice(0, 3),
      actionPoints: [
        { what: 'Visit Rupa’s family', who: 'Sabita Das', dueOn: '2026-10-20' },
        { what: 'Write to the BDO about the school van', who: 'Shefali Bibi', dueOn: '2026-10-25' },
      ],
    },
    admin,
  );
  const points = await t.ok('actionPoints.list', { committeeId: bagundi }, admin);
  const visit = points.find((p) => p.what.startsWith('Visit'));
  await t.ok('actionPoints.update', { id: visit?.id ?? 0, status: 'done', closedOn: '2026-10-20', note: 'Family visited' }, admin);

  const where = { facilitators: 'Anita Sen', gramPanchayat: 'Bagundi' };
  await t.ok(
    'activities.create',
    {
      ...where,
      type: 'volunteer_training',
      heldOn: '2026-10-12',
      village: 'Uttar Bagundi',
      participants: [{ volunteerId: sabita }, { volunteerId: rina }],
    },
    admin,
  );
  await t.ok(
    'activities.create',
    {
      ...where,
      type: 'sensitisation_police',
      heldOn: '2026-10-18',
      village: 'Khejurtala',
      participants: [{ stakeholderId: rakesh }, { stakeholderId: mita }],
      headcounts: headcounts('police', { male: 5, female: 1 }),
    },
    admin,
  );
  return { ...base, coordinator, clerk, meetingId: meeting.id, school, pupils: { rupa, tania, kabir } };
}
