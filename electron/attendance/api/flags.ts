import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { recomputeFlags } from '../flagStore';
import type { FlagReason } from '../flags';
import { reasonText } from '../reasonText';
import type { FlagStatus } from '../worklistStatus';
import {
  attendanceFlags,
  attendanceMonths,
  children,
  flagReasonCodes,
  schools,
  sexes,
  volunteers,
  worklistAssignments,
} from '../../db/schema';
import { classLabel } from '../../register/classLabel';
import { listWorkbook } from '../../reports/excel/listWorkbook';
import { UserError } from '../../api/errors';
import { id } from '../../api/fields';
import { translate } from '../../api/messages';
import { method, type ApiArea, type AuthedCtx } from '../../api/types';
import { childWhereaboutsColumns } from '../../register/childColumns';

/** The worklist (attendance_flags) and what is read beside it: a child's calendar, a school's trend. */

const flagFilters = z.object({
  schoolId: id.optional(),
  gramPanchayat: z.string().trim().min(1).max(200).optional(),
  village: z.string().trim().min(1).max(200).optional(),
  classGrade: z.number().int().min(0).max(12).optional(),
  sex: z.enum(sexes).optional(),
  reason: z.enum(flagReasonCodes).optional(),
  volunteerId: id.optional(),
  /** 'open' (default): still to be visited; 'all': every flagged child. */
  status: z.enum(['open', 'followed_up', 'case_opened', 'all']).default('open'),
});
type FlagFilters = z.output<typeof flagFilters>;

// The newest open case of the flagged child, as attendance/worklistStatus.ts defines it, written so that
// SQLite looks the child up in case_children first (given the choice it scans every open case per row).
const caseId = sql<
  number | null
>`(SELECT max(cc.case_id) FROM case_children cc WHERE cc.child_id = ${attendanceFlags.childId} AND EXISTS (SELECT 1 FROM cases k WHERE k.id = cc.case_id AND k.status = 'open'))`;
const status = sql<FlagStatus>`(CASE WHEN ${caseId} IS NOT NULL THEN 'case_opened' ELSE ${attendanceFlags.status} END)`;
const lastPercent = sql<
  number | null
>`(SELECT ${attendanceMonths.daysPresentHalves} * 50.0 / nullif(${attendanceMonths.daysOpen}, 0) FROM ${attendanceMonths} WHERE ${attendanceMonths.childId} = ${attendanceFlags.childId} ORDER BY ${attendanceMonths.month} DESC LIMIT 1)`;
const lastFollowUp = sql<
  string | null
>`(SELECT json_object('visitDate', visit_date, 'finding', finding) FROM follow_ups WHERE follow_ups.child_id = ${attendanceFlags.childId} ORDER BY visit_date DESC, id DESC LIMIT 1)`;
const childName = sql<string>`coalesce(${children.nameEn}, ${children.nameBn}, '')`;

function filterWhere(f: FlagFilters): SQL | undefined {
  return and(
    f.schoolId === undefined ? undefined : eq(children.schoolId, f.schoolId),
    f.gramPanchayat === undefined ? undefined : eq(children.gramPanchayat, f.gramPanchayat),
    f.village === undefined ? undefined : eq(children.village, f.village),
    f.classGrade === undefined ? undefined : eq(children.classGrade, f.classGrade),
    f.sex === undefined ? undefined : eq(children.sex, f.sex),
    f.reason === undefined
      ? undefined
      : sql`EXISTS (SELECT 1 FROM json_each(${attendanceFlags.reasonsJson}) WHERE json_extract(value, '$.code') = ${f.reason})`,
    f.volunteerId === undefined ? undefined : eq(worklistAssignments.volunteerId, f.volunteerId),
    f.status === 'all' ? undefined : eq(status, f.status),
  );
}

