import type { AreaCatalogue } from '../en';
import type { sponsorshipAuditActions as english } from '../en/sponsorship';

export const sponsorship: AreaCatalogue<'sponsorship'> = {};

export const sponsorshipErrors: AreaCatalogue<'errors'>['sponsorship'] = {};

export const sponsorshipAuditActions: Record<keyof typeof english, string> = {};
