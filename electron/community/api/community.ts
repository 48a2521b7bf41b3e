import { z } from 'zod';
import { UserError } from '../../api/errors';
import { isoDate } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';
import { communityCounts } from '../counts';

/** The seeds' counters, live, for any period and for the block or one Gram Panchayat. */
export const communityApi = {
  'community.counts': method({
    input: z.object({ from: isoDate, to: isoDate, gramPanchayat: z.string().trim().max(100).optional() }),
    permission: 'community.read',
    handler: (ctx, input) => {
      if (input.to < input.from) throw new UserError('invalid_input', 'errors.rangeOrder', {}, { field: 'to' });
      return communityCounts(ctx.sqlite, ctx.host.settings, input, ctx.today);
    },
  }),

  /** The Gram Panchayats the community work names, for the counters' choice of GP. */
  'community.gramPanchayats': method({
    input: z.object({}),
    permission: 'community.read',
    handler: (ctx) =>
      ctx.sqlite
        .prepare(
          `SELECT gp FROM (SELECT trim(gram_panchayat) AS gp FROM committees UNION SELECT trim(gram_panchayat) FROM community_activities)
           WHERE gp IS NOT NULL AND gp <> '' GROUP BY lower(gp) ORDER BY lower(gp)`,
        )
        .pluck()
        .all() as string[],
  }),
} satisfies ApiArea;
