import { and, eq, isNull, min } from 'drizzle-orm';
import { z } from 'zod';
import { UserError } from '../../api/errors';
import { id, isoDate, optionalText, recordVersion, requiredText } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';
import { committeeMeetings, committeeMembers, committees } from '../../db/schema';
import { requireVersion } from '../../db/versions';
import { committeeLevels, committeeRoles } from '../../shared/communityVocabulary';
import { actionPointRows } from '../actionPointQuery';
import { committeeName, committeeRows, memberRows } from '../committeeQuery';
import { committeesWorkbook, dueWorkbook } from '../listExports';
import { meetingRows } from '../meetingRegister';
import { personKey, personRef, resolvePerson } from '../people';

const committeeFields = z.object({
  name: requiredText(),
  level: z.enum(committeeLevels, 'errors.community.level'),
  area: requiredText(100),
  gramPanchayat: optionalText(100),
  formedOn: isoDate,
});

const listInput = z.object({
  level: z.enum(committeeLevels).optional(),
  gramPanchayat: z.string().trim().max(100).optional(),
  q: z.string().trim().max(100).optional(),
});

function oneCommittee(ctx: Parameters<typeof committeeRows>[0], committeeId: number) {
  const row = committeeRows(ctx, { id: committeeId })[0];
  if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
  return row;
}

type CommitteeFields = z.output<typeof committeeFields>;

/** A GP-level committee belongs to its own GP, so that counting one GP finds it; a block committee belongs to none. */
function gramPanchayatOf(input: CommitteeFields): string | null {
  if (input.level === 'gram_panchayat') return input.gramPanchayat ?? input.area;
  return input.level === 'block' ? null : input.gramPanchayat;
}

/** Committees by how overdue they are, then those due this period, then the rest. */
function dueOrder(ctx: Parameters<typeof committeeRows>[0], input: z.output<typeof listInput>) {
  const rank = { overdue: 0, due: 1, met: 2 } as const;
  return committeeRows(ctx, input).sort((a, b) => {
    if (a.due.state !== b.due.state) return rank[a.due.state] - rank[b.due.state];
    if (a.due.state === 'overdue' && b.due.state === 'overdue') return b.due.daysOverdue - a.due.daysOverdue;
    return a.name.localeCompare(b.name);
  });
}

