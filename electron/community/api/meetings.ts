import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { canSeeCase } from '../../cases/access';
import { UserError } from '../../api/errors';
import { id, isoDate, optionalText, requiredText } from '../../api/fields';
import { method, type ApiArea, type AuthedCtx } from '../../api/types';
import {
  actionPoints,
  cases,
  children,
  committeeMeetings,
  committeeMembers,
  committees,
  departures,
  meetingAttendees,
  meetingIssueChildren,
  meetingIssues,
} from '../../db/schema';
import type { StoredAttachment } from '../../cases/attachments';
import { checkedUpload, recordingStored } from '../../cases/attachments';
import { sheetColumns, sheetUpload, storeSheet } from '../attendanceSheet';
import { meetingsWorkbook } from '../listExports';
import { committeeName } from '../committeeQuery';
import { meetingDetail } from '../meetingQuery';
import { meetingRows } from '../meetingRegister';
import { meetingsRegisterPdf, minutesPdf } from '../minutesDocuments';
import { personKey, personRef, resolvePerson, type PersonColumns } from '../people';
import { hasQuorum, onRollOn, quorumRequired } from '../quorum';

const issueInput = z.object({
  text: requiredText(2000),
  /** Children named by their register code (BSH-C00042), never by name. */
  childCodes: z.array(z.string().trim().min(1).max(40)).max(50).default([]),
  caseNumber: optionalText(40),
  /** A departure in the SafetyNet migration register. */
  departureId: id.nullish().transform((v) => v ?? null),
});

const actionPointInput = z.object({ what: requiredText(1000), who: requiredText(200), dueOn: isoDate });

const createInput = z.object({
  committeeId: id,
  heldOn: isoDate,
  place: requiredText(200),
  /** The members ticked present. */
  memberIds: z.array(id).default([]),
  /** Others present: someone from a register, or a new person by name and category. */
  others: z.array(personRef).max(200).default([]),
  issues: z.array(issueInput).max(50).default([]),
  decisions: optionalText(8000),
  actionPoints: z.array(actionPointInput).max(50).default([]),
  attendanceSheet: sheetUpload.optional(),
});

const registerInput = z.object({
  committeeId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  gramPanchayat: z.string().trim().max(100).optional(),
});

function requireMeeting(ctx: AuthedCtx, meetingId: number) {
  const detail = meetingDetail(ctx, meetingId);
  if (!detail) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
  return detail;
}

/** The case an issue names, found by its number; one the user may not see is refused at the field, not revealed. */
function linkedCaseId(ctx: AuthedCtx, caseNumber: string | null, field: string): number | null {
  if (caseNumber === null) return null;
  const row = ctx.db.select({ id: cases.id }).from(cases).where(eq(cases.caseNumber, caseNumber.toUpperCase())).get();
  if (!row || !canSeeCase(ctx, row.id)) throw new UserError('case_not_found', 'errors.community.caseNotFound', { caseNumber }, { field });
  return row.id;
}

/** The SafetyNet departure an issue names; one that is not in the register is refused at the field. */
function linkedDepartureId(ctx: AuthedCtx, departureId: number | null, field: string): number | null {
  if (departureId === null) return null;
  const row = ctx.db.select({ id: departures.id }).from(departures).where(eq(departures.id, departureId)).get();
  if (!row) throw new UserError('departure_not_found', 'errors.community.departureNotFound', { number: departureId }, { field });
  return row.id;
}

function childIdsByCode(ctx: AuthedCtx, codes: string[], field: string): number[] {
  const wanted = [...new Set(codes.map((c) => c.toUpperCase()))];
  if (!wanted.length) return [];
  const found = ctx.db
    .select({ id: children.id, code: children.childCode })
    .from(children)
    .where(inArray(children.childCode, wanted))
    .all();
  const missing = wanted.find((c) => !found.some((f) => f.code === c));
  if (missing) throw new UserError('child_not_found', 'errors.community.childCodeNotFound', { code: missing }, { field });
  return found.map((f) => f.id);
}

