import type { APIRequestContext } from '@playwright/test';
import { registerWorkbook, openDayMarks } from '../fixtures/attendance';
import { uttarBagundiActivity } from '../fixtures/community';
import {
  bagundiClub,
  girlForWork,
  kilnCase,
  meeraIyer,
  mondalFamily,
  priyaEducation,
  uttarBagundiSchool as sharedUttarBagundiSchool,
} from '../fixtures/office';
import type { ApiInput } from '../../electron/api/contract';
import { importFiles } from './helpers';
import { api, password, basirhatOffice } from './pages';

/** What a seeded office holds, by id, for the specs that visit its screens. */
export interface SeededOffice {
  schoolId: number;
  childId: number;
  caseId: number;
  sponsorId: number;
  sponsoredChildId: number;
  departureId: number;
  agentId: number;
  committeeId: number;
  meetingId: number;
}

/** The office's school, where the registers come from: the shared Uttar Bagundi school, with its head teacher and phone. */
export const uttarBagundiSchool: ApiInput<'schools.create'> = {
  ...sharedUttarBagundiSchool,
  headTeacher: 'Sri Tapan Ghosh',
  phone: '9830012345',
};

/** Class III at Uttar Bagundi FP School, whose registers the office imports. */
export const classIII = [
  { roll: 7, name: 'Priya Mondal', sex: 'F' },
  { roll: 8, name: 'Sourav Mondal', sex: 'M' },
  { roll: 12, name: 'Sk Rahim', sex: 'M' },
] as const;

type Absent = (openDay: number) => boolean;

/** Imports a month's register of Class III (preview, then commit): each pupil, in classIII's order, absent on the open days `absent` says. */
export async function importClassIII(
  r: APIRequestContext,
  url: string,
  month: string,
  absent: readonly [Absent, Absent, Absent],
): Promise<void> {
  const bytes = await registerWorkbook({
    month,
    schoolName: uttarBagundiSchool.name,
    schoolUdise: '19112300101',
    classes: [{ sheetName: 'Class III', children: classIII.map((p, i) => ({ ...p, marks: openDayMarks(month, absent[i] as Absent) })) }],
  });
  await importFiles(r, url, [{ name: `Uttar Bagundi ${month}.xlsx`, contentBase64: bytes.toString('base64') }]);
}

/**
 * An office a month into its work, filled through the API as a script would: a school with an
 * imported register, flagged children with a volunteer, an open and a closed case, a sponsor whose
 * money came in and went out to a family. Every screen then has something on it.
 */
