/** Words of the attendance screens. */
export const attendance = {};

/** Error messages of the attendance area: keys errors.attendance.*. */
export const attendanceErrors = {};

/** Audit log labels of the attendance area's actions (admin.audit.actions). */
export const attendanceAuditActions = {};
