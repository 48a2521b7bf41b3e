import type { ApiInput, ApiResult, MethodName } from '../../../electron/api/contract';
import { headcounts } from '../../fixtures/community';
import { priyaMondal } from '../../fixtures/office';

/** Whoever records the fixture: the unit tests through dispatch, the screenshots through HTTP. */
export interface Recorder {
  ok<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiResult<M>>;
}
type Stakeholder = ApiInput<'stakeholders.create'>;

/**
 * A hand-counted block (today 24/11/2026): two GPs, three committees, meetings and action points,
 * four activities in July–September and one in October. The expected counters are written out in
 * the tests that use it, each with its reason.
 */
export async function communityFixture(t: Recorder) {
  const person = async (p: Stakeholder) => (await t.ok('stakeholders.create', p)).id;
  // The people of one institution: the police station's officers, the high school's staff.
  const staffOf = (institution: string) => (p: Omit<Stakeholder, 'institution'>) => person({ ...p, institution });
  const basirhatPs = staffOf('Basirhat PS');
  const khejurtalaHighSchool = staffOf('Khejurtala High School');
  const police1 = await basirhatPs({ name: 'Rakesh Das', sex: 'male', category: 'police', designation: 'Sub-Inspector' });
  const police2 = await basirhatPs({ name: 'Mita Roy', sex: 'female', category: 'police', designation: 'ASI' });
  const police3 = await basirhatPs({ name: 'Sukumar Pal', sex: 'male', category: 'police', designation: 'Constable' });
  const principal = await khejurtalaHighSchool({ name: 'Anjali Ghosh', sex: 'female', category: 'school_principal' });
  const teacher = await khejurtalaHighSchool({ name: 'Biswajit Mondal', sex: 'male', category: 'teacher' });
  const pradhan = await person({
    name: 'Abdul Karim',
    sex: 'male',
    category: 'panchayat_member',
    designation: 'Pradhan',
    gramPanchayat: 'Bagundi',
  });
  const secretary = await person({ name: 'Tapas Sen', sex: 'male', category: 'panchayat_officer', designation: 'Secretary' });
  const anganwadi = await person({ name: 'Shefali Bibi', sex: 'female', category: 'anganwadi_worker', village: 'Uttar Bagundi' });
  const volunteer = async (name: string) => (await t.ok('volunteers.create', { name, phone: null, villages: ['Uttar Bagundi'] })).id;
  const [v1, v2, v3, v4] = [
    await volunteer('Sabita Das'),
    await volunteer('Rina Khatun'),
    await volunteer('Mamata Sardar'),
    await volunteer('Laila Bibi'),
  ];
  const child = await t.ok('children.create', priyaMondal());

  const committee = async (input: ApiInput<'committees.create'>) => (await t.ok('committees.create', input)).id;
  const vlcpcA = await committee({
    name: 'Uttar Bagundi VLCPC',
    level: 'village',
    area: 'Uttar Bagundi',
    gramPanchayat: 'Bagundi',
    formedOn: '2026-06-15',
  });
  const blcpc = await committee({ name: 'Basirhat-II BLCPC', level: 'block', area: 'Basirhat-II', formedOn: '2026-01-10' });
  const vlcpcC = await committee({
    name: 'Khejurtala VLCPC',
    level: 'village',
    area: 'Khejurtala',
    gramPanchayat: 'Khejurtala',
    formedOn: '2026-08-01',
  });
  const member = async (
    committeeId: number,
    ref: ApiInput<'committees.addMember'>['person'],
    role: 'chairperson' | 'convener' | 'member',
    joinedOn: string,
  ) => (await t.ok('committees.addMember', { committeeId, person: ref, role, joinedOn })).id;
  const a = {
    chair: await member(vlcpcA, { stakeholderId: pradhan }, 'chairperson', '2026-06-15'),
    convener: await member(vlcpcA, { stakeholderId: anganwadi }, 'convener', '2026-06-15'),
    volunteer: await member(vlcpcA, { volunteerId: v1 }, 'member', '2026-06-15'),
    childRep: await member(vlcpcA, { childId: child.id }, 'member', '2026-06-15'),
    police: await member(vlcpcA, { stakeholderId: police1 }, 'member', '2026-06-15'),
  };
  const b = {
    chair: await member(blcpc, { stakeholderId: police2 }, 'chairperson', '2026-01-10'),
    secretary: await member(blcpc, { stakeholderId: secretary }, 'member', '2026-01-10'),
    principal: await member(blcpc, { stakeholderId: principal }, 'member', '2026-01-10'),
  };
  await member(vlcpcC, { stakeholderId: teacher }, 'chairperson', '2026-08-01');
  await member(vlcpcC, { volunteerId: v2 }, 'convener', '2026-08-01');
  // The child representative leaves before the October meeting: four on the roll then.
  await t.ok('committees.removeMember', { memberId: a.childRep, leftOn: '2026-09-01' });

  const july = await t.ok('meetings.create', {
    committeeId: vlcpcA,
    heldOn: '2026-07-10',
    place: 'Uttar Bagundi primary school',
    memberIds: [a.chair, a.convener, a.volunteer],
    issues: [{ text: 'A girl of class VIII has stopped coming to school; a marriage is talked of', childCodes: ['BSH-C00001'] }],
    decisions: 'The convener and the volunteer visit the family this week.',
    actionPoints: [
      { what: 'Visit the girl’s family', who: 'Shefali Bibi', dueOn: '2026-07-31' },
      { what: 'Write to the BDO about the school van', who: 'Abdul Karim', dueOn: '2026-08-31' },
    ],
  });
  const august = await t.ok('meetings.create', {
    committeeId: vlcpcA,
    heldOn: '2026-08-12',
    place: 'Panchayat office',
    memberIds: [a.chair, a.convener],
    others: [{ stakeholderId: police3 }],
    actionPoints: [{ what: 'Hold a campaign at the haat', who: 'Sabita Das', dueOn: '2026-09-15' }],
  });
  await t.ok('meetings.create', {
    committeeId: vlcpcA,
    heldOn: '2026-10-05',
    place: 'Club room',
    memberIds: [a.chair, a.convener, a.volunteer, a.police],
  });
  await t.ok('meetings.create', { committeeId: blcpc, heldOn: '2026-03-20', place: 'BDO office', memberIds: [b.chair, b.secretary] });
  const september = await t.ok('meetings.create', {
    committeeId: blcpc,
    heldOn: '2026-09-15',
    place: 'BDO office',
    memberIds: [b.chair, b.principal],
    actionPoints: [
      { what: 'Ask the police for a night patrol at the station road', who: 'Mita Roy', dueOn: '2026-10-31' },
      { what: 'Send the list of irregular children to the schools', who: 'Anjali Ghosh', dueOn: '2026-09-25' },
    ],
  });
  const point = (m: typeof july, what: string) => m.actionPoints.find((p) => p.what.startsWith(what));
  const [visit, letter, campaign, list] = [point(july, 'Visit'), point(july, 'Write'), point(august, 'Hold'), point(september, 'Send')];
  if (!visit || !letter || !campaign || !list) throw new Error('fixture: action points missing');
  await t.ok('actionPoints.update', { id: visit.id, status: 'done', closedOn: '2026-07-25', note: 'Family visited; the marriage is off' });
  await t.ok('actionPoints.update', { id: campaign.id, status: 'dropped', closedOn: '2026-09-20', note: 'The haat was closed for floods' });
  await t.ok('actionPoints.update', { id: list.id, status: 'done', closedOn: '2026-10-10', note: 'List sent to 4 schools' });

  const activity = (input: ApiInput<'activities.create'>) => t.ok('activities.create', input);
  await activity({
    type: 'volunteer_training',
    heldOn: '2026-07-20',
    village: 'uttar bagundi',
    gramPanchayat: 'Bagundi',
    topics: ['trafficking', 'child_marriage'],
    facilitators: 'Anita Sen',
    participants: [
      { volunteerId: v1 },
      { volunteerId: v2 },
      { volunteerId: v3 },
      { stakeholderId: anganwadi },
      { newPerson: { name: 'Rupa Bibi', sex: 'female', category: 'community_member', village: 'Uttar Bagundi' } },
    ],
  });
  await activity({
    type: 'volunteer_training',
    heldOn: '2026-09-02',
    village: 'Khejurtala',
    gramPanchayat: 'Khejurtala',
    facilitators: 'Anita Sen',
    participants: [{ volunteerId: v1 }, { volunteerId: v4 }],
  });
  await activity({
    type: 'sensitisation_police',
    heldOn: '2026-08-05',
    village: 'Dakshin Bagundi',
    gramPanchayat: 'Bagundi',
    topics: ['jj_act', 'pocso'],
    facilitators: 'Anita Sen, DCPU',
    participants: [{ stakeholderId: police1 }, { stakeholderId: police2 }],
    headcounts: headcounts('police', { male: 4 }),
  });
  await activity({
    type: 'sensitisation_school',
    heldOn: '2026-09-10',
    village: 'Khejurtala',
    gramPanchayat: 'khejurtala',
    facilitators: 'Anita Sen',
    participants: [{ stakeholderId: principal }, { stakeholderId: teacher }],
    headcounts: headcounts('teacher', { female: 3, male: 2 }),
  });
  await activity({
    type: 'life_skills',
    heldOn: '2026-10-15',
    village: 'Dakshin Bagundi',
    gramPanchayat: 'Bagundi',
    facilitators: 'Mitali Ghosh',
    headcounts: headcounts('child', { female: 20, male: 15 }),
  });
  return { vlcpcA, blcpc, vlcpcC, a, b, police1, police2, police3, v1, child: child.id, july, august, september, letter };
}
