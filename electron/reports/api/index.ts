import { monthlyApi } from './monthly';

/** Reports across the areas: the monthly report for the DCPO meeting. */
export const reportsApi = [monthlyApi] as const;
