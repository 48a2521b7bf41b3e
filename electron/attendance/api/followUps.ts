import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { caseTypeForFinding, followUpFindings } from '../findings';
import { flagStatusWithCases, openCaseOf } from '../worklistStatus';
import { attendanceFlags, cases, children, followUps, users, volunteers } from '../../db/schema';
import { UserError } from '../../api/errors';
import { id, isoDate, optionalText } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';

/** "2026-11" as the office writes it: 11/2026. */
function printedMonth(month: string): string {
  return month.split('-').reverse().join('/');
}

/** Home visits: what a volunteer found when she went to a flagged child's home. */
export const followUpsApi = {
  /**
   * Records a home visit. The newest visit answering the current flag decides where the child
   * stands: a finding that is the start of a case keeps them on the worklist and offers the case
   * (unless one is already open), any other takes them off until a newer month flags them again.
   */
  'followUps.create': method({
    input: z.object({
      childId: id,
      visitDate: isoDate,
      // Taken from the volunteer when she made the visit herself.
      visitedBy: optionalText(200),
      volunteerId: id.nullish(),
      finding: z.enum(followUpFindings, 'errors.attendance.finding'),
      note: optionalText(2000),
    }),
    permission: 'worklist.write',
    handler: (ctx, input) => {
      if (input.visitDate > ctx.today) throw new UserError('invalid_input', 'errors.dateFuture', {}, { field: 'visitDate' });
      return ctx.write((w) => {
        const child = w.db.select({ code: children.childCode }).from(children).where(eq(children.id, input.childId)).get();
        if (!child) throw new UserError('not_found', 'errors.notFound', {}, { field: 'childId' }, 404);
        const flag = w.db.select().from(attendanceFlags).where(eq(attendanceFlags.childId, input.childId)).get();
        if (!flag) throw new UserError('not_flagged', 'errors.attendance.notFlagged', { child: child.code }, { field: 'childId' });
        if (input.visitDate < `${flag.month}-01`) {
          throw new UserError(
            'invalid_input',
            'errors.attendance.visitBeforeFlag',
            { month: printedMonth(flag.month) },
            { field: 'visitDate' },
          );
        }
        const volunteer = input.volunteerId ? w.db.select().from(volunteers).where(eq(volunteers.id, input.volunteerId)).get() : null;
        if (input.volunteerId && !volunteer) throw new UserError('not_found', 'errors.notFound', {}, { field: 'volunteerId' }, 404);
        const visitedBy = input.visitedBy ?? volunteer?.name;
        if (!visitedBy) throw new UserError('invalid_input', 'errors.required', {}, { field: 'visitedBy' });
        const caseId = w.db.get<{ id: number | null }>(sql`SELECT ${openCaseOf(sql`${input.childId}`)} AS id`).id;

        const created = w.db
          .insert(followUps)
          .values({
            childId: input.childId,
            visitDate: input.visitDate,
            visitedBy,
            volunteerId: volunteer?.id ?? null,
            finding: input.finding,
            note: input.note,
            caseId,
            flagMonth: flag.month,
            createdAt: ctx.now.toISOString(),
            createdBy: ctx.session.userId,
          })
          .returning({ id: followUps.id })
          .get();
        // Visits are often typed in later and out of order: the latest visit decides, not the latest typed.
        const latest = w.db
          .select({ finding: followUps.finding })
          .from(followUps)
          .where(and(eq(followUps.childId, input.childId), eq(followUps.flagMonth, flag.month)))
          .orderBy(desc(followUps.visitDate), desc(followUps.id))
          .get();
        const finding = latest?.finding ?? input.finding;
        const stored = caseTypeForFinding[finding] ? 'open' : 'followed_up';
        w.db
          .update(attendanceFlags)
          .set({ status: stored, updatedAt: ctx.now.toISOString() })
          .where(eq(attendanceFlags.childId, input.childId))
          .run();
        w.audit({
          action: 'followUps.create',
          entity: 'children',
          entityId: input.childId,
          summary: `${child.code}: ${input.finding} on ${input.visitDate} (${visitedBy})`,
          facts: { ref: child.code, finding: input.finding, visitOn: input.visitDate, visitedBy },
        });
        const caseType = caseTypeForFinding[input.finding];
        const status = w.db
          .select({ status: flagStatusWithCases() })
          .from(attendanceFlags)
          .where(eq(attendanceFlags.childId, input.childId))
          .get()?.status;
        return {
          id: created.id,
          suggestCase: caseType !== undefined && caseId === null,
          ...(caseType !== undefined && caseId === null ? { caseType } : {}),
          status: status ?? stored,
          caseId,
        };
      });
    },
  }),

  'followUps.list': method({
    input: z.object({ childId: id }),
    permission: 'attendance.read',
    handler: (ctx, input) =>
      ctx.db
        .select({
          id: followUps.id,
          visitDate: followUps.visitDate,
          visitedBy: followUps.visitedBy,
          volunteerId: followUps.volunteerId,
          volunteerName: volunteers.name,
          finding: followUps.finding,
          note: followUps.note,
          caseId: followUps.caseId,
          caseNumber: cases.caseNumber,
          flagMonth: followUps.flagMonth,
          createdAt: followUps.createdAt,
          createdByName: users.fullName,
        })
        .from(followUps)
        .leftJoin(volunteers, eq(volunteers.id, followUps.volunteerId))
        .leftJoin(cases, eq(cases.id, followUps.caseId))
        .innerJoin(users, eq(users.id, followUps.createdBy))
        .where(eq(followUps.childId, input.childId))
        .orderBy(desc(followUps.visitDate), desc(followUps.id))
        .all(),
  }),
} satisfies ApiArea;