/** Village, ward, GP and block child protection committees, their members over time, and when each should meet. */
export const committeesApi = {
  'committees.create': method({
    input: committeeFields,
    permission: 'community.write',
    handler: (ctx, input) => {
      if (input.formedOn > ctx.today) throw new UserError('invalid_input', 'errors.dateFuture', {}, { field: 'formedOn' });
      const gramPanchayat = gramPanchayatOf(input);
      const at = ctx.now.toISOString();
      const created = ctx.write((w) => {
        const row = w.db
          .insert(committees)
          .values({ ...input, gramPanchayat, createdBy: ctx.session.userId, createdAt: at, updatedAt: at })
          .returning({ id: committees.id })
          .get();
        w.audit({
          action: 'committees.create',
          entity: 'committees',
          entityId: row.id,
          summary: `${input.name} (${input.level}, ${input.area})`,
          facts: { name: input.name, level: input.level, area: input.area },
        });
        return row;
      });
      return oneCommittee(ctx, created.id);
    },
  }),

  /** A correction of its name, level, area, GP or formation date, over the version the form read (409 `conflict` when stale). */
  'committees.update': method({
    input: committeeFields.extend({ id, version: recordVersion }),
    permission: 'community.write',
    handler: (ctx, { id: committeeId, version, ...input }) => {
      if (input.formedOn > ctx.today) throw new UserError('invalid_input', 'errors.dateFuture', {}, { field: 'formedOn' });
      const row = { ...input, gramPanchayat: gramPanchayatOf(input) };
      ctx.write((w) => {
        requireVersion(w, 'committees', committeeId, version, () => ({ ...oneCommittee(ctx, committeeId) }));
        const before = w.db.select().from(committees).where(eq(committees.id, committeeId)).get();
        if (!before) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
        // Its meetings stay after its formation: the due meetings are counted from it.
        const firstMeeting = w.db
          .select({ heldOn: min(committeeMeetings.heldOn) })
          .from(committeeMeetings)
          .where(eq(committeeMeetings.committeeId, committeeId))
          .get()?.heldOn;
        if (firstMeeting && input.formedOn > firstMeeting)
          throw new UserError('invalid_input', 'errors.community.formedAfterMeeting', { meetingOn: firstMeeting }, { field: 'formedOn' });
        const changed = (Object.keys(row) as (keyof typeof row)[]).filter((k) => row[k] !== before[k]);
        w.db
          .update(committees)
          .set({ ...row, updatedAt: ctx.now.toISOString() })
          .where(eq(committees.id, committeeId))
          .run();
        w.audit({
          action: 'committees.update',
          entity: 'committees',
          entityId: committeeId,
          summary: `changed: ${changed.join(', ') || 'nothing'}`,
          facts: { name: input.name, fields: changed },
        });
      });
      return oneCommittee(ctx, committeeId);
    },
  }),

  'committees.list': method({
    input: listInput,
    permission: 'community.read',
    handler: (ctx, input) => committeeRows(ctx, input),
  }),

  /** A committee's page: who sits on it (and who sat), its meetings, its open action points. */
  'committees.get': method({
    input: z.object({ id }),
    permission: 'community.read',
    handler: (ctx, input) => ({
      committee: oneCommittee(ctx, input.id),
      members: memberRows(ctx, input.id),
      meetings: meetingRows(ctx, { committeeId: input.id }),
      openActionPoints: actionPointRows(ctx, { committeeId: input.id, status: 'open' }),
    }),
  }),

  'committees.addMember': method({
    input: z.object({
      committeeId: id,
      person: personRef,
      role: z.enum(committeeRoles, 'errors.community.role'),
      joinedOn: isoDate,
    }),
    permission: 'community.write',
    handler: (ctx, input) => {
      const committee = oneCommittee(ctx, input.committeeId);
      if (input.joinedOn > ctx.today) throw new UserError('invalid_input', 'errors.dateFuture', {}, { field: 'joinedOn' });
      const at = ctx.now.toISOString();
      const memberId = ctx.write((w) => {
        const person = resolvePerson(w, input.person, ctx.session.userId, at, 'person');
        const sitting = w.db
          .select()
          .from(committeeMembers)
          .where(and(eq(committeeMembers.committeeId, input.committeeId), isNull(committeeMembers.leftOn)))
          .all();
        if (sitting.some((m) => personKey(m) === personKey(person)))
          throw new UserError('already_member', 'errors.community.alreadyMember', { committee: committee.name }, { field: 'person' }, 409);
        const row = w.db
          .insert(committeeMembers)
          .values({ committeeId: input.committeeId, ...person, role: input.role, joinedOn: input.joinedOn, createdAt: at })
          .returning({ id: committeeMembers.id })
          .get();
        w.audit({
          action: 'committees.addMember',
          entity: 'committees',
          entityId: input.committeeId,
          summary: `member ${row.id} (${input.role}) from ${input.joinedOn}`,
          facts: {
            name: committee.name,
            person: memberRows(ctx, input.committeeId).find((m) => m.id === row.id)?.name ?? '',
            memberRole: input.role,
            joinedOn: input.joinedOn,
          },
        });
        return row.id;
      });
      const member = memberRows(ctx, input.committeeId).find((m) => m.id === memberId);
      if (!member) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      return member;
    },
  }),

  /** A member who leaves stays in the committee's history (and in the meetings they attended), with the day they left. */
  'committees.removeMember': method({
    input: z.object({ memberId: id, leftOn: isoDate }),
    permission: 'community.write',
    handler: (ctx, input) => {
      const member = ctx.db.select().from(committeeMembers).where(eq(committeeMembers.id, input.memberId)).get();
      if (!member) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      if (member.leftOn !== null) throw new UserError('already_left', 'errors.community.alreadyLeft', {}, { field: 'leftOn' }, 409);
      if (input.leftOn > ctx.today) throw new UserError('invalid_input', 'errors.dateFuture', {}, { field: 'leftOn' });
      if (input.leftOn < member.joinedOn)
        throw new UserError('invalid_input', 'errors.community.leftBeforeJoined', {}, { field: 'leftOn' });
      ctx.write((w) => {
        w.db.update(committeeMembers).set({ leftOn: input.leftOn }).where(eq(committeeMembers.id, input.memberId)).run();
        w.audit({
          action: 'committees.removeMember',
          entity: 'committees',
          entityId: member.committeeId,
          summary: `member ${member.id} left on ${input.leftOn}`,
          facts: {
            name: committeeName(ctx, member.committeeId),
            person: memberRows(ctx, member.committeeId).find((m) => m.id === member.id)?.name ?? '',
            leftOn: input.leftOn,
          },
        });
      });
      const row = memberRows(ctx, member.committeeId).find((m) => m.id === member.id);
      if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      return row;
    },
  }),

  /** Every committee with where it stands: overdue first (longest first), then due this period, then met. */
  'committees.due': method({
    input: listInput,
    permission: 'community.read',
    handler: (ctx, input) => dueOrder(ctx, input),
  }),

  'committees.export': method({
    input: listInput,
    permission: 'community.read',
    handler: (ctx, input) => committeesWorkbook(ctx, committeeRows(ctx, input), 'committees'),
  }),

  'committees.dueExport': method({
    input: listInput,
    permission: 'community.read',
    handler: (ctx, input) => dueWorkbook(ctx, dueOrder(ctx, input)),
  }),
} satisfies ApiArea;
