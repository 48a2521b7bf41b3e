import { casesApi as caseFilesApi } from './cases';
import { outcomesApi } from './outcomes';
import { referralsApi } from './referrals';
import { timelineApi } from './timeline';

/** Case files: the case, its timeline, referrals and the outcomes counted. */
export const casesApi = [caseFilesApi, timelineApi, referralsApi, outcomesApi] as const;
