import { auditApi } from './audit';
import { authApi } from './auth';
import { backupsApi } from './backups';
import { officeApi } from './office';
import { settingsApi } from './settings';
import { setupApi } from './setup';
import { standbyApi } from './standby';
import { usersApi } from './users';

/** Setup, logging in, users, the office's details and settings, the audit log, backups and the standby PC. */
export const adminApi = [setupApi, officeApi, authApi, usersApi, settingsApi, auditApi, backupsApi, standbyApi] as const;
