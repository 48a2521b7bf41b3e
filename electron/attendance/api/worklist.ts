import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { visitListPdf } from '../visitList';
import { visitListRows } from '../visitListRows';
import { attendanceFlags, children, office, volunteers } from '../../db/schema';
import { UserError } from '../../api/errors';
import { id, isoDate, pickedId } from '../../api/fields';
import { method, type ApiArea, type WriteScope } from '../../api/types';

/** Child codes for an audit summary: enough to find them, never a page of them. */
function codesSummary(w: WriteScope, childIds: number[]): string {
  const shown = 10;
  const codes = w.db
    .select({ code: children.childCode })
    .from(children)
    .where(inArray(children.id, childIds.slice(0, shown)))
    .all()
    .map((r) => r.code);
  return childIds.length > shown ? `${codes.join(', ')} and ${childIds.length - shown} more` : codes.join(', ');
}

function asciiSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

/** Assigning flagged children to volunteers, recording what their home visits found, and their visit lists. */
export const worklistApi = {
  /** Gives children on the worklist to a volunteer (or takes them back: volunteerId null). */
  'worklist.assign': method({
    input: z.object({ childIds: z.array(id).min(1, 'errors.attendance.noChildren').max(20_000), volunteerId: id.nullable() }),
    permission: 'worklist.write',
    handler: (ctx, input) => {
      const childIds = [...new Set(input.childIds)];
      const idsJson = JSON.stringify(childIds);
      return ctx.write((w) => {
        const volunteer =
          input.volunteerId === null ? null : (w.db.select().from(volunteers).where(eq(volunteers.id, input.volunteerId)).get() ?? null);
        if (input.volunteerId !== null && !volunteer)
          throw new UserError('not_found', 'errors.notFound', {}, { field: 'volunteerId' }, 404);
        if (volunteer && !volunteer.active) {
          throw new UserError(
            'volunteer_inactive',
            'errors.attendance.volunteerInactive',
            { name: volunteer.name },
            { field: 'volunteerId' },
          );
        }
        // json_each keeps a whole Gram Panchayat's worklist to one bound parameter.
        const unflagged = w.db.get<{ code: string | null } | undefined>(
          sql`SELECT ${children.childCode} AS code FROM json_each(${idsJson}) AS j LEFT JOIN ${children} ON ${children.id} = j.value
              WHERE NOT EXISTS (SELECT 1 FROM ${attendanceFlags} WHERE ${attendanceFlags.childId} = j.value) LIMIT 1`,
        );
        if (unflagged) {
          if (unflagged.code === null) throw new UserError('not_found', 'errors.notFound', {}, { field: 'childIds' }, 404);
          throw new UserError('not_flagged', 'errors.attendance.notFlagged', { child: unflagged.code }, { field: 'childIds' });
        }
        if (volunteer) {
          // A child already with her keeps the date she first got them.
          const assign = ctx.sqlite.prepare(
            `INSERT INTO worklist_assignments (child_id, volunteer_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?)
             ON CONFLICT (child_id) DO UPDATE SET volunteer_id = excluded.volunteer_id, assigned_at = excluded.assigned_at,
               assigned_by = excluded.assigned_by WHERE worklist_assignments.volunteer_id <> excluded.volunteer_id`,
          );
          const at = ctx.now.toISOString();
          for (const childId of childIds) assign.run(childId, volunteer.id, at, ctx.session.userId);
          w.audit({
            action: 'worklist.assign',
            entity: 'volunteers',
            entityId: volunteer.id,
            summary: `${childIds.length} children to ${volunteer.name}: ${codesSummary(w, childIds)}`,
            facts: { count: childIds.length, volunteer: volunteer.name },
          });
        } else {
          ctx.sqlite.prepare('DELETE FROM worklist_assignments WHERE child_id IN (SELECT value FROM json_each(?))').run(idsJson);
          w.audit({
            action: 'worklist.unassign',
            entity: 'children',
            summary: `${childIds.length} children without a volunteer: ${codesSummary(w, childIds)}`,
            facts: { count: childIds.length },
          });
        }
        return { assigned: childIds.length };
      });
    },
  }),

  /** The printed list a volunteer takes to the field for a week: the children she still has to visit. */
  'worklist.visitList': method({
    input: z.object({ volunteerId: pickedId('attendance.assign.chooseVolunteer'), weekOf: isoDate, language: z.enum(['en', 'bn']) }),
    permission: 'attendance.read',
    handler: async (ctx, input) => {
      const volunteer = ctx.db.select().from(volunteers).where(eq(volunteers.id, input.volunteerId)).get();
      if (!volunteer) throw new UserError('not_found', 'errors.notFound', {}, { field: 'volunteerId' }, 404);
      const officeRow = ctx.db.select().from(office).get();
      if (!officeRow) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      const rows = visitListRows(ctx.db, volunteer.id);
      if (rows.length === 0) {
        throw new UserError('nobody_to_visit', 'errors.attendance.nobodyToVisit', { name: volunteer.name }, { field: 'volunteerId' });
      }
      const pdf = await visitListPdf({
        language: input.language,
        office: officeRow,
        volunteer: { name: volunteer.name, phone: volunteer.phone, villages: volunteer.villages },
        weekOf: input.weekOf,
        printedOn: ctx.today,
        rows,
      });
      // Children's names leave the office on this paper.
      ctx.write((w) =>
        w.audit({
          action: 'worklist.visitList',
          entity: 'volunteers',
          entityId: volunteer.id,
          summary: `${volunteer.name}, week of ${input.weekOf} (${input.language}): ${rows.length} children`,
          facts: { name: volunteer.name, weekOn: input.weekOf, language: input.language, count: rows.length },
        }),
      );
      const slug = asciiSlug(volunteer.name) || `volunteer-${volunteer.id}`;
      return { fileName: `visit-list-${slug}-${input.weekOf}-${input.language}.pdf`, contentBase64: pdf.toString('base64') };
    },
  }),
} satisfies ApiArea;
