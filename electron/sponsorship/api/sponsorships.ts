import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { settingDefaults } from '../../admin/settings';
import { writeSettings } from '../../admin/settingsWrite';
import {
  children,
  endReasons,
  sponsoredChildren,
  sponsors,
  sponsorshipPurposes,
  sponsorshipStatusChanges,
  sponsorshipStatuses,
  sponsorships,
} from '../../db/schema';
import { raiseDues } from '../dues';
import { ensureDuesRaised } from '../duesOnRead';
import { dueList } from '../dueList';
import { amountPaise, month, notFound } from '../fields';
import { addMonths, monthOf } from '../../shared/periods';
import { plannedEndOf } from '../plannedEnd';
import { UserError } from '../../api/errors';
import { id, optionalText, pickedId } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';
import { sponsorshipTermsColumns } from '../sponsorshipColumns';

const listColumns = {
  id: sponsorships.id,
  sponsorId: sponsorships.sponsorId,
  sponsorCode: sponsors.code,
  sponsorName: sponsors.name,
  sponsoredChildId: sponsorships.sponsoredChildId,
  childId: children.id,
  childCode: children.childCode,
  childName: sql<string>`coalesce(${children.nameEn}, ${children.nameBn}, '')`,
  ...sponsorshipTermsColumns,
  statusChangedAt: sponsorships.statusChangedAt,
  createdAt: sponsorships.createdAt,
};

const arrearsSettings = z.object({
  arrearsPastDueDays: z.number().int().min(1, 'errors.sponsorship.pastDueDays').max(365, 'errors.sponsorship.pastDueDays').optional(),
  arrearsLapsedMonths: z.number().int().min(1, 'errors.sponsorship.arrearsMonths').max(36, 'errors.sponsorship.arrearsMonths').optional(),
  arrearsEndedMonths: z.number().int().min(1, 'errors.sponsorship.arrearsMonths').max(36, 'errors.sponsorship.arrearsMonths').optional(),
});

