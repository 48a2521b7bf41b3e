import type { ApiInput } from '../../../electron/api/contract';

export { girlForWork } from '../../fixtures/office';
import { bagundiClub } from '../../fixtures/office';
import { officeWithAdmin, userWithRole, type Caller, type TestHost } from '../testHost';

export interface SafetynetOffice {
  office: TestHost & { admin: Caller };
  worker: Caller;
  clerk: Caller;
  coordinator: Caller;
  club: { id: number };
}

/** An office with a case worker, a data-entry clerk, a sponsorship coordinator and one club that reports. */
export async function safetynetOffice(): Promise<SafetynetOffice> {
  const office = await officeWithAdmin();
  const worker = await userWithRole(office, office.admin, 'mitali', 'case_worker');
  const clerk = await userWithRole(office, office.admin, 'rina', 'data_entry');
  const coordinator = await userWithRole(office, office.admin, 'tapas', 'sponsorship');
  const club = await office.ok('reportingPoints.create', bagundiClub, clerk);
  return { office, worker, clerk, coordinator, club };
}

/** An adult man leaving for work with his brother, arranged by the family, address known: no red flag. */
export function manForWork(reportingPointId: number, over: Partial<ApiInput<'migrations.create'>> = {}): ApiInput<'migrations.create'> {
  return {
    reportingPointId,
    name: 'Sahidul Gazi',
    sex: 'male',
    ageYears: 32,
    village: 'Uttar Bagundi',
    gramPanchayat: 'Bagundi',
    leftOn: '2026-11-05',
    purpose: 'work',
    withGuardian: true,
    arrangedBy: 'family',
    familyKnows: 'yes',
    familyAgreed: 'yes',
    destination: { state: 'Kerala', place: 'Kochi', address: 'Near the fish market, Kochi' },
    ...over,
  };
}
