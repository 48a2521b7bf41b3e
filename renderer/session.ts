import { useQuery } from '@tanstack/react-query';
import { call } from './api/client';
import type { ApiResult } from '../electron/api/contract';

export type Me = NonNullable<ApiResult<'auth.me'>>;
export type PermissionName = Me['permissions'][number];

export const sessionKeys = {
  me: ['auth', 'me'] as const,
  setup: ['setup', 'status'] as const,
};

export function useMe() {
  return useQuery({ queryKey: sessionKeys.me, queryFn: () => call('auth.me', {}) });
}

export function can(me: Me | null | undefined, permission: PermissionName): boolean {
  return Boolean(me?.permissions.includes(permission));
}
