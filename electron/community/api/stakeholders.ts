import { z } from 'zod';
import { UserError } from '../../api/errors';
import { method, type ApiArea } from '../../api/types';
import { stakeholderCategories } from '../../shared/communityVocabulary';
import { stakeholdersWorkbook } from '../listExports';
import { insertStakeholder, stakeholderFields } from '../people';
import { stakeholderRows } from '../stakeholderQuery';

const listInput = z.object({
  category: z.enum(stakeholderCategories).optional(),
  q: z.string().trim().max(100).optional(),
});

/** The officials and institutions the office works with, and every community person met by name. */
export const stakeholdersApi = {
  'stakeholders.create': method({
    input: stakeholderFields,
    permission: 'community.write',
    handler: (ctx, input) => {
      const stakeholderId = ctx.write((w) => insertStakeholder(w, input, ctx.session.userId, ctx.now.toISOString(), 'schoolId'));
      const row = stakeholderRows(ctx, { id: stakeholderId })[0];
      if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      return row;
    },
  }),

  'stakeholders.list': method({
    input: listInput,
    permission: 'community.read',
    handler: (ctx, input) => stakeholderRows(ctx, input),
  }),

  'stakeholders.export': method({
    input: listInput,
    permission: 'community.read',
    handler: (ctx, input) => stakeholdersWorkbook(ctx, stakeholderRows(ctx, input)),
  }),
} satisfies ApiArea;
