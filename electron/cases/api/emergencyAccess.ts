import { z } from 'zod';
import { emergencyOpeningsFor, openInEmergency } from '../access';
import { id } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';

/** Break-the-glass: opening a case one is not assigned to, in an emergency, and who must hear of it. */
export const emergencyAccessApi = {
  'cases.breakGlass': method({
    input: z.object({ caseId: id, reason: z.string().trim().min(10, 'errors.access.breakGlassReason').max(1000, 'errors.tooLong') }),
    permission: 'cases.write',
    handler: (ctx, input) => openInEmergency(ctx, input.caseId, input.reason),
  }),

  /** What the case's workers and the manager see on their screen: who opened which case, why, until when. */
  'cases.emergencyOpenings': method({
    input: z.object({}),
    permission: 'cases.write',
    handler: (ctx) => emergencyOpeningsFor(ctx),
  }),
} satisfies ApiArea;
