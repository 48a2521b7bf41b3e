import { auditApi } from './audit';
import { authApi } from './auth';
import { backupsApi } from './backups';
import { officeApi } from './office';
import { settingsApi } from './settings';
import { setupApi } from './setup';
import { usersApi } from './users';

/** Setup, logging in, users, the office's details and settings, the audit log and backups. */
export const adminApi = [setupApi, officeApi, authApi, usersApi, settingsApi, auditApi, backupsApi] as const;
