import { agentsApi } from './agents';
import { migrationReportsApi } from './migrationReports';
import { migrationsApi } from './migrations';
import { migrationWorklistApi } from './migrationWorklist';
import { reportingPointsApi } from './reportingPoints';

/** SafetyNet: the community migration register, its agents, reporting points, check-ins and reports. */
export const safetynetApi = [migrationsApi, migrationWorklistApi, migrationReportsApi, agentsApi, reportingPointsApi] as const;
