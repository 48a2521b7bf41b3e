import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { UserError } from '../../api/errors';
import { id, isoDate, optionalText } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';
import { actionPoints, committeeMeetings } from '../../db/schema';
import { actionPointStatuses } from '../../shared/communityVocabulary';
import { actionPointRows } from '../actionPointQuery';
import { committeeName } from '../committeeQuery';
import { actionPointsWorkbook } from '../listExports';

const listInput = z.object({
  status: z.enum([...actionPointStatuses, 'overdue']).optional(),
  committeeId: id.optional(),
});

/** Following up a committee's action points: done (when, what was done), dropped (why), or open again. */
export const actionPointsApi = {
  'actionPoints.update': method({
    input: z.object({
      id,
      status: z.enum(actionPointStatuses, 'errors.community.pointStatus'),
      closedOn: isoDate.optional(),
      note: optionalText(2000),
    }),
    permission: 'community.write',
    handler: (ctx, input) => {
      const point = ctx.db.select().from(actionPoints).where(eq(actionPoints.id, input.id)).get();
      if (!point) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      const meeting = ctx.db.select().from(committeeMeetings).where(eq(committeeMeetings.id, point.meetingId)).get();
      if (!meeting) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      const closedOn = input.status === 'open' ? null : (input.closedOn ?? ctx.today);
      if (input.status !== 'open') {
        if (input.note === null)
          throw new UserError(
            'invalid_input',
            input.status === 'done' ? 'errors.community.whatWasDone' : 'errors.community.dropReason',
            {},
            { field: 'note' },
          );
        if (closedOn !== null && closedOn > ctx.today) throw new UserError('invalid_input', 'errors.dateFuture', {}, { field: 'closedOn' });
        if (closedOn !== null && closedOn < meeting.heldOn)
          throw new UserError('invalid_input', 'errors.community.closedBeforeMeeting', {}, { field: 'closedOn' });
      }
      ctx.write((w) => {
        w.db
          .update(actionPoints)
          .set({
            status: input.status,
            closedOn,
            closingNote: input.status === 'open' ? null : input.note,
            updatedBy: ctx.session.userId,
            updatedAt: ctx.now.toISOString(),
          })
          .where(eq(actionPoints.id, input.id))
          .run();
        w.audit({
          action: 'actionPoints.update',
          entity: 'committees',
          entityId: point.committeeId,
          summary: `action point ${point.id}: ${point.status} → ${input.status}${closedOn ? ` on ${closedOn}` : ''}`,
          facts: {
            name: committeeName(ctx, point.committeeId),
            what: point.what,
            pointStatus: input.status,
            closedOn,
            variant: closedOn ? 'closed' : null,
          },
        });
      });
      const row = actionPointRows(ctx, { meetingId: point.meetingId }).find((p) => p.id === point.id);
      if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      return row;
    },
  }),

  /** Action points across committees; `overdue`: open with their date passed, the longest overdue first. */
  'actionPoints.list': method({
    input: listInput,
    permission: 'community.read',
    handler: (ctx, input) => actionPointRows(ctx, input),
  }),

  'actionPoints.export': method({
    input: listInput,
    permission: 'community.read',
    handler: (ctx, input) => actionPointsWorkbook(ctx, actionPointRows(ctx, input)),
  }),
} satisfies ApiArea;
