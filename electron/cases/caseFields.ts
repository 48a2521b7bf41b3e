import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { pcmaFinding } from './pcma';
import { caseChildren, caseTypeLinks, caseWorkers, cases, children, schools, users } from '../db/schema';
import { caseTypes, reporterKinds, riskLevels } from '../shared/caseVocabulary';
import { ageOn } from '../register/age';
import { roleAllows } from '../api/permissions';
import { UserError } from '../api/errors';
import { id, isoDate, optionalText, requiredText } from '../api/fields';
import type { Db } from '../db/connection';
import type { WriteScope } from '../api/types';

/** A case as its form writes it and reads it back: the fields, the checks of its links, its row and its record. */
export const caseFields = z.object({
  types: z.array(z.enum(caseTypes)).min(1, 'errors.caseType'),
  childIds: z.array(id).min(1, 'errors.caseChild'),
  reporterKind: z.enum(reporterKinds, 'errors.reporterKind'),
  reporterName: optionalText(),
  reportedOn: isoDate,
  summary: requiredText(4000),
  village: optionalText(),
  gramPanchayat: optionalText(),
  riskLevel: z.enum(riskLevels, 'errors.riskLevel'),
  riskReason: requiredText(300),
  workerIds: z.array(id).default([]),
  plannedMarriageOn: isoDate.nullish(),
});

export type CaseFields = z.output<typeof caseFields>;

/** Checks what the database must agree with: the children exist, the workers may work on cases. */
export function checkLinks(w: WriteScope, input: CaseFields, todayIso: string): void {
  if (input.reportedOn > todayIso) throw new UserError('invalid_input', 'errors.reportedFuture', {}, { field: 'reportedOn' });
  const found = w.db.select({ id: children.id }).from(children).where(inArray(children.id, input.childIds)).all();
  if (found.length !== new Set(input.childIds).size)
    throw new UserError('invalid_input', 'errors.caseChildMissing', {}, { field: 'childIds' });
  for (const workerId of input.workerIds) {
    const worker = w.db.select().from(users).where(eq(users.id, workerId)).get();
    if (!worker || !worker.active || !roleAllows(worker.role, 'cases.write')) {
      throw new UserError('invalid_input', 'errors.caseWorker', { name: worker?.fullName ?? String(workerId) }, { field: 'workerIds' });
    }
  }
}

export function writeLinks(w: WriteScope, caseId: number, input: CaseFields): void {
  w.db.delete(caseTypeLinks).where(eq(caseTypeLinks.caseId, caseId)).run();
  w.db.delete(caseChildren).where(eq(caseChildren.caseId, caseId)).run();
  w.db.delete(caseWorkers).where(eq(caseWorkers.caseId, caseId)).run();
  for (const type of new Set(input.types)) w.db.insert(caseTypeLinks).values({ caseId, type }).run();
  for (const childId of new Set(input.childIds)) w.db.insert(caseChildren).values({ caseId, childId }).run();
  for (const userId of new Set(input.workerIds)) w.db.insert(caseWorkers).values({ caseId, userId }).run();
}

export function caseRow(input: CaseFields) {
  return {
    reporterKind: input.reporterKind,
    reporterName: input.reporterName,
    reportedOn: input.reportedOn,
    summary: input.summary,
    village: input.village,
    gramPanchayat: input.gramPanchayat,
    riskLevel: input.riskLevel,
    riskReason: input.riskReason,
    plannedMarriageOn: input.types.includes('child_marriage') ? (input.plannedMarriageOn ?? null) : null,
  };
}

/** The case as its edit form reads it: the row, its types, children and workers (cases.get, and a conflict's record). */
export function caseRecord(db: Db, row: typeof cases.$inferSelect, todayIso: string) {
  const kids = db
    .select({ child: children, schoolName: schools.name })
    .from(caseChildren)
    .innerJoin(children, eq(caseChildren.childId, children.id))
    .leftJoin(schools, eq(children.schoolId, schools.id))
    .where(eq(caseChildren.caseId, row.id))
    .all()
    .map(({ child, schoolName }) => ({
      id: child.id,
      childCode: child.childCode,
      nameEn: child.nameEn,
      nameBn: child.nameBn,
      sex: child.sex,
      age: ageOn(child, todayIso),
      birthBasis: child.birthBasis,
      classGrade: child.classGrade,
      schoolName,
      village: child.village,
      pcma: row.plannedMarriageOn ? pcmaFinding(child, row.plannedMarriageOn) : null,
    }));
  return {
    ...row,
    types: db
      .select({ type: caseTypeLinks.type })
      .from(caseTypeLinks)
      .where(eq(caseTypeLinks.caseId, row.id))
      .all()
      .map((r) => r.type),
    children: kids,
    workers: db
      .select({ id: users.id, fullName: users.fullName })
      .from(caseWorkers)
      .innerJoin(users, eq(caseWorkers.userId, users.id))
      .where(eq(caseWorkers.caseId, row.id))
      .all(),
  };
}

export const sameSet = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));
