import { adminApi } from '../admin/api/backups';
import { attendanceApi } from '../attendance/api/imports';
import { attendanceFlagsApi } from '../attendance/api/flags';
import { auditApi } from '../admin/api/audit';
import { authApi } from '../admin/api/auth';
import { caseReferralsApi } from '../cases/api/referrals';
import { caseReportsApi } from '../cases/api/outcomes';
import { casesApi } from '../cases/api/cases';
import { caseTimelineApi } from '../cases/api/timeline';
import { childrenApi } from '../register/api/children';
import { officeApi } from '../admin/api/office';
import { registerExportApi } from '../register/api/exports';
import { schoolsApi } from '../register/api/schools';
import { ledgerApi } from '../sponsorship/api/ledger';
import { ledgerQueriesApi } from '../sponsorship/api/ledgerReads';
import { sponsoredChildrenApi } from '../sponsorship/api/sponsoredChildren';
import { sponsorsApi } from '../sponsorship/api/sponsors';
import { sponsorshipsApi } from '../sponsorship/api/sponsorships';
import { sponsorshipReportsApi } from '../sponsorship/api/statements';
import { setupApi } from '../admin/api/setup';
import type { ApiArea } from './types';
import { actionPointsApi } from '../community/api/actionPoints';
import { activitiesApi } from '../community/api/activities';
import { committeesApi } from '../community/api/committees';
import { communityApi } from '../community/api/community';
import { meetingsApi } from '../community/api/meetings';
import { stakeholdersApi } from '../community/api/stakeholders';
import { usersApi } from '../admin/api/users';
import { volunteersApi } from '../attendance/api/volunteers';
import { worklistApi } from '../attendance/api/worklist';

const areas = [
  setupApi,
  authApi,
  usersApi,
  schoolsApi,
  childrenApi,
  registerExportApi,
  casesApi,
  caseTimelineApi,
  caseReferralsApi,
  caseReportsApi,
  adminApi,
  auditApi,
  sponsorsApi,
  sponsoredChildrenApi,
  sponsorshipsApi,
  ledgerApi,
  ledgerQueriesApi,
  volunteersApi,
  worklistApi,
  attendanceApi,
  attendanceFlagsApi,
  sponsorshipReportsApi,
  committeesApi,
  meetingsApi,
  actionPointsApi,
  activitiesApi,
  stakeholdersApi,
  communityApi,
] as const;

function assertUniqueNames(list: readonly ApiArea[]): void {
  const seen = new Set<string>();
  for (const area of list) {
    for (const name of Object.keys(area)) {
      if (seen.has(name)) throw new Error(`API method ${name} is defined twice`);
      seen.add(name);
    }
  }
}
assertUniqueNames(areas);

/** Every API method by name; both transports and the typed renderer client derive from this. */
export const registry = {
  ...setupApi,
  ...officeApi,
  ...authApi,
  ...usersApi,
  ...schoolsApi,
  ...childrenApi,
  ...registerExportApi,
  ...casesApi,
  ...caseTimelineApi,
  ...caseReferralsApi,
  ...caseReportsApi,
  ...adminApi,
  ...auditApi,
  ...sponsorsApi,
  ...sponsoredChildrenApi,
  ...sponsorshipsApi,
  ...ledgerApi,
  ...ledgerQueriesApi,
  ...volunteersApi,
  ...worklistApi,
  ...attendanceApi,
  ...attendanceFlagsApi,
  ...sponsorshipReportsApi,
  ...committeesApi,
  ...meetingsApi,
  ...actionPointsApi,
  ...activitiesApi,
  ...stakeholdersApi,
  ...communityApi,
};

export type Registry = typeof registry;
export type MethodName = keyof Registry;
