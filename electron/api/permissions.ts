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

const grants: Record<Role, readonly Permission[]> = {
  admin: [
    'users.manage',
    'office.manage',
    'register.read',
    'register.write',
    'audit.read',
    'backup.run',
    'backup.restore',
    'cases.write',
    'cases.all',
    'attendance.import',
    'attendance.read',
    'worklist.write',
    'sponsorship.read',
    'sponsorship.write',
    'safetynet.read',
    'safetynet.write',
    'safetynet.exportNames',
    'community.read',
    'community.write',
    'reports.monthly',
  ],
  manager: [
    'register.read',
    'register.write',
    'audit.read',
    'backup.run',
    'cases.write',
    'cases.all',
    'attendance.import',
    'attendance.read',
    'worklist.write',
    'sponsorship.read',
    'safetynet.read',
    'safetynet.write',
    'safetynet.exportNames',
    'community.read',
    'community.write',
    'reports.monthly',
  ],
  case_worker: [
    'register.read',
    'register.write',
    'cases.write',
    'attendance.read',
    'worklist.write',
    'safetynet.read',
    'safetynet.write',
    'community.read',
    'community.write',
  ],
  data_entry: [
    'register.read',
    'register.write',
    'attendance.import',
    'attendance.read',
    'worklist.write',
    'safetynet.read',
    'safetynet.write',
    'community.read',
    'community.write',
  ],
  sponsorship: ['register.read', 'attendance.read', 'sponsorship.read', 'sponsorship.write'],
};

export function roleAllows(role: Role, permission: Permission): boolean {
  if (permission === 'public' || permission === 'session') return true;
  return grants[role].includes(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return ['session', ...grants[role]];
}
