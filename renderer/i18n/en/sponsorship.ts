/** Words of the sponsorship screens. */
export const sponsorship = {};

/** Error messages of the sponsorship area: keys errors.sponsorship.*. */
export const sponsorshipErrors = {};

/** Audit log labels of the sponsorship area's actions (admin.audit.actions). */
export const sponsorshipAuditActions = {};
