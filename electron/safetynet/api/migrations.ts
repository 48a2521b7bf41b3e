import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { children, departureCheckIns, departures } from '../../db/schema';
import { UserError } from '../../api/errors';
import { id, isoDate, optionalText, recordVersion, requiredText } from '../../api/fields';
import { requireVersion } from '../../db/versions';
import { method, type ApiArea, type AuthedCtx, type WriteScope } from '../../api/types';
import { checkInMethods, checkInOutcomes, departureLevels, howSureLevels, returnConditions } from '../../shared/safetynetVocabulary';
import { departureFields, departureRow } from '../departureInput';
import { departureList, departureListInput } from '../departureList';
import { departureView } from '../departureRead';
import { ageOnLeaving, minorAge } from '../redFlags';
import { refreshOverdueReturns, rescoreDepartures } from '../rescore';
import { registerMinor } from '../registerMinor';

function view(ctx: AuthedCtx, departureId: number) {
  return departureView(ctx.db, departureId, ctx.session.language, ctx.host.settings, ctx.today);
}

function existing(w: WriteScope, departureId: number) {
  const row = w.db.select().from(departures).where(eq(departures.id, departureId)).get();
  if (!row) throw new UserError('not_found', 'errors.notFound', {}, { field: 'id' }, 404);
  return row;
}

/** A departure as the audit log names it: the child code of a minor in the register, otherwise the person's name. */
function departureRef(w: WriteScope, row: { name: string; childId: number | null }): string {
  const child = row.childId
    ? w.db.select({ code: children.childCode }).from(children).where(eq(children.id, row.childId)).get()
    : undefined;
  return child?.code ?? row.name;
}

function rescoreOne(ctx: AuthedCtx, departureId: number): void {
  rescoreDepartures(ctx.sqlite, ctx.host.settings, ctx.today, [departureId]);
}

/** What the audit log says of a departure: its id, who, the level; no address or phone. */
function auditLine(row: { name: string; leftOn: string; destState: string }, code: string | null): string {
  return `${code ?? row.name}, left ${row.leftOn} for ${row.destState}`;
}

const createInput = departureFields.extend({
  /** A minor not in the children's register is added to it (with a child code) unless this is false. */
  addToRegister: z.boolean().default(true),
});

