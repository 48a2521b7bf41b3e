import { z } from 'zod';
import { method, type ApiArea } from '../../api/types';
import { officeAtAGlance } from '../officeAtAGlance';

/** The office at a glance: every logged-in user gets the parts of it their role may see. */
export const glanceApi = {
  'dashboard.get': method({
    input: z.object({}),
    permission: 'session',
    handler: (ctx) => officeAtAGlance(ctx),
  }),
} satisfies ApiArea;
