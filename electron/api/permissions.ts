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
  | 'backup.restore';

const grants: Record<Role, readonly Permission[]> = {
  admin: ['users.manage', 'office.manage', 'register.read', 'register.write', 'audit.read', 'backup.run', 'backup.restore'],
  manager: ['register.read', 'register.write', 'audit.read', 'backup.run'],
  case_worker: ['register.read', 'register.write'],
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
