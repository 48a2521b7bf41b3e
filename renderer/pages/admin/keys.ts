import type { QueryClient } from '@tanstack/react-query';

/** Query keys of the administration screens; a mutation invalidates its area's `all`. */
export const usersKeys = { all: ['users'] as const };

export interface AuditFilter {
  q: string;
  from: string | null;
  to: string | null;
  page: number;
}
export const auditKeys = {
  all: ['audit'] as const,
  list: (filter: AuditFilter) => [...auditKeys.all, 'list', filter] as const,
};

export const backupKeys = { all: ['backups'] as const };

export const settingsKeys = { all: ['settings'] as const };
export const officeKeys = { all: ['office'] as const };

/** After a change to a user: the users' list and the audit log (which records it) read again. */
export async function usersChanged(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: usersKeys.all }),
    queryClient.invalidateQueries({ queryKey: auditKeys.all }),
  ]);
}
export const standbyKeys = { status: ['standby', 'status'] as const };