/** A committee's meetings: who came, whether it had its quorum, the issues, decisions and action points; the minutes as PDF. */
export const meetingsApi = {
  'meetings.create': method({
    input: createInput,
    permission: 'community.write',
    handler: (ctx, input) => {
      const committee = ctx.db.select().from(committees).where(eq(committees.id, input.committeeId)).get();
      if (!committee) throw new UserError('not_found', 'errors.notFound', {}, { field: 'committeeId' }, 404);
      if (input.heldOn > ctx.today) throw new UserError('invalid_input', 'errors.dateFuture', {}, { field: 'heldOn' });
      if (input.heldOn < committee.formedOn)
        throw new UserError('invalid_input', 'errors.community.meetingBeforeFormed', {}, { field: 'heldOn' });
      input.actionPoints.forEach((p, i) => {
        if (p.dueOn < input.heldOn)
          throw new UserError('invalid_input', 'errors.community.dueBeforeMeeting', {}, { field: `actionPoints.${i}.dueOn` });
      });
      const onRoll = ctx.db
        .select()
        .from(committeeMembers)
        .where(eq(committeeMembers.committeeId, committee.id))
        .all()
        .filter((m) => onRollOn(m, input.heldOn));
      const present = new Set(input.memberIds);
      for (const memberId of present) {
        if (!onRoll.some((m) => m.id === memberId))
          throw new UserError('not_member', 'errors.community.notMemberThen', {}, { field: 'memberIds' });
      }
      const issues = input.issues.map((issue, i) => ({
        ...issue,
        childIds: childIdsByCode(ctx, issue.childCodes, `issues.${i}.childCodes`),
        caseId: linkedCaseId(ctx, issue.caseNumber, `issues.${i}.caseNumber`),
        departureId: linkedDepartureId(ctx, issue.departureId, `issues.${i}.departureId`),
      }));
      const bytes = input.attendanceSheet ? checkedUpload(input.attendanceSheet, 'attendanceSheet') : null;
      const at = ctx.now.toISOString();
      const stored: StoredAttachment | null =
        bytes && input.attendanceSheet ? storeSheet(ctx.host.options.dataDir, input.attendanceSheet.fileName, bytes) : null;
      const meetingId = recordingStored(ctx.host.options.dataDir, stored, () =>
        ctx.write((w) => {
          // A member added again as "other" is the member present; anyone else is counted once.
          const attendees = new Map<string, PersonColumns & { memberId: number | null }>();
          for (const m of onRoll.filter((m) => present.has(m.id))) attendees.set(personKey(m), { ...m, memberId: m.id });
          input.others.forEach((ref, i) => {
            const person = resolvePerson(w, ref, ctx.session.userId, at, `others.${i}`);
            const key = personKey(person);
            const member = onRoll.find((m) => personKey(m) === key);
            if (member) present.add(member.id);
            if (!attendees.has(key)) attendees.set(key, { ...person, memberId: member?.id ?? null });
          });
          const required = quorumRequired(onRoll.length, ctx.host.settings.cpcQuorumPercent);
          const meeting = w.db
            .insert(committeeMeetings)
            .values({
              committeeId: committee.id,
              heldOn: input.heldOn,
              place: input.place,
              membersOnRoll: onRoll.length,
              membersPresent: present.size,
              quorumRequired: required,
              quorate: hasQuorum(onRoll.length, present.size, ctx.host.settings.cpcQuorumPercent),
              decisions: input.decisions,
              ...(stored ? sheetColumns(stored) : {}),
              createdBy: ctx.session.userId,
              createdAt: at,
            })
            .returning({ id: committeeMeetings.id })
            .get();
          for (const a of attendees.values()) {
            w.db
              .insert(meetingAttendees)
              .values({
                meetingId: meeting.id,
                memberId: a.memberId,
                stakeholderId: a.stakeholderId,
                volunteerId: a.volunteerId,
                childId: a.childId,
              })
              .run();
          }
          issues.forEach((issue, position) => {
            const row = w.db
              .insert(meetingIssues)
              .values({ meetingId: meeting.id, position, text: issue.text, caseId: issue.caseId, departureId: issue.departureId })
              .returning({ id: meetingIssues.id })
              .get();
            for (const childId of new Set(issue.childIds)) w.db.insert(meetingIssueChildren).values({ issueId: row.id, childId }).run();
          });
          for (const p of input.actionPoints) {
            w.db
              .insert(actionPoints)
              .values({ meetingId: meeting.id, committeeId: committee.id, ...p, createdAt: at, updatedAt: at })
              .run();
          }
          w.audit({
            action: 'meetings.create',
            entity: 'committees',
            entityId: committee.id,
            summary: `meeting ${meeting.id} on ${input.heldOn}: ${present.size}/${onRoll.length} members, ${attendees.size} present, ${issues.length} issues, ${input.actionPoints.length} action points`,
            facts: {
              name: committee.name,
              heldOn: input.heldOn,
              membersPresent: present.size,
              membersOnRoll: onRoll.length,
              count: attendees.size,
              issues: issues.length,
              actionPoints: input.actionPoints.length,
            },
          });
          return meeting.id;
        }),
      );
      return requireMeeting(ctx, meetingId);
    },
  }),

  'meetings.get': method({
    input: z.object({ id }),
    permission: 'community.read',
    handler: (ctx, input) => requireMeeting(ctx, input.id),
  }),

  'meetings.list': method({
    input: registerInput,
    permission: 'community.read',
    handler: (ctx, input) => meetingRows(ctx, input),
  }),

  /**
   * Attaches (or replaces) the photo of the signed attendance sheet. A replaced file stays in the
   * attachments folder: files there are never changed or removed, so an older backup still finds it.
   */
  'meetings.attachSheet': method({
    input: z.object({ meetingId: id, sheet: sheetUpload }),
    permission: 'community.write',
    handler: (ctx, input) => {
      const before = ctx.db.select().from(committeeMeetings).where(eq(committeeMeetings.id, input.meetingId)).get();
      if (!before) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      const bytes = checkedUpload(input.sheet, 'sheet');
      const stored = storeSheet(ctx.host.options.dataDir, input.sheet.fileName, bytes);
      recordingStored(ctx.host.options.dataDir, stored, () =>
        ctx.write((w) => {
          w.db.update(committeeMeetings).set(sheetColumns(stored)).where(eq(committeeMeetings.id, input.meetingId)).run();
          w.audit({
            action: 'meetings.attachSheet',
            entity: 'committees',
            entityId: before.committeeId,
            summary: `meeting ${before.id}: ${stored.fileName} (${stored.sha256.slice(0, 12)})`,
            facts: { name: committeeName(ctx, before.committeeId), heldOn: before.heldOn, fileName: stored.fileName },
          });
        }),
      );
      return requireMeeting(ctx, input.meetingId);
    },
  }),

  'meetings.sheet': method({
    input: z.object({ meetingId: id }),
    permission: 'community.read',
    handler: (ctx, input) => {
      const row = ctx.db.select().from(committeeMeetings).where(eq(committeeMeetings.id, input.meetingId)).get();
      if (!row?.sheetStoredPath || !row.sheetFileName || !row.sheetMimeType)
        throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      let content: Buffer;
      try {
        content = readFileSync(join(ctx.host.options.dataDir, row.sheetStoredPath));
      } catch {
        throw new UserError('attachment_missing', 'errors.attachmentMissing', { file: row.sheetFileName }, {}, 404);
      }
      return { fileName: row.sheetFileName, mimeType: row.sheetMimeType, contentBase64: content.toString('base64') };
    },
  }),

  /** The minutes in the form of the committee's resolution book, with signature lines; children by code only. */
  'meetings.minutes': method({
    input: z.object({ meetingId: id, language: z.enum(['en', 'bn']) }),
    permission: 'community.read',
    handler: async (ctx, input) => {
      const detail = requireMeeting(ctx, input.meetingId);
      const file = await minutesPdf(ctx, detail, input.language);
      ctx.write((w) =>
        w.audit({
          action: 'meetings.minutes',
          entity: 'committees',
          entityId: detail.committeeId,
          summary: `meeting ${detail.id} (${input.language})`,
          facts: { name: detail.committeeName, heldOn: detail.heldOn, language: input.language },
        }),
      );
      return file;
    },
  }),

  'meetings.export': method({
    input: registerInput,
    permission: 'community.read',
    handler: (ctx, input) => meetingsWorkbook(ctx, meetingRows(ctx, input)),
  }),

  'meetings.registerPdf': method({
    input: registerInput.extend({ language: z.enum(['en', 'bn']) }),
    permission: 'community.read',
    handler: (ctx, { language, ...filter }) => meetingsRegisterPdf(ctx, meetingRows(ctx, filter), filter, language),
  }),
} satisfies ApiArea;
