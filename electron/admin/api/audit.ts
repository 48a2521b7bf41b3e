import { and, desc, eq, getTableColumns, gte, like, lte, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, devices, users } from '../../db/schema';
import { bn } from '../../../renderer/i18n/bn/index';
import { en } from '../../../renderer/i18n/en/index';
import { auditDevice } from '../../shared/auditDevice';
import { listWorkbook } from '../../reports/excel/listWorkbook';
import { auditDetails, auditRecord } from '../../shared/auditWords';
import { dateIn, digitsFor } from '../../shared/words';
import { auditTranslate } from '../auditWordsIn';
import { id, isoDate } from '../../api/fields';
import { translate, type Language } from '../../api/messages';
import { method, type ApiArea } from '../../api/types';

const auditFilters = z.object({
  q: z.string().trim().max(100).optional(),
  userId: id.optional(),
  entity: z.string().max(50).optional(),
  entityId: z.string().max(50).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

function auditWhere(input: z.output<typeof auditFilters>) {
  const q = input.q ? `%${input.q}%` : null;
  return and(
    q
      ? or(
          like(auditLog.action, q),
          like(auditLog.summary, q),
          like(auditLog.username, q),
          sql`${auditLog.userId} IN (SELECT ${users.id} FROM ${users} WHERE ${users.fullName} LIKE ${q})`,
        )
      : undefined,
    input.userId ? eq(auditLog.userId, input.userId) : undefined,
    input.entity ? eq(auditLog.entity, input.entity) : undefined,
    input.entityId ? eq(auditLog.entityId, input.entityId) : undefined,
    // Days are the office's days: stored times are UTC, so the day's bounds are converted from local time.
    input.from ? gte(auditLog.at, new Date(`${input.from}T00:00:00`).toISOString()) : undefined,
    input.to ? lte(auditLog.at, new Date(`${input.to}T23:59:59.999`).toISOString()) : undefined,
  );
}

/** The action's name in the user's language; action codes contain dots, so they are looked up whole. */
function actionLabel(language: Language, action: string): string {
  const labels = (language === 'bn' ? bn : en).admin.audit.actions as Record<string, string>;
  return labels[action] ?? action;
}

export const auditApi = {
  'audit.list': method({
    input: auditFilters.extend({
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    permission: 'audit.read',
    handler: (ctx, input) => {
      const where = auditWhere(input);
      const total =
        ctx.db
          .select({ n: sql<number>`count(*)` })
          .from(auditLog)
          .where(where)
          .get()?.n ?? 0;
      // The person's name is shown, not the username; an entry outlives a renamed or removed user, so it is joined, not copied.
      const rows = ctx.db
        .select({ ...getTableColumns(auditLog), fullName: users.fullName, deviceName: devices.name })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.userId))
        .leftJoin(devices, eq(devices.id, auditLog.deviceId))
        .where(where)
        .orderBy(desc(auditLog.id))
        .limit(input.limit)
        .offset(input.offset)
        .all();
      return { total, rows };
    },
  }),

  'audit.export': method({
    input: auditFilters,
    permission: 'audit.read',
    handler: async (ctx, input) => {
      const lang = ctx.session.language;
      const t = auditTranslate(lang);
      const today = ctx.today;
      const rows = ctx.db
        .select({ ...getTableColumns(auditLog), fullName: users.fullName, deviceName: devices.name })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.userId))
        .leftJoin(devices, eq(devices.id, auditLog.deviceId))
        .where(auditWhere(input))
        .orderBy(desc(auditLog.id))
        .all();
      const pad = (n: number) => String(n).padStart(2, '0');
      const localTime = (iso: string) => {
        const at = new Date(iso);
        return digitsFor(
          `${pad(at.getDate())}/${pad(at.getMonth() + 1)}/${at.getFullYear()} ${pad(at.getHours())}:${pad(at.getMinutes())}`,
          lang,
        );
      };
      return listWorkbook({
        sheetName: translate(lang, 'admin.audit.title'),
        title: `${translate(lang, 'admin.audit.title')} — ${dateIn(today, lang)} · ${ctx.session.fullName}`,
        fileName: `audit-log-${today}.xlsx`,
        rows,
        columns: [
          { header: translate(lang, 'admin.audit.when'), width: 17, value: (r) => localTime(r.at) },
          { header: translate(lang, 'admin.audit.who'), width: 14, value: (r) => r.fullName ?? r.username },
          {
            header: translate(lang, 'devices.audit.device'),
            width: 16,
            value: (r) => {
              const device = auditDevice(r);
              return typeof device === 'object'
                ? device.name
                : translate(lang, device === 'host' ? 'devices.audit.hostPc' : 'devices.audit.unpaired');
            },
          },
          { header: translate(lang, 'admin.audit.action'), width: 28, value: (r) => actionLabel(lang, r.action) },
          { header: translate(lang, 'admin.audit.record'), width: 22, value: (r) => auditRecord(t, lang, r) },
          { header: translate(lang, 'admin.audit.summary'), width: 60, value: (r) => auditDetails(t, lang, r) },
        ],
      });
    },
  }),
} satisfies ApiArea;
