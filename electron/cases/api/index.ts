import { casesApi as caseFilesApi } from './cases';
import { emergencyAccessApi } from './emergencyAccess';
import { firsApi } from './firs';
import { closingApi } from './closing';
import { outcomesApi } from './outcomes';
import { referralsApi } from './referrals';
import { timelineApi } from './timeline';

/** Case files: the case, its timeline, referrals and FIRs, the outcomes counted, and emergency openings. */
export const casesApi = [caseFilesApi, closingApi, timelineApi, referralsApi, firsApi, outcomesApi, emergencyAccessApi] as const;
