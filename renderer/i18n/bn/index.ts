import type { Catalogue } from '../en';
import { admin } from './admin';
import { attendance } from './attendance';
import { cases } from './cases';
import { common } from './common';
import { errors } from './errors';
import { register } from './register';
import { sponsorship } from './sponsorship';
import { safetynet } from './safetynet';

/** The Bengali catalogue: the type makes a key missing here (or misspelt) a compile error. */
import { community } from './community';
import { dashboard } from './dashboard';
import { auditFacts } from './auditFacts';
import { monthlyReport } from './monthlyReport';
import { conflicts } from './conflicts';
import { devices } from './devices';

export const bn: Catalogue = {
  common,
  errors,
  admin,
  register,
  cases,
  attendance,
  sponsorship,
  safetynet,
  community,
  dashboard,
  auditFacts,
  monthlyReport,
  conflicts,
  devices,
};
