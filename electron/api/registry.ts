import { adminApi } from './admin';
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
import { setupApi } from './setup';
import type { ApiArea } from './types';
import { usersApi } from './users';

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
};

export type Registry = typeof registry;
export type MethodName = keyof Registry;