/** The community migration register: who left, scored for red flags, checked on until they come back. */
export const migrationsApi = {
  'migrations.create': method({
    input: createInput,
    permission: 'safetynet.write',
    handler: (ctx, input) => {
      const at = ctx.now.toISOString();
      const createdId = ctx.write((w) => {
        const row = departureRow(w, input, ctx.today);
        let childCode: string | null = null;
        const age = ageOnLeaving(row);
        if (!row.childId && input.addToRegister && age !== null && age < minorAge) {
          const child = registerMinor(w, row, ctx.session.userId, at);
          row.childId = child.id;
          childCode = child.childCode;
        }
        const created = w.db
          .insert(departures)
          .values({
            ...row,
            score: 0,
            computedLevel: 'low',
            level: 'low',
            flagsJson: '[]',
            createdBy: ctx.session.userId,
            createdAt: at,
            updatedAt: at,
          })
          .returning({ id: departures.id })
          .get();
        rescoreOne(ctx, created.id);
        const scored = existing(w, created.id);
        w.audit({
          action: 'migrations.create',
          entity: 'departures',
          entityId: created.id,
          summary: `${auditLine(row, childCode)}: ${scored.level} (${scored.score})`,
          facts: { ref: childCode ?? departureRef(w, row), leftOn: row.leftOn, destination: row.destState, riskLevel: scored.level },
        });
        return created.id;
      });
      return view(ctx, createdId);
    },
  }),

  'migrations.get': method({
    input: z.object({ id }),
    permission: 'safetynet.read',
    handler: (ctx, input) => {
      refreshOverdueReturns(ctx);
      const found = view(ctx, input.id);
      // A departure is personal data (DPDP Act 2023): who opened it is kept.
      ctx.write((w) =>
        w.audit({ action: 'migrations.get', entity: 'departures', entityId: input.id, facts: { ref: found.childCode ?? found.name } }),
      );
      return found;
    },
  }),

  'migrations.list': method({
    input: departureListInput,
    permission: 'safetynet.read',
    handler: (ctx, input) => {
      refreshOverdueReturns(ctx);
      return departureList(ctx, input);
    },
  }),

  'migrations.update': method({
    input: departureFields.extend({ id, version: recordVersion }),
    permission: 'safetynet.write',
    handler: (ctx, { version, ...input }) => {
      ctx.write((w) => {
        requireVersion(w, 'departures', input.id, version, () => view(ctx, input.id));
        const before = existing(w, input.id);
        const row = departureRow(w, input, ctx.today);
        // A departure already linked to a register child stays linked unless the caller says otherwise.
        if (input.childId === undefined) row.childId = before.childId;
        const changed = (Object.keys(row) as (keyof typeof row)[]).filter((k) => row[k] !== before[k]);
        w.db
          .update(departures)
          .set({ ...row, updatedAt: ctx.now.toISOString() })
          .where(eq(departures.id, input.id))
          .run();
        rescoreOne(ctx, input.id);
        w.audit({
          action: 'migrations.update',
          entity: 'departures',
          entityId: input.id,
          summary: `changed: ${changed.join(', ') || 'nothing'}`,
          facts: { ref: departureRef(w, row), fields: changed },
        });
      });
      return view(ctx, input.id);
    },
  }),

  'migrations.checkIn': method({
    input: z.object({
      id,
      checkedOn: isoDate,
      method: z.enum(checkInMethods, 'errors.safetynet.checkInMethod'),
      outcome: z.enum(checkInOutcomes, 'errors.safetynet.checkInOutcome'),
      note: optionalText(2000),
    }),
    permission: 'safetynet.write',
    handler: (ctx, input) => {
      if (input.checkedOn > ctx.today) throw new UserError('invalid_input', 'errors.dateFuture', {}, { field: 'checkedOn' });
      ctx.write((w) => {
        const before = existing(w, input.id);
        if (input.checkedOn < before.leftOn)
          throw new UserError('invalid_input', 'errors.safetynet.checkInBeforeLeaving', {}, { field: 'checkedOn' });
        w.db
          .insert(departureCheckIns)
          .values({
            departureId: input.id,
            checkedOn: input.checkedOn,
            method: input.method,
            outcome: input.outcome,
            note: input.note,
            createdBy: ctx.session.userId,
            createdAt: ctx.now.toISOString(),
          })
          .run();
        // Check-ins are often typed in later and out of order: the latest by date is what counts.
        if (!before.lastCheckInOn || input.checkedOn >= before.lastCheckInOn) {
          w.db
            .update(departures)
            .set({ lastCheckInOn: input.checkedOn, lastCheckInOutcome: input.outcome, updatedAt: ctx.now.toISOString() })
            .where(eq(departures.id, input.id))
            .run();
        }
        rescoreOne(ctx, input.id);
        w.audit({
          action: 'migrations.checkIn',
          entity: 'departures',
          entityId: input.id,
          summary: `${input.checkedOn} ${input.method}: ${input.outcome}`,
          facts: { ref: departureRef(w, before), checkedOn: input.checkedOn, checkInMethod: input.method, checkInOutcome: input.outcome },
        });
      });
      const answer = view(ctx, input.id);
      return { ...answer, suggestCase: input.outcome === 'missing' && answer.caseId === null && answer.childId !== null };
    },
  }),

  'migrations.recordReturn': method({
    input: z.object({
      id,
      returnedOn: isoDate,
      condition: z.enum(returnConditions, 'errors.safetynet.returnCondition'),
      note: optionalText(2000),
    }),
    permission: 'safetynet.write',
    handler: (ctx, input) => {
      if (input.returnedOn > ctx.today) throw new UserError('invalid_input', 'errors.dateFuture', {}, { field: 'returnedOn' });
      ctx.write((w) => {
        const before = existing(w, input.id);
        if (input.returnedOn < before.leftOn)
          throw new UserError('invalid_input', 'errors.safetynet.returnBeforeLeaving', {}, { field: 'returnedOn' });
        w.db
          .update(departures)
          .set({ returnedOn: input.returnedOn, returnCondition: input.condition, returnNote: input.note, updatedAt: ctx.now.toISOString() })
          .where(eq(departures.id, input.id))
          .run();
        rescoreOne(ctx, input.id);
        w.audit({
          action: 'migrations.recordReturn',
          entity: 'departures',
          entityId: input.id,
          summary: `returned ${input.returnedOn}: ${input.condition}`,
          facts: { ref: departureRef(w, before), returnedOn: input.returnedOn, returnCondition: input.condition },
        });
      });
      return view(ctx, input.id);
    },
  }),

  /** A case worker's judgement over the score: raise or lower the level (or give it back to the rules), always with a reason. */
  'migrations.overrideLevel': method({
    input: z.object({
      id,
      level: z.enum(departureLevels, 'errors.safetynet.level').nullable(),
      reason: requiredText(500),
      howSure: z
        .number()
        .int()
        .refine((n) => (howSureLevels as readonly number[]).includes(n), 'errors.safetynet.howSure')
        .nullish(),
    }),
    permission: 'cases.write',
    handler: (ctx, input) => {
      ctx.write((w) => {
        const before = existing(w, input.id);
        w.db
          .update(departures)
          .set({
            levelOverride: input.level,
            overrideReason: input.reason,
            howSure: input.howSure ?? null,
            overrideBy: ctx.session.userId,
            overrideAt: ctx.now.toISOString(),
            updatedAt: ctx.now.toISOString(),
          })
          .where(eq(departures.id, input.id))
          .run();
        rescoreOne(ctx, input.id);
        const after = existing(w, input.id);
        w.audit({
          action: 'migrations.overrideLevel',
          entity: 'departures',
          entityId: input.id,
          summary: `${before.level} → ${after.level}${input.howSure ? ` (how sure ${input.howSure}/5)` : ''}: ${input.reason}`,
          facts: {
            ref: departureRef(w, before),
            fromLevel: before.level,
            toLevel: after.level,
            howSure: input.howSure ?? null,
            reason: input.reason,
          },
        });
      });
      return view(ctx, input.id);
    },
  }),
} satisfies ApiArea;
