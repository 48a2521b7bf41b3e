import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { UserError } from '../api/errors';
import { id, optionalText, phone, requiredText } from '../api/fields';
import type { WriteScope } from '../api/types';
import { children, schools, stakeholders, volunteers } from '../db/schema';
import { sexes } from '../db/schema/register';
import { stakeholderCategories, type PersonCategory } from '../shared/communityVocabulary';

/** What the stakeholders' register holds about a person; also what adding a new person anywhere asks for. */
export const stakeholderFields = z.object({
  name: requiredText(),
  sex: z.enum(sexes, 'errors.community.sex'),
  category: z.enum(stakeholderCategories, 'errors.community.category'),
  designation: optionalText(100),
  institution: optionalText(200),
  schoolId: id.nullish().transform((v) => v ?? null),
  gramPanchayat: optionalText(100),
  village: optionalText(100),
  phone,
});
export type StakeholderFields = z.output<typeof stakeholderFields>;

/**
 * One person of the community work: someone already in a register (a stakeholder, a volunteer, a
 * child) or a new person, who is then added to the stakeholders' register so that meeting them
 * again is meeting the same person.
 */
export const personRef = z
  .object({
    stakeholderId: id.optional(),
    volunteerId: id.optional(),
    childId: id.optional(),
    newPerson: stakeholderFields.optional(),
  })
  .refine(
    (p) => [p.stakeholderId, p.volunteerId, p.childId, p.newPerson].filter((v) => v !== undefined).length === 1,
    'errors.community.onePerson',
  );
export type PersonRef = z.output<typeof personRef>;

export interface PersonColumns {
  stakeholderId: number | null;
  volunteerId: number | null;
  childId: number | null;
}

export function personKey(p: PersonColumns): string {
  if (p.stakeholderId !== null) return `s${p.stakeholderId}`;
  if (p.volunteerId !== null) return `v${p.volunteerId}`;
  return `c${p.childId ?? 0}`;
}

export function insertStakeholder(w: WriteScope, fields: StakeholderFields, userId: number, at: string, field: string): number {
  if (fields.schoolId !== null && !w.db.select({ id: schools.id }).from(schools).where(eq(schools.id, fields.schoolId)).get())
    throw new UserError('not_found', 'errors.notFound', {}, { field: `${field}.schoolId` }, 404);
  const row = w.db
    .insert(stakeholders)
    .values({ ...fields, createdBy: userId, createdAt: at, updatedAt: at })
    .returning({ id: stakeholders.id })
    .get();
  w.audit({
    action: 'stakeholders.create',
    entity: 'stakeholders',
    entityId: row.id,
    summary: `${fields.name} (${fields.category})`,
    facts: { name: fields.name, category: fields.category },
  });
  return row.id;
}

/** The person's register row, checked to exist; a new person is added to the stakeholders' register here. */
export function resolvePerson(w: WriteScope, ref: PersonRef, userId: number, at: string, field: string): PersonColumns {
  const missing = () => new UserError('person_not_found', 'errors.community.personNotFound', {}, { field }, 404);
  if (ref.newPerson) return { stakeholderId: insertStakeholder(w, ref.newPerson, userId, at, field), volunteerId: null, childId: null };
  if (ref.stakeholderId !== undefined) {
    if (!w.db.select({ id: stakeholders.id }).from(stakeholders).where(eq(stakeholders.id, ref.stakeholderId)).get()) throw missing();
    return { stakeholderId: ref.stakeholderId, volunteerId: null, childId: null };
  }
  if (ref.volunteerId !== undefined) {
    if (!w.db.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.id, ref.volunteerId)).get()) throw missing();
    return { stakeholderId: null, volunteerId: ref.volunteerId, childId: null };
  }
  if (ref.childId === undefined || !w.db.select({ id: children.id }).from(children).where(eq(children.id, ref.childId)).get())
    throw missing();
  return { stakeholderId: null, volunteerId: null, childId: ref.childId };
}

/**
 * The columns that describe a person row `t` (a member, attendee or participant) by its register:
 * name, sex, category, phone and, for a child, the register code. Volunteers are the women
 * volunteers' register, so a volunteer is a woman.
 */
export function personColumnsSql(t: string): string {
  return `CASE WHEN ${t}.stakeholder_id IS NOT NULL THEN 's' || ${t}.stakeholder_id WHEN ${t}.volunteer_id IS NOT NULL THEN 'v' || ${t}.volunteer_id ELSE 'c' || ${t}.child_id END AS personKey,
    ${t}.stakeholder_id AS stakeholderId, ${t}.volunteer_id AS volunteerId, ${t}.child_id AS childId,
    COALESCE(ps.name, pv.name, pc.name_en, pc.name_bn) AS name,
    pc.name_bn AS nameBn,
    CASE WHEN ${t}.volunteer_id IS NOT NULL THEN 'female' WHEN ${t}.child_id IS NOT NULL THEN pc.sex ELSE ps.sex END AS sex,
    CASE WHEN ${t}.volunteer_id IS NOT NULL THEN 'volunteer' WHEN ${t}.child_id IS NOT NULL THEN 'child' ELSE ps.category END AS category,
    COALESCE(ps.phone, pv.phone, pc.phone) AS phone,
    ps.designation AS designation, ps.institution AS institution, pc.child_code AS childCode`;
}

export function personJoinsSql(t: string): string {
  return `LEFT JOIN stakeholders ps ON ps.id = ${t}.stakeholder_id
    LEFT JOIN volunteers pv ON pv.id = ${t}.volunteer_id
    LEFT JOIN children pc ON pc.id = ${t}.child_id`;
}

export interface PersonView extends PersonColumns {
  personKey: string;
  name: string;
  nameBn: string | null;
  sex: 'female' | 'male' | 'other';
  category: PersonCategory;
  phone: string | null;
  designation: string | null;
  institution: string | null;
  childCode: string | null;
}
