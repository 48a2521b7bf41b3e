import { adminApi } from './admin';
import { attendanceApi } from './attendance';
import { attendanceFlagsApi } from './attendanceFlags';
import { auditApi } from './audit';
import { authApi } from './auth';
import { caseReferralsApi } from './caseReferrals';
import { caseReportsApi } from './caseReports';
import { casesApi } from './cases';
import { caseTimelineApi } from './caseTimeline';
import { childrenApi } from './children';
import { officeApi } from './office';
import { registerExportApi } from './registerExport';
import { schoolsApi } from './schools';
import { ledgerApi } from './ledger';
import { ledgerQueriesApi } from './ledgerQueries';
import { sponsoredChildrenApi } from './sponsoredChildren';
import { sponsorsApi } from './sponsors';
import { sponsorshipsApi } from './sponsorships';
import { sponsorshipReportsApi } from './sponsorshipReports';
import { setupApi } from './setup';
import type { ApiArea } from './types';
import { usersApi } from './users';
import { volunteersApi } from './volunteers';
import { worklistApi } from './worklist';

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
};

export type Registry = typeof registry;
export type MethodName = keyof Registry;
