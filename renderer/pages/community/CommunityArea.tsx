import type { Me } from '../../session';
import { ActionPointsPage } from './ActionPointsPage';
import { ActivitiesPage } from './ActivitiesPage';
import { CommitteePage } from './CommitteePage';
import { CommitteesPage } from './CommitteesPage';
import { CountsPage } from './CountsPage';
import { MeetingFormPage } from './MeetingForm';
import { MeetingPage } from './MeetingPage';
import { StakeholdersPage } from './StakeholdersPage';

/** #/community/committees[/:id[/meeting]], /meetings/:id, /action-points, /activities, /stakeholders, /counts. */
export function CommunityArea({ route, me }: { route: string[]; me: Me }) {
  const [, section, id, sub] = route;
  switch (section) {
    case 'committees':
      if (id && sub === 'meeting') return <MeetingFormPage key={id} me={me} committeeId={Number(id)} />;
      return id ? <CommitteePage key={id} me={me} id={Number(id)} /> : <CommitteesPage me={me} />;
    case 'meetings':
      return <MeetingPage key={id} me={me} id={Number(id)} />;
    case 'action-points':
      return <ActionPointsPage me={me} />;
    case 'activities':
      return <ActivitiesPage me={me} />;
    case 'stakeholders':
      return <StakeholdersPage me={me} />;
    case 'counts':
      return <CountsPage />;
    default:
      return <CommitteesPage me={me} />;
  }
}
