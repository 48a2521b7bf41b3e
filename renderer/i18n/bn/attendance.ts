import type { AreaCatalogue } from '../en';
import type { attendanceAuditActions as english } from '../en/attendance';

export const attendance: AreaCatalogue<'attendance'> = {};

export const attendanceErrors: AreaCatalogue<'errors'>['attendance'] = {};

export const attendanceAuditActions: Record<keyof typeof english, string> = {};
