import { sponsorships } from '../db/schema';

/** A sponsorship's terms and where it stands, as every list of sponsorships shows them (a sponsor's, a child's, the register). */
export const sponsorshipTermsColumns = {
  purpose: sponsorships.purpose,
  monthlyPaise: sponsorships.monthlyPaise,
  startMonth: sponsorships.startMonth,
  plannedEnd: sponsorships.plannedEnd,
  plannedEndApproximate: sponsorships.plannedEndApproximate,
  status: sponsorships.status,
  statusReasonKind: sponsorships.statusReasonKind,
  statusReason: sponsorships.statusReason,
};