export async function seedOffice(r: APIRequestContext, url: string): Promise<SeededOffice> {
  await api(r, url, 'setup.initialize', basirhatOffice);
  const school = await api(r, url, 'schools.create', uttarBagundiSchool);
  // Priya away after the 12th open day, Sourav every day, Rahim away the first week.
  for (const month of ['2026-09', '2026-10'] as const) await importClassIII(r, url, month, [(d) => d > 12, () => false, (d) => d <= 7]);
  const flags = await api<{ rows: { childId: number; name: string }[] }>(r, url, 'attendance.flags', {});
  const volunteer = await api(r, url, 'volunteers.create', { name: 'Sabita Das', phone: '9830011111', villages: ['Uttar Bagundi'] });
  await api(r, url, 'worklist.assign', { childIds: flags.rows.map((f) => f.childId), volunteerId: volunteer.id });
  const childId = flags.rows.find((f) => f.name.includes('Priya'))?.childId ?? flags.rows[0]?.childId ?? 0;
  await api(r, url, 'users.create', { fullName: 'Rina Das', username: 'rina', role: 'data_entry', password });
  await api(r, url, 'users.create', { fullName: 'Manju Halder', username: 'manju', role: 'case_worker', password });
  const opened = await api(r, url, 'cases.create', {
    types: ['child_marriage'],
    childIds: [childId],
    reporterKind: 'volunteer',
    reporterName: 'Sabita Das',
    reportedOn: '2026-11-20',
    summary: 'The family has fixed a groom in Hasnabad.',
    riskLevel: 'high',
    riskReason: 'Wedding date fixed',
    village: 'Uttar Bagundi',
    gramPanchayat: 'Bagundi',
    firstAction: { description: 'Home visit with the ICDS worker', dueOn: '2026-11-22' },
  });
  await api(r, url, 'cases.refer', {
    caseId: opened.id,
    authority: 'cwc',
    authorityName: 'CWC North 24 Parganas',
    contact: 'Barasat',
    referredOn: '2026-11-23',
    reason: 'Marriage of a 16-year-old girl planned for February.',
    consent: { from: 'child_and_guardian', method: 'verbal_witnessed', witness: 'Mina Das, ASHA worker' },
  });
  const closed = await api(r, url, 'cases.create', kilnCase([flags.rows.find((f) => f.name.includes('Rahim'))?.childId ?? childId]));
  await api(r, url, 'cases.close', {
    id: closed.id,
    outcome: 'withdrawn_from_work_enrolled',
    outcomeNote: 'Back in class',
    closedOn: '2026-11-24',
  });

  const sponsor = await api(r, url, 'sponsors.create', meeraIyer);
  const family = await api(r, url, 'sponsoredChildren.create', mondalFamily(childId));
  const sponsorship = await api(r, url, 'sponsorships.create', priyaEducation(sponsor.id, family.id));
  await api(r, url, 'ledger.receive', {
    sponsorId: sponsor.id,
    sponsorshipId: sponsorship.id,
    valueDate: '2026-09-05',
    amountPaise: 150_000,
    mode: 'bank_transfer',
    reference: 'UTR 0905',
    account: 'local_bank',
  });
  await api(r, url, 'ledger.disburse', {
    month: '2026-09',
    valueDate: '2026-09-10',
    items: [{ sponsoredChildId: family.id, amountPaise: 150_000, account: 'local_bank', mode: 'bank_transfer', reference: 'NEFT 09' }],
  });
  // SafetyNet: a club reports a girl leaving for work with an agent nobody knows.
  const club = await api(r, url, 'reportingPoints.create', bagundiClub);
  const departure = await api<{ id: number; agentId: number | null }>(r, url, 'migrations.create', girlForWork(club.id));
  const agent = await api(r, url, 'agents.create', { name: 'Bablu Sheikh', phones: '9830012345', village: 'Uttar Bagundi' });
  // Community work: a village committee with two members and one meeting.
  const committee = await api(r, url, 'committees.create', {
    name: 'Uttar Bagundi VLCPC',
    level: 'village',
    area: 'Uttar Bagundi',
    gramPanchayat: 'Bagundi',
    formedOn: '2026-06-15',
  });
  const pradhan = await api(r, url, 'stakeholders.create', {
    name: 'Abdul Karim',
    sex: 'male',
    category: 'panchayat_member',
    designation: 'Pradhan',
  });
  const chair = await api(r, url, 'committees.addMember', {
    committeeId: committee.id,
    person: { stakeholderId: pradhan.id },
    role: 'chairperson',
    joinedOn: '2026-06-15',
  });
  await api(r, url, 'committees.addMember', {
    committeeId: committee.id,
    person: { volunteerId: volunteer.id },
    role: 'member',
    joinedOn: '2026-06-15',
  });
  const meeting = await api(r, url, 'meetings.create', {
    committeeId: committee.id,
    heldOn: '2026-10-05',
    place: 'Club room',
    memberIds: [chair.id],
    issues: [{ text: 'A girl of class VIII has stopped coming to school', departureId: departure.id }],
    actionPoints: [{ what: 'Visit the family', who: 'Sabita Das', dueOn: '2026-10-20' }],
  });
  await api(
    r,
    url,
    'activities.create',
    uttarBagundiActivity({
      type: 'volunteer_training',
      heldOn: '2026-10-12',
      topics: ['trafficking', 'child_marriage'],
      participants: [{ volunteerId: volunteer.id }],
    }),
  );
  await api(r, url, 'admin.backupNow', {});
  return {
    schoolId: school.id,
    childId,
    caseId: opened.id,
    sponsorId: sponsor.id,
    sponsoredChildId: family.id,
    departureId: departure.id,
    agentId: agent.id,
    committeeId: committee.id,
    meetingId: meeting.id,
  };
}
