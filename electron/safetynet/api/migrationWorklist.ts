import { desc, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { departures } from '../../db/schema';
import { id } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';
import { departurePlaces } from '../departureList';
import { refreshOverdueReturns } from '../rescore';
import { goneWithNoReport, safetynetWorklist, worklistInput } from '../worklist';

/** Who is due a check-in, who has gone from school with no report, and which children of a list have left. */
export const migrationWorklistApi = {
  'migrations.worklist': method({
    input: worklistInput,
    permission: 'safetynet.read',
    handler: (ctx, input) => {
      refreshOverdueReturns(ctx);
      return safetynetWorklist(ctx, input);
    },
  }),

  'migrations.goneWithNoReport': method({
    input: z.object({ gramPanchayat: z.string().trim().max(200).optional(), village: z.string().trim().max(200).optional() }),
    permission: 'safetynet.read',
    handler: (ctx, input) => goneWithNoReport(ctx.sqlite, input),
  }),

  /** The latest departure of each of these register children, for the attendance worklist and the child's page. */
  'migrations.ofChildren': method({
    input: z.object({ childIds: z.array(id).max(5000) }),
    permission: 'safetynet.read',
    handler: (ctx, input) => {
      if (input.childIds.length === 0) return [];
      const rows = ctx.db
        .select({
          id: departures.id,
          childId: departures.childId,
          leftOn: departures.leftOn,
          purpose: departures.purpose,
          destState: departures.destState,
          destPlace: departures.destPlace,
          level: departures.level,
          returnedOn: departures.returnedOn,
        })
        .from(departures)
        .where(inArray(departures.childId, [...new Set(input.childIds)]))
        .orderBy(desc(departures.leftOn), desc(departures.id))
        .all();
      const latest = new Map<number, (typeof rows)[number]>();
      for (const row of rows) if (row.childId !== null && !latest.has(row.childId)) latest.set(row.childId, row);
      return [...latest.values()];
    },
  }),

  'migrations.places': method({
    input: z.object({}),
    permission: 'safetynet.read',
    handler: (ctx) => departurePlaces(ctx),
  }),
} satisfies ApiArea;