function flagRows(ctx: AuthedCtx, filters: FlagFilters, page: { limit?: number; offset?: number } = {}) {
  const base = ctx.db
    .select({
      childId: attendanceFlags.childId,
      childCode: children.childCode,
      name: childName,
      nameEn: children.nameEn,
      nameBn: children.nameBn,
      ...childWhereaboutsColumns,
      sex: children.sex,
      risk: attendanceFlags.risk,
      month: attendanceFlags.month,
      reasonsJson: attendanceFlags.reasonsJson,
      raisedAt: attendanceFlags.raisedAt,
      status,
      lastPercent,
      volunteerId: volunteers.id,
      volunteerName: volunteers.name,
      lastFollowUp,
      caseId,
    })
    .from(attendanceFlags)
    .innerJoin(children, eq(children.id, attendanceFlags.childId))
    .leftJoin(schools, eq(schools.id, children.schoolId))
    .leftJoin(worklistAssignments, eq(worklistAssignments.childId, attendanceFlags.childId))
    .leftJoin(volunteers, eq(volunteers.id, worklistAssignments.volunteerId))
    .where(filterWhere(filters))
    .orderBy(desc(attendanceFlags.risk), asc(childName), asc(attendanceFlags.childId));
  const rows =
    page.limit === undefined
      ? base.all()
      : base
          .limit(page.limit)
          .offset(page.offset ?? 0)
          .all();
  const language = ctx.session.language;
  return rows.map(({ reasonsJson, volunteerId, volunteerName, lastFollowUp: followUp, lastPercent: percent, ...r }) => {
    const reasons = JSON.parse(reasonsJson) as FlagReason[];
    return {
      ...r,
      reasons: reasons.map((reason) => ({ ...reason, text: reasonText(language, reason) })),
      lastPercent: percent === null ? null : Math.round(percent),
      volunteer: volunteerId === null ? null : { id: volunteerId, name: volunteerName ?? '' },
      lastFollowUp: followUp === null ? null : (JSON.parse(followUp) as { visitDate: string; finding: string }),
    };
  });
}

function countFlags(ctx: AuthedCtx, filters: FlagFilters): number {
  return (
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(attendanceFlags)
      .innerJoin(children, eq(children.id, attendanceFlags.childId))
      .leftJoin(worklistAssignments, eq(worklistAssignments.childId, attendanceFlags.childId))
      .where(filterWhere(filters))
      .get()?.n ?? 0
  );
}

