import type { Me } from '../../session';
import { DisbursementPage } from './DisbursementPage';
import { DuePage } from './DuePage';
import { LedgerPage } from './LedgerPage';
import { isMonth } from './months';
import { SponsoredChildPage } from './SponsoredChildPage';
import { SponsoredChildrenPage } from './SponsoredChildrenPage';
import { SponsorPage } from './SponsorPage';
import { SponsorsPage } from './SponsorsPage';
import { SponsorshipReportsPage } from './ReportsPage';

function positive(text: string | undefined): number | undefined {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * The sponsorship screens under #/sponsorship: due (the coordinator's start, #/sponsorship/due/2026-09
 * for a past month), sponsors (/3 one sponsor), children (/5 one family), payments (the month's batch),
 * ledger, reports.
 */
export function SponsorshipArea({ route, me }: { route: string[]; me: Me }) {
  const [, screen, param] = route;
  const id = positive(param);
  switch (screen) {
    case 'sponsors':
      return id ? <SponsorPage key={id} id={id} me={me} /> : <SponsorsPage me={me} />;
    case 'children':
      return id ? <SponsoredChildPage key={id} id={id} me={me} /> : <SponsoredChildrenPage me={me} />;
    case 'payments':
      return <DisbursementPage key={param ?? 'current'} month={isMonth(param) ? param : null} me={me} />;
    case 'ledger':
      return <LedgerPage me={me} />;
    case 'reports':
      return <SponsorshipReportsPage me={me} />;
    default:
      return <DuePage month={isMonth(param) ? param : null} />;
  }
}
