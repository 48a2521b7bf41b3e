import type { TFunction } from 'i18next';
import type { Me } from '../../session';

export type Role = Me['role'];

/** Every role, in the order an administrator thinks of them (most rights first). */
export const roleOrder = ['admin', 'manager', 'case_worker', 'data_entry', 'sponsorship'] as const satisfies readonly Role[];

export function roleOptions(t: TFunction): { value: Role; label: string }[] {
  return roleOrder.map((role) => ({ value: role, label: t(`common.roles.${role}`) }));
}

export function isRole(value: string | null): value is Role {
  return roleOrder.some((role) => role === value);
}
