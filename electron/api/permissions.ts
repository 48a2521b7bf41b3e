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
  | 'cases.all';

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
  ],
  manager: ['register.read', 'register.write', 'audit.read', 'backup.run', 'cases.write', 'cases.all'],
  case_worker: ['register.read', 'register.write', 'cases.write'],
  data_entry: ['register.read', 'register.write'],
  sponsorship: ['register.read'],
};

export function roleAllows(role: Role, permission: Permission): boolean {
  if (permission === 'public' || permission === 'session') return true;
  return grants[role].includes(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return ['session', ...grants[role]];
}
