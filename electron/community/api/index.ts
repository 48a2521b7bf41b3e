import { actionPointsApi } from './actionPoints';
import { activitiesApi } from './activities';
import { committeesApi } from './committees';
import { communityApi as countersApi } from './community';
import { meetingsApi } from './meetings';
import { stakeholdersApi } from './stakeholders';

/** Community work: child protection committees, their meetings and action points, activities, the officials we work with. */
export const communityApi = [committeesApi, meetingsApi, actionPointsApi, activitiesApi, stakeholdersApi, countersApi] as const;
