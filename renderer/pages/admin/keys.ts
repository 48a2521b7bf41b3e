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
/** The banner's status is asked before login too; the card's (with the folder, for administrators) after it. */
export const standbyKeys = { all: ['standby'] as const, status: ['standby', 'status'] as const, card: ['standby', 'card'] as const };
