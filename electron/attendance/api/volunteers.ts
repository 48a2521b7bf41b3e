import { and, asc, desc, eq, isNull, like, ne, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { flagStatusWithCases } from '../worklistStatus';
import { volunteers } from '../../db/schema';
import { listWorkbook } from '../../reports/excel/listWorkbook';
import { UserError } from '../../api/errors';
import { id, phone, requiredText } from '../../api/fields';
import { translate } from '../../api/messages';
import { method, type ApiArea, type Ctx, type WriteScope } from '../../api/types';
import { auditedExport } from '../../admin/exportAudit';

/** Villages are stored comma-separated, so a village's own name may not hold a comma. */
const village = requiredText(100).refine((s) => !s.includes(','), 'errors.attendance.villageComma');

const volunteerFields = z.object({
  name: requiredText(),
  phone,
  villages: z.array(village).max(50, 'errors.tooLong'),
});

const listInput = z.object({ q: z.string().trim().max(100).optional(), includeInactive: z.boolean().default(false) });

/** "Uttar Bagundi, Khejurtala" ⇄ ['Uttar Bagundi', 'Khejurtala']; the same village twice is kept once. */
export function villageList(stored: string): string[] {
  return stored
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function storedVillages(list: string[]): string {
  const seen = new Set<string>();
  return list.filter((v) => (seen.has(v.toLowerCase()) ? false : seen.add(v.toLowerCase()))).join(', ');
}

// Children assigned to her who are still on the worklist (their flag row exists), and of those the
// ones still waiting for a visit: what her next visit list holds.
const assignedCount = sql<number>`(SELECT count(*) FROM worklist_assignments wa JOIN attendance_flags ON attendance_flags.child_id = wa.child_id WHERE wa.volunteer_id = ${volunteers.id})`;
const toVisitCount = sql<number>`(SELECT count(*) FROM worklist_assignments wa JOIN attendance_flags ON attendance_flags.child_id = wa.child_id WHERE wa.volunteer_id = ${volunteers.id} AND ${flagStatusWithCases(sql`wa.child_id`, sql`attendance_flags.status`)} = 'open')`;

function volunteerRows(ctx: Ctx, input: z.output<typeof listInput>, where?: SQL) {
  const q = input.q ? `%${input.q}%` : null;
  return ctx.db
    .select({
      id: volunteers.id,
      name: volunteers.name,
      phone: volunteers.phone,
      villages: volunteers.villages,
      active: volunteers.active,
      createdAt: volunteers.createdAt,
      updatedAt: volunteers.updatedAt,
      assigned: assignedCount,
      toVisit: toVisitCount,
    })
    .from(volunteers)
    .where(
      and(
        where,
        input.includeInactive ? undefined : eq(volunteers.active, true),
        q ? or(like(volunteers.name, q), like(volunteers.phone, q), like(volunteers.villages, q)) : undefined,
      ),
    )
    .orderBy(desc(volunteers.active), asc(volunteers.name), asc(volunteers.id))
    .all()
    .map((row) => ({ ...row, villages: villageList(row.villages) }));
}

export type VolunteerRow = ReturnType<typeof volunteerRows>[number];

/** The same name with the same phone (or both without one) is the same woman entered twice. */
function refuseDuplicate(w: WriteScope, name: string, phoneNumber: string | null, exceptId?: number): void {
  const same = w.db
    .select({ id: volunteers.id })
    .from(volunteers)
    .where(
      and(
        sql`lower(${volunteers.name}) = lower(${name})`,
        phoneNumber === null ? isNull(volunteers.phone) : eq(volunteers.phone, phoneNumber),
        exceptId === undefined ? undefined : ne(volunteers.id, exceptId),
      ),
    )
    .get();
  if (same) throw new UserError('volunteer_exists', 'errors.attendance.volunteerExists', { name }, { field: 'name' }, 409);
}

function oneVolunteer(ctx: Ctx, volunteerId: number): VolunteerRow {
  const row = volunteerRows(ctx, { includeInactive: true }, eq(volunteers.id, volunteerId))[0];
  if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
  return row;
}

/** The volunteers' register: the women who visit irregular children's homes, and the villages they cover. */
export const volunteersApi = {
  // The register holds phones and villages: for those who keep the worklist, not the sponsorship coordinator.
  'volunteers.list': method({
    input: listInput,
    permission: 'worklist.write',
    handler: (ctx, input) => volunteerRows(ctx, input),
  }),

  'volunteers.create': method({
    input: volunteerFields.extend({ active: z.boolean().default(true) }),
    permission: 'worklist.write',
    handler: (ctx, input) => {
      const at = ctx.now.toISOString();
      const created = ctx.write((w) => {
        refuseDuplicate(w, input.name, input.phone);
        const row = w.db
          .insert(volunteers)
          .values({ ...input, villages: storedVillages(input.villages), createdAt: at, updatedAt: at })
          .returning({ id: volunteers.id })
          .get();
        w.audit({ action: 'volunteers.create', entity: 'volunteers', entityId: row.id, summary: input.name, facts: { name: input.name } });
        return row;
      });
      return oneVolunteer(ctx, created.id);
    },
  }),

  /**
   * Deactivating keeps her visits and her current assignments (the answer's `toVisit` says how
   * many children still wait for her, for the office to hand over); she can get no new ones.
   */
  'volunteers.update': method({
    // Without `active` she keeps the state she has.
    input: volunteerFields.extend({ id, active: z.boolean().optional() }),
    permission: 'worklist.write',
    handler: (ctx, { id: volunteerId, ...input }) => {
      ctx.write((w) => {
        const before = w.db.select().from(volunteers).where(eq(volunteers.id, volunteerId)).get();
        if (!before) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
        refuseDuplicate(w, input.name, input.phone, volunteerId);
        const active = input.active ?? before.active;
        w.db
          .update(volunteers)
          .set({ ...input, active, villages: storedVillages(input.villages), updatedAt: ctx.now.toISOString() })
          .where(eq(volunteers.id, volunteerId))
          .run();
        const change = before.active === active ? '' : active ? ' (active again)' : ' (deactivated)';
        w.audit({
          action: 'volunteers.update',
          entity: 'volunteers',
          entityId: volunteerId,
          summary: `${input.name}${change}`,
          facts: { name: input.name, active },
        });
      });
      return oneVolunteer(ctx, volunteerId);
    },
  }),

  'volunteers.export': method({
    input: listInput,
    permission: 'worklist.write',
    handler: async (ctx, input) => {
      const lang = ctx.session.language;
      const label = (key: string) => translate(lang, key);
      const today = ctx.today;
      const rows = volunteerRows(ctx, input);
      const title = label('attendance.volunteersExport.title');
      const file = await listWorkbook({
        sheetName: title,
        title: `${title} — ${today.split('-').reverse().join('/')} · ${ctx.session.fullName}`,
        fileName: `volunteers-${today}.xlsx`,
        rows,
        columns: [
          { header: label('attendance.volunteersExport.name'), width: 26, value: (r) => r.name },
          { header: label('attendance.volunteersExport.phone'), width: 14, value: (r) => r.phone },
          { header: label('attendance.volunteersExport.villages'), width: 40, value: (r) => r.villages.join(', ') },
          {
            header: label('attendance.volunteersExport.status'),
            width: 12,
            value: (r) => label(r.active ? 'attendance.volunteersExport.active' : 'attendance.volunteersExport.inactive'),
          },
          { header: label('attendance.volunteersExport.assigned'), width: 14, value: (r) => r.assigned },
          { header: label('attendance.volunteersExport.toVisit'), width: 14, value: (r) => r.toVisit },
        ],
      });
      // Volunteers' phone numbers leave the office in this file.
      return auditedExport(
        ctx,
        { action: 'volunteers.export', entity: 'volunteers', rows: 'volunteers', facts: { count: rows.length } },
        file,
      );
    },
  }),
} satisfies ApiArea;
