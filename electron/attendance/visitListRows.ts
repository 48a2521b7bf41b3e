import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import type { Db } from '../db/connection';
import { attendanceFlags, attendanceMonths, children, schools, worklistAssignments } from '../db/schema';
import type { FlagReason } from './flags';
import { flagStatusWithCases } from './worklistStatus';

/** attendance_flags.reasons_json as attendance/flags.ts writes it, checked on the way out. */
const flagReasons = z.array(
  z.discriminatedUnion('code', [
    z.object({
      code: z.literal('low_attendance'),
      values: z.object({ month: z.string(), present: z.number(), open: z.number(), percent: z.number() }),
    }),
    z.object({ code: z.literal('absence_run'), values: z.object({ days: z.number(), from: z.string(), month: z.string() }) }),
    z.object({ code: z.literal('dropped_off'), values: z.object({ month: z.string(), lastMonth: z.string() }) }),
    z.object({ code: z.literal('falling'), values: z.object({ from: z.string(), to: z.string(), percents: z.array(z.number()) }) }),
  ]),
) satisfies z.ZodType<FlagReason[]>;

/** One child on a volunteer's visit list, as the database has them. */
export interface VisitListRow {
  childId: number;
  childCode: string;
  nameEn: string | null;
  nameBn: string | null;
  guardianName: string | null;
  guardianRelation: string | null;
  phone: string | null;
  village: string | null;
  gramPanchayat: string | null;
  schoolName: string | null;
  classGrade: number | null;
  section: string | null;
  risk: number;
  flagMonth: string;
  reasons: FlagReason[];
  /** The child's latest month on a register up to the flag's month; null when never on one. */
  attendance: { month: string; daysPresentHalves: number; daysOpen: number } | null;
}

const registerSchool = alias(schools, 'register_school');

/**
 * The children assigned to a volunteer who still wait for a visit (flag open, no open case), by
 * village so she can walk them in order, the most urgent first within a village.
 */
export function visitListRows(db: Db, volunteerId: number): VisitListRow[] {
  const latestMonth = sql`(SELECT am.id FROM attendance_months am WHERE am.child_id = ${children.id} AND am.month <= ${attendanceFlags.month} ORDER BY am.month DESC LIMIT 1)`;
  return db
    .select({
      childId: children.id,
      childCode: children.childCode,
      nameEn: children.nameEn,
      nameBn: children.nameBn,
      guardianName: children.guardianName,
      guardianRelation: children.guardianRelation,
      phone: children.phone,
      village: children.village,
      gramPanchayat: children.gramPanchayat,
      // The school whose register flagged the child; the register's school when there is none.
      schoolName: sql<string | null>`coalesce(${schools.name}, ${registerSchool.name})`,
      classGrade: sql<number | null>`coalesce(${children.classGrade}, ${attendanceMonths.classGrade})`,
      section: sql<string | null>`coalesce(${children.section}, ${attendanceMonths.section})`,
      risk: attendanceFlags.risk,
      flagMonth: attendanceFlags.month,
      reasonsJson: attendanceFlags.reasonsJson,
      month: attendanceMonths.month,
      daysPresentHalves: attendanceMonths.daysPresentHalves,
      daysOpen: attendanceMonths.daysOpen,
    })
    .from(worklistAssignments)
    .innerJoin(attendanceFlags, eq(attendanceFlags.childId, worklistAssignments.childId))
    .innerJoin(children, eq(children.id, worklistAssignments.childId))
    .leftJoin(attendanceMonths, eq(attendanceMonths.id, latestMonth))
    .leftJoin(schools, eq(schools.id, attendanceMonths.schoolId))
    .leftJoin(registerSchool, eq(registerSchool.id, children.schoolId))
    .where(and(eq(worklistAssignments.volunteerId, volunteerId), eq(flagStatusWithCases(), 'open')))
    .orderBy(
      sql`coalesce(${children.village}, '') = ''`,
      sql`lower(${children.village})`,
      desc(attendanceFlags.risk),
      asc(sql`coalesce(${children.nameEn}, ${children.nameBn})`),
      asc(children.id),
    )
    .all()
    .map(({ reasonsJson, month, daysPresentHalves, daysOpen, ...row }) => ({
      ...row,
      reasons: flagReasons.parse(JSON.parse(reasonsJson)),
      attendance: month !== null && daysPresentHalves !== null && daysOpen !== null ? { month, daysPresentHalves, daysOpen } : null,
    }));
}
