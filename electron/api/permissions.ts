export const roles = ['admin', 'manager', 'case_worker', 'data_entry', 'sponsorship'] as const;
export type Role = (typeof roles)[number];

/**
 * What a method needs. `public` methods run without a session (first-run setup, login);
 * `session` needs only a logged-in user (their own password, language, logout).
 */
export type Permission =
  | 'public'
  | 'session'
  | 'users.manage'
  | 'office.manage'
  | 'register.read'
  | 'register.write'
  | 'audit.read'
  | 'backup.run'
  | 'backup.restore'
  /** Open, follow and refer cases; a case itself is visible only to its workers (see cases/access.ts). */
  | 'cases.write'
  /** See every case, assigned or not: managers and administrators. */
  | 'cases.all'
  /** Import the attendance registers schools send. */
  | 'attendance.import'
  /** See attendance, the worklist of irregular children, calendars, trends and visit lists. */
  | 'attendance.read'
  /** Assign volunteers, record home visits, keep the volunteers' register. */
  | 'worklist.write'
  /** See sponsors, sponsored children, the ledger, dues and statements. */
  | 'sponsorship.read'
  /** Record sponsors, sponsorships, money in and out, reversals. */
  | 'sponsorship.write'
  /** See the SafetyNet migration register: departures, agents, reporting points, its worklist and reports. */
  | 'safetynet.read'
  /** Record departures, check-ins and returns, agents and reporting points. */
  | 'safetynet.write'
  /** Export the register to Excel with people's names (DPDP Act 2023); without it, exports carry codes only. */
  | 'safetynet.exportNames'
  /** See committees, meetings, action points, community activities, stakeholders and their counters. */
  | 'community.read'
  /** Record committees and members, meetings, action points' follow-up, activities, stakeholders. */
  | 'community.write'
  /** Prepare, close and print the monthly report for the DCPO meeting (every case counted): managers and administrators. */
  | 'reports.monthly';

/** What every office role but the sponsorship desk does: the register, attendance, the worklist, the safety net, the community. */
const fieldWork: readonly Permission[] = [
  'register.read',
  'register.write',
  'attendance.read',
  'worklist.write',
  'safetynet.read',
  'safetynet.write',
  'community.read',
  'community.write',
];

/** A manager's part beyond field work: the audit, backups, every case, imports, the sponsorship books, names in exports, the DCPO report. */
const management: readonly Permission[] = [
  ...fieldWork,
  'audit.read',
  'backup.run',
  'cases.write',
  'cases.all',
  'attendance.import',
  'sponsorship.read',
  'safetynet.exportNames',
  'reports.monthly',
];

const grants: Record<Role, readonly Permission[]> = {
  admin: [...management, 'users.manage', 'office.manage', 'backup.restore', 'sponsorship.write'],
  manager: management,
  case_worker: [...fieldWork, 'cases.write'],
  data_entry: [...fieldWork, 'attendance.import'],
  sponsorship: ['register.read', 'attendance.read', 'sponsorship.read', 'sponsorship.write'],
};

export function roleAllows(role: Role, permission: Permission): boolean {
  if (permission === 'public' || permission === 'session') return true;
  return grants[role].includes(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return ['session', ...grants[role]];
}
