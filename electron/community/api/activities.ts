import { z } from 'zod';
import { UserError } from '../../api/errors';
import { isoDate, optionalText, requiredText } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';
import { activityHeadcounts, activityParticipants, activityTopicLinks, communityActivities } from '../../db/schema';
import { sexes } from '../../db/schema/register';
import { activityTopics, activityTypes, personCategories } from '../../shared/communityVocabulary';
import { activityRows } from '../activityQuery';
import { activitiesRegisterPdf } from '../activitiesRegister';
import { activitiesWorkbook } from '../listExports';
import { personKey, personRef, resolvePerson } from '../people';

const headcount = z.object({
  category: z.enum(personCategories, 'errors.community.category'),
  sex: z.enum(sexes, 'errors.community.sex'),
  count: z.number().int().min(1, 'errors.community.headcount').max(10000, 'errors.community.headcount'),
});

const createInput = z.object({
  type: z.enum(activityTypes, 'errors.community.activityType'),
  heldOn: isoDate,
  village: optionalText(100),
  gramPanchayat: optionalText(100),
  topics: z.array(z.enum(activityTopics)).max(activityTopics.length).default([]),
  topicsNote: optionalText(500),
  facilitators: requiredText(300),
  notes: optionalText(4000),
  /** Named where it matters: the volunteers trained, the officials met. */
  participants: z.array(personRef).max(500).default([]),
  /** The others, counted by category and sex. */
  headcounts: z.array(headcount).max(100).default([]),
});

const listInput = z.object({
  type: z.enum(activityTypes).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  gramPanchayat: z.string().trim().max(100).optional(),
});

/** Trainings, sensitisation meetings, awareness campaigns, life-skill and counselling sessions. */
export const activitiesApi = {
  'activities.create': method({
    input: createInput,
    permission: 'community.write',
    handler: (ctx, input) => {
      if (input.heldOn > ctx.today) throw new UserError('invalid_input', 'errors.dateFuture', {}, { field: 'heldOn' });
      if (input.participants.length === 0 && input.headcounts.length === 0)
        throw new UserError('invalid_input', 'errors.community.noParticipants', {}, { field: 'participants' });
      const at = ctx.now.toISOString();
      const activityId = ctx.write((w) => {
        const { participants, headcounts, topics, ...fields } = input;
        const row = w.db
          .insert(communityActivities)
          .values({ ...fields, createdBy: ctx.session.userId, createdAt: at })
          .returning({ id: communityActivities.id })
          .get();
        for (const topic of new Set(topics)) w.db.insert(activityTopicLinks).values({ activityId: row.id, topic }).run();
        // The same category and sex entered twice is one headcount.
        const merged = new Map<string, z.output<typeof headcount>>();
        for (const h of headcounts) {
          const key = `${h.category}/${h.sex}`;
          merged.set(key, { ...h, count: (merged.get(key)?.count ?? 0) + h.count });
        }
        for (const h of merged.values())
          w.db
            .insert(activityHeadcounts)
            .values({ activityId: row.id, ...h })
            .run();
        const seen = new Set<string>();
        participants.forEach((ref, i) => {
          const person = resolvePerson(w, ref, ctx.session.userId, at, `participants.${i}`);
          if (seen.has(personKey(person))) return;
          seen.add(personKey(person));
          w.db
            .insert(activityParticipants)
            .values({ activityId: row.id, ...person })
            .run();
        });
        w.audit({
          action: 'activities.create',
          entity: 'community_activities',
          entityId: row.id,
          summary: `${input.type} on ${input.heldOn}: ${seen.size} named, ${[...merged.values()].reduce((s, h) => s + h.count, 0)} counted`,
          facts: {
            activityType: input.type,
            heldOn: input.heldOn,
            named: seen.size,
            counted: [...merged.values()].reduce((s, h) => s + h.count, 0),
          },
        });
        return row.id;
      });
      const created = activityRows(ctx, { id: activityId })[0];
      if (!created) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      return created;
    },
  }),

  'activities.list': method({
    input: listInput,
    permission: 'community.read',
    handler: (ctx, input) => activityRows(ctx, input),
  }),

  'activities.export': method({
    input: listInput,
    permission: 'community.read',
    handler: (ctx, input) => activitiesWorkbook(ctx, activityRows(ctx, input)),
  }),

  'activities.registerPdf': method({
    input: listInput.extend({ language: z.enum(['en', 'bn']) }),
    permission: 'community.read',
    handler: (ctx, { language, ...filter }) => activitiesRegisterPdf(ctx, activityRows(ctx, filter), filter, language),
  }),
} satisfies ApiArea;