export const sponsorshipsApi = {
  'sponsorships.list': method({
    input: z.object({
      sponsorId: id.optional(),
      sponsoredChildId: id.optional(),
      status: z.enum(sponsorshipStatuses).optional(),
    }),
    permission: 'sponsorship.read',
    handler: (ctx, input) =>
      ctx.db
        .select(listColumns)
        .from(sponsorships)
        .innerJoin(sponsors, eq(sponsors.id, sponsorships.sponsorId))
        .innerJoin(sponsoredChildren, eq(sponsoredChildren.id, sponsorships.sponsoredChildId))
        .innerJoin(children, eq(children.id, sponsoredChildren.childId))
        .where(
          and(
            input.sponsorId === undefined ? undefined : eq(sponsorships.sponsorId, input.sponsorId),
            input.sponsoredChildId === undefined ? undefined : eq(sponsorships.sponsoredChildId, input.sponsoredChildId),
            input.status === undefined ? undefined : eq(sponsorships.status, input.status),
          ),
        )
        .orderBy(asc(sponsorships.id))
        .all(),
  }),

  'sponsorships.create': method({
    input: z.object({
      sponsorId: pickedId('sponsorship.sponsorshipForm.chooseSponsor'),
      sponsoredChildId: pickedId('sponsorship.sponsorshipForm.chooseChild'),
      purpose: z.enum(sponsorshipPurposes, 'errors.sponsorship.purpose'),
      monthlyPaise: amountPaise,
      startMonth: month,
    }),
    permission: 'sponsorship.write',
    handler: (ctx, input) => {
      const sponsor = ctx.db.select().from(sponsors).where(eq(sponsors.id, input.sponsorId)).get();
      if (!sponsor) throw new UserError('invalid_input', 'errors.sponsorship.sponsorNotFound', {}, { field: 'sponsorId' });
      const family = ctx.db
        .select({ id: sponsoredChildren.id, status: sponsoredChildren.status, child: children })
        .from(sponsoredChildren)
        .innerJoin(children, eq(children.id, sponsoredChildren.childId))
        .where(eq(sponsoredChildren.id, input.sponsoredChildId))
        .get();
      if (!family) throw new UserError('invalid_input', 'errors.sponsorship.sponsoredChildNotFound', {}, { field: 'sponsoredChildId' });
      const { childCode } = family.child;
      if (family.status === 'left')
        throw new UserError('invalid_input', 'errors.sponsorship.childLeft', { childCode }, { field: 'sponsoredChildId' });
      const end = plannedEndOf(family.child);
      if (end && monthOf(end.date) < input.startMonth)
        throw new UserError('invalid_input', 'errors.sponsorship.startAfterEighteen', { childCode }, { field: 'startMonth' });
      const same = ctx.db
        .select({ id: sponsorships.id })
        .from(sponsorships)
        .where(
          and(
            eq(sponsorships.sponsorId, input.sponsorId),
            eq(sponsorships.sponsoredChildId, input.sponsoredChildId),
            eq(sponsorships.purpose, input.purpose),
            ne(sponsorships.status, 'ended'),
          ),
        )
        .get();
      if (same) throw new UserError('conflict', 'errors.sponsorship.duplicateSponsorship', { childCode }, { field: 'purpose' }, 409);
      const at = ctx.now.toISOString();
      return ctx.write((w) => {
        const row = w.db
          .insert(sponsorships)
          .values({
            ...input,
            plannedEnd: end?.date ?? null,
            plannedEndApproximate: end?.approximate ?? false,
            status: 'active',
            statusChangedAt: at,
            createdAt: at,
          })
          .returning()
          .get();
        w.db
          .insert(sponsorshipStatusChanges)
          .values({
            sponsorshipId: row.id,
            status: 'active',
            fromMonth: input.startMonth,
            changedOn: ctx.today,
            changedBy: ctx.session.userId,
          })
          .run();
        if (family.status === 'waiting')
          w.db.update(sponsoredChildren).set({ status: 'supported', updatedAt: at }).where(eq(sponsoredChildren.id, family.id)).run();
        w.audit({
          action: 'sponsorships.create',
          entity: 'sponsorships',
          entityId: row.id,
          summary: `${sponsor.code} → ${childCode}, ${input.purpose}, ${input.monthlyPaise} paise a month from ${input.startMonth}`,
          facts: {
            sponsor: `${sponsor.name} (${sponsor.code})`,
            child: childCode,
            amountPaise: input.monthlyPaise,
            month: input.startMonth,
          },
        });
        return row;
      });
    },
  }),

  /**
   * A change governs dues from the next month: this month's dues stay as raised (they fell due on its
   * first day). Ending because the child left or aged out also marks the family as left when no other
   * sponsorship of theirs goes on.
   */
  'sponsorships.setStatus': method({
    input: z.object({
      id,
      status: z.enum(sponsorshipStatuses, 'errors.sponsorship.status'),
      reasonKind: z.enum(endReasons, 'errors.sponsorship.endReason').nullish(),
      reason: optionalText(500),
    }),
    permission: 'sponsorship.write',
    handler: (ctx, input) => {
      const before = ctx.db.select().from(sponsorships).where(eq(sponsorships.id, input.id)).get();
      if (!before) throw notFound('sponsorship');
      if (before.status === 'ended') throw new UserError('conflict', 'errors.sponsorship.alreadyEnded', {}, { field: 'status' }, 409);
      if (before.status === input.status) throw new UserError('invalid_input', 'errors.sponsorship.sameStatus', {}, { field: 'status' });
      if (input.status === 'paused' && !input.reason)
        throw new UserError('invalid_input', 'errors.sponsorship.pauseReason', {}, { field: 'reason' });
      if (input.status === 'ended' && !input.reasonKind)
        throw new UserError('invalid_input', 'errors.sponsorship.endReason', {}, { field: 'reasonKind' });
      if (input.status === 'ended' && input.reasonKind === 'other' && !input.reason)
        throw new UserError('invalid_input', 'errors.sponsorship.otherReason', {}, { field: 'reason' });
      const at = ctx.now.toISOString();
      const current = monthOf(ctx.today);
      return ctx.write((w) => {
        // Months already begun are settled under the status they began with.
        raiseDues(w, { upTo: current, createdBy: ctx.session.userId, createdAt: at });
        const reasonKind = input.status === 'ended' ? (input.reasonKind ?? null) : null;
        w.db
          .update(sponsorships)
          .set({ status: input.status, statusReasonKind: reasonKind, statusReason: input.reason, statusChangedAt: at })
          .where(eq(sponsorships.id, input.id))
          .run();
        w.db
          .insert(sponsorshipStatusChanges)
          .values({
            sponsorshipId: input.id,
            status: input.status,
            fromMonth: addMonths(current, 1),
            reasonKind,
            reason: input.reason,
            changedOn: ctx.today,
            changedBy: ctx.session.userId,
          })
          .run();
        if (reasonKind === 'child_left_area' || reasonKind === 'child_aged_out') {
          const others = w.db
            .select({ id: sponsorships.id })
            .from(sponsorships)
            .where(and(eq(sponsorships.sponsoredChildId, before.sponsoredChildId), ne(sponsorships.status, 'ended')))
            .get();
          if (!others)
            w.db
              .update(sponsoredChildren)
              .set({ status: 'left', updatedAt: at })
              .where(eq(sponsoredChildren.id, before.sponsoredChildId))
              .run();
        }
        w.audit({
          action: 'sponsorships.setStatus',
          entity: 'sponsorships',
          entityId: input.id,
          summary: `${before.status} → ${input.status}${reasonKind ? ` (${reasonKind})` : ''}${input.reason ? `: ${input.reason}` : ''}`,
          facts: { sponsorshipStatus: input.status, reason: input.reason ?? '' },
        });
        return w.db.select().from(sponsorships).where(eq(sponsorships.id, input.id)).get() ?? before;
      });
    },
  }),

  'sponsorships.due': method({
    input: z.object({ month: month.optional() }),
    permission: 'sponsorship.read',
    handler: (ctx, input) => {
      const forMonth = input.month ?? monthOf(ctx.today);
      if (forMonth > monthOf(ctx.today)) throw new UserError('invalid_input', 'errors.sponsorship.monthFuture', {}, { field: 'month' });
      ensureDuesRaised(ctx);
      return dueList(ctx.sqlite, forMonth, ctx.today, ctx.host.settings);
    },
  }),

  'sponsorship.settings.update': method({
    input: arrearsSettings,
    permission: 'sponsorship.write',
    handler: (ctx, input) => {
      const next = { ...ctx.host.settings, ...input };
      if (next.arrearsEndedMonths <= next.arrearsLapsedMonths)
        throw new UserError('invalid_input', 'errors.sponsorship.arrearsOrder', {}, { field: 'arrearsEndedMonths' });
      ctx.write((w) => writeSettings(w, 'sponsorship.settings.update', input));
      ctx.host.reloadSettings();
      const s = ctx.host.settings;
      return {
        values: {
          arrearsPastDueDays: s.arrearsPastDueDays,
          arrearsLapsedMonths: s.arrearsLapsedMonths,
          arrearsEndedMonths: s.arrearsEndedMonths,
        },
        defaults: {
          arrearsPastDueDays: settingDefaults.arrearsPastDueDays,
          arrearsLapsedMonths: settingDefaults.arrearsLapsedMonths,
          arrearsEndedMonths: settingDefaults.arrearsEndedMonths,
        },
      };
    },
  }),
} satisfies ApiArea;