export const flagsApi = {
  /** The worklist: flagged children, most urgent first. */
  'attendance.flags': method({
    input: flagFilters.extend({ limit: z.number().int().min(1).max(100_000).optional(), offset: z.number().int().min(0).default(0) }),
    permission: 'attendance.read',
    handler: (ctx, { limit, offset, ...filters }) => {
      const rows = flagRows(ctx, filters, limit === undefined ? {} : { limit, offset });
      return { rows, total: limit === undefined ? rows.length : countFlags(ctx, filters) };
    },
  }),

  /** Recomputes every child's flag (after a change of thresholds; the bench). */
  'attendance.recomputeFlags': method({
    input: z.object({}),
    permission: 'attendance.import',
    handler: (ctx) =>
      ctx.write((w) => {
        const result = recomputeFlags(ctx.sqlite, ctx.host.settings, ctx.now.toISOString(), 'all');
        w.audit({
          action: 'attendance.recomputeFlags',
          entity: 'attendance_flags',
          summary: `${result.flagged} children flagged (${result.raised} newly, ${result.cleared} taken off)`,
          facts: { count: result.flagged, raised: result.raised, cleared: result.cleared },
        });
        return result;
      }),
  }),

  /** A child's month-by-month marks, newest first. */
  'attendance.childCalendar': method({
    input: z.object({ childId: id }),
    permission: 'attendance.read',
    handler: (ctx, input) => {
      if (!ctx.db.select({ id: children.id }).from(children).where(eq(children.id, input.childId)).get()) {
        throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      }
      const months = ctx.db
        .select({
          month: attendanceMonths.month,
          schoolId: attendanceMonths.schoolId,
          schoolName: schools.name,
          marks: attendanceMonths.marks,
          daysPresentHalves: attendanceMonths.daysPresentHalves,
          daysOpen: attendanceMonths.daysOpen,
          longestAbsenceRun: attendanceMonths.longestAbsenceRun,
          classGrade: attendanceMonths.classGrade,
          section: attendanceMonths.section,
          roll: attendanceMonths.roll,
        })
        .from(attendanceMonths)
        .innerJoin(schools, eq(schools.id, attendanceMonths.schoolId))
        .where(eq(attendanceMonths.childId, input.childId))
        .orderBy(desc(attendanceMonths.month))
        .all()
        .map(({ daysPresentHalves, ...m }) => ({
          ...m,
          daysPresent: daysPresentHalves / 2,
          percent: m.daysOpen > 0 ? Math.round((daysPresentHalves * 50) / m.daysOpen) : null,
        }));
      return { months };
    },
  }),

  /** A school's attendance month by month (oldest first, for a chart) and its flagged children. */
  'attendance.schoolTrend': method({
    input: z.object({ schoolId: id }),
    permission: 'attendance.read',
    handler: (ctx, input) => {
      if (!ctx.db.select({ id: schools.id }).from(schools).where(eq(schools.id, input.schoolId)).get()) {
        throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      }
      const flaggedByMonth = new Map(
        (
          ctx.sqlite
            .prepare(
              `SELECT f.month, count(*) AS n FROM attendance_flags f JOIN children c ON c.id = f.child_id WHERE c.school_id = ? GROUP BY f.month`,
            )
            .all(input.schoolId) as { month: string; n: number }[]
        ).map((r) => [r.month, r.n]),
      );
      const months = (
        ctx.sqlite
          .prepare(
            `SELECT month, count(*) AS children, max(days_open) AS daysOpen,
                    avg(CASE WHEN days_open > 0 THEN days_present_halves * 50.0 / days_open END) AS averagePercent
               FROM attendance_months WHERE school_id = ? GROUP BY month ORDER BY month`,
          )
          .all(input.schoolId) as { month: string; children: number; daysOpen: number; averagePercent: number | null }[]
      ).map((m) => ({
        ...m,
        averagePercent: m.averagePercent === null ? null : Math.round(m.averagePercent * 10) / 10,
        flagged: flaggedByMonth.get(m.month) ?? 0,
      }));
      return { months, flagged: flagRows(ctx, { schoolId: input.schoolId, status: 'all' }) };
    },
  }),

  /** The worklist with the filters on screen, as an Excel workbook. */
  'attendance.exportFlags': method({
    input: flagFilters,
    permission: 'attendance.read',
    handler: async (ctx, filters) => {
      const lang = ctx.session.language;
      const label = (key: string) => translate(lang, key);
      const rows = flagRows(ctx, filters);
      const title = label('attendance.flagsExport.title');
      return listWorkbook({
        sheetName: title,
        title: `${title} — ${ctx.today.split('-').reverse().join('/')} · ${ctx.session.fullName}`,
        fileName: `worklist-${ctx.today}.xlsx`,
        rows,
        columns: [
          { header: label('attendance.flagsExport.risk'), width: 7, value: (r) => r.risk },
          { header: label('register.children.columns.code'), width: 14, value: (r) => r.childCode },
          { header: label('register.children.columns.name'), width: 24, value: (r) => r.name },
          { header: label('register.children.columns.guardian'), width: 22, value: (r) => r.guardianName },
          { header: label('register.children.columns.sex'), width: 8, value: (r) => label(`register.sex.${r.sex}`) },
          { header: label('register.form.village'), width: 18, value: (r) => r.village },
          { header: label('register.form.gramPanchayat'), width: 18, value: (r) => r.gramPanchayat },
          { header: label('register.children.columns.school'), width: 30, value: (r) => r.schoolName },
          { header: label('register.children.columns.class'), width: 8, value: (r) => classLabel(lang, r.classGrade, r.section) },
          { header: label('attendance.flagsExport.reasons'), width: 60, value: (r) => r.reasons.map((x) => x.text).join('; ') },
          { header: label('attendance.flagsExport.lastPercent'), width: 10, value: (r) => r.lastPercent },
          { header: label('attendance.flagsExport.volunteer'), width: 20, value: (r) => r.volunteer?.name ?? null },
          { header: label('attendance.flagsExport.status'), width: 14, value: (r) => label(`attendance.flagsExport.statuses.${r.status}`) },
        ],
      });
    },
  }),
} satisfies ApiArea;
