import { asc, desc, eq, like, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { departures, migrationAgents } from '../../db/schema';
import { UserError } from '../../api/errors';
import { id, optionalText, requiredText } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';
import type { RedFlagCode } from '../../shared/safetynetVocabulary';
import { listedDeparture, listQuery } from '../departureList';
import { refreshOverdueReturns, rescoreDepartures } from '../rescore';

/** Phones as the office writes them, several at once: "98300 12345, 9433012345" → digits, comma-separated. */
const phones = z
  .string()
  .trim()
  .nullish()
  .transform((s) =>
    s
      ? s
          .split(/[,;/]/)
          .map((p) => p.replace(/[\s-]/g, ''))
          .filter(Boolean)
          .join(', ')
      : null,
  )
  .refine((s) => s === null || s.split(', ').every((p) => /^(\+91)?[0-9]{10,11}$/.test(p)), 'errors.phone');

const agentFields = z.object({
  name: requiredText(200),
  aliases: optionalText(300),
  phones,
  village: optionalText(),
  worksFor: optionalText(),
  licenceNumber: optionalText(60),
});

/** The register of agents and contacts who arrange work, marriage or study away. */
export const agentsApi = {
  'agents.create': method({
    input: agentFields,
    permission: 'safetynet.write',
    handler: (ctx, input) =>
      ctx.write((w) => {
        const at = ctx.now.toISOString();
        const created = w.db
          .insert(migrationAgents)
          .values({ ...input, createdAt: at, updatedAt: at })
          .returning()
          .get();
        w.audit({
          action: 'agents.create',
          entity: 'migration_agents',
          entityId: created.id,
          summary: created.name,
          facts: { name: created.name },
        });
        return created;
      }),
  }),

  'agents.update': method({
    input: agentFields.extend({ id }),
    permission: 'safetynet.write',
    handler: (ctx, input) => {
      const { id: agentId, ...fields } = input;
      return ctx.write((w) => {
        const updated = w.db
          .update(migrationAgents)
          .set({ ...fields, updatedAt: ctx.now.toISOString() })
          .where(eq(migrationAgents.id, agentId))
          .returning()
          .get();
        if (!updated) throw new UserError('not_found', 'errors.notFound', {}, { field: 'id' }, 404);
        // The agent's phone decides the unknown_agent flag of the departures they arranged.
        const theirs = w.db.select({ id: departures.id }).from(departures).where(eq(departures.agentId, agentId)).all();
        rescoreDepartures(
          ctx.sqlite,
          ctx.host.settings,
          ctx.today,
          theirs.map((d) => d.id),
        );
        w.audit({
          action: 'agents.update',
          entity: 'migration_agents',
          entityId: agentId,
          summary: updated.name,
          facts: { name: updated.name },
        });
        return updated;
      });
    },
  }),

  'agents.list': method({
    input: z.object({ q: z.string().trim().max(100).optional() }),
    permission: 'safetynet.read',
    handler: (ctx, input) => {
      const q = input.q ? `%${input.q}%` : null;
      return ctx.db
        .select({
          agent: migrationAgents,
          departures: sql<number>`count(${departures.id})`,
          high: sql<number>`coalesce(sum(${departures.level} = 'high'), 0)`,
          lastLeftOn: sql<string | null>`max(${departures.leftOn})`,
        })
        .from(migrationAgents)
        .leftJoin(departures, eq(departures.agentId, migrationAgents.id))
        .where(q ? or(like(migrationAgents.name, q), like(migrationAgents.aliases, q), like(migrationAgents.phones, q)) : undefined)
        .groupBy(migrationAgents.id)
        .orderBy(asc(migrationAgents.name))
        .all()
        .map((r) => ({ ...r.agent, departures: r.departures, high: r.high, lastLeftOn: r.lastLeftOn }));
    },
  }),

  /** An agent's page: who they are, every departure they arranged, what became of those people, their red flags. */
  'agents.get': method({
    input: z.object({ id }),
    permission: 'safetynet.read',
    handler: (ctx, input) => {
      refreshOverdueReturns(ctx);
      const agent = ctx.db.select().from(migrationAgents).where(eq(migrationAgents.id, input.id)).get();
      if (!agent) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      const rows = listQuery(ctx, eq(departures.agentId, input.id))
        .orderBy(desc(departures.leftOn), desc(departures.id))
        .all()
        .map((r) => listedDeparture(ctx, r));
      const flagCounts: Partial<Record<RedFlagCode, number>> = {};
      for (const row of rows) for (const code of row.flagCodes) flagCounts[code] = (flagCounts[code] ?? 0) + 1;
      const outcome = {
        returned: rows.filter((r) => r.returnedOn).length,
        away: rows.filter((r) => !r.returnedOn).length,
        missing: rows.filter((r) => !r.returnedOn && r.lastCheckInOutcome === 'missing').length,
        notReachable: rows.filter((r) => !r.returnedOn && r.lastCheckInOutcome === 'not_reachable').length,
      };
      const levels = { high: 0, medium: 0, low: 0 };
      for (const row of rows) levels[row.level]++;
      ctx.write((w) => w.audit({ action: 'agents.get', entity: 'migration_agents', entityId: input.id, facts: { name: agent.name } }));
      return { ...agent, departures: rows, flagCounts, outcome, levels, minors: rows.filter((r) => r.age !== null && r.age < 18).length };
    },
  }),
} satisfies ApiArea;
