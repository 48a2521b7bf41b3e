import { flagsApi } from './flags';
import { followUpsApi } from './followUps';
import { importsApi } from './imports';
import { volunteersApi } from './volunteers';
import { worklistApi } from './worklist';

/** School attendance: imports of the registers, the flags, the worklist, home visits and volunteers. */
export const attendanceApi = [importsApi, flagsApi, worklistApi, followUpsApi, volunteersApi] as const;
