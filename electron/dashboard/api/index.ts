import { glanceApi } from './dashboard';

/** The home screen: the office at a glance, read from every area's own counting. */
export const dashboardApi = [glanceApi] as const;
