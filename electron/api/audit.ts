import { and, desc, eq, gte, like, lte, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog } from '../db/schema';
import { id, isoDate } from './fields';
import { method, type ApiArea } from './types';

export const auditApi = {
  'audit.list': method({
    input: z.object({
      q: z.string().trim().max(100).optional(),
      userId: id.optional(),
      entity: z.string().max(50).optional(),
      entityId: z.string().max(50).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    permission: 'audit.read',
    handler: (ctx, input) => {
      const q = input.q ? `%${input.q}%` : null;
      const where = and(
        q ? or(like(auditLog.action, q), like(auditLog.summary, q), like(auditLog.username, q)) : undefined,
        input.userId ? eq(auditLog.userId, input.userId) : undefined,
        input.entity ? eq(auditLog.entity, input.entity) : undefined,
        input.entityId ? eq(auditLog.entityId, input.entityId) : undefined,
        // Days are the office's days: stored times are UTC, so the day's bounds are converted from local time.
        input.from ? gte(auditLog.at, new Date(`${input.from}T00:00:00`).toISOString()) : undefined,
        input.to ? lte(auditLog.at, new Date(`${input.to}T23:59:59.999`).toISOString()) : undefined,
      );
      const total =
        ctx.db
          .select({ n: sql<number>`count(*)` })
          .from(auditLog)
          .where(where)
          .get()?.n ?? 0;
      const rows = ctx.db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(input.limit).offset(input.offset).all();
      return { total, rows };
    },
  }),
} satisfies ApiArea;
