import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { followUpFindings } from '../../attendance/findings';
import { userRef } from './admin';
import { cases } from './cases';
import { children } from './register';
import { timestamps } from './columns';

export { followUpFindings };

/** The women community volunteers who visit irregular children's homes; they work on paper, through the office. */
export const volunteers = sqliteTable(
  'volunteers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    phone: text('phone'),
    /** The villages she covers, comma-separated ("Uttar Bagundi, Khejurtala"); a village name holds no comma. */
    villages: text('villages').notNull().default(''),
    /** A volunteer who stopped keeps her visits and assignments, but gets no new children. */
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    ...timestamps(),
  },
  (t) => [index('volunteers_name').on(t.name)],
);

/** Which volunteer visits which flagged child: one volunteer per child at a time. */
export const worklistAssignments = sqliteTable(
  'worklist_assignments',
  {
    childId: integer('child_id')
      .primaryKey()
      .references(() => children.id),
    volunteerId: integer('volunteer_id')
      .notNull()
      .references(() => volunteers.id),
    assignedAt: text('assigned_at').notNull(),
    assignedBy: userRef('assigned_by'),
  },
  (t) => [index('worklist_assignments_volunteer').on(t.volunteerId)],
);

/** A home visit to a flagged child and what was found there. */
export const followUps = sqliteTable(
  'follow_ups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    childId: integer('child_id')
      .notNull()
      .references(() => children.id),
    visitDate: text('visit_date').notNull(),
    /** The volunteer's or worker's name as it was on the day, kept even if the volunteer is renamed. */
    visitedBy: text('visited_by').notNull(),
    volunteerId: integer('volunteer_id').references(() => volunteers.id),
    finding: text('finding', { enum: followUpFindings }).notNull(),
    note: text('note'),
    /** The child's open case when the visit was recorded, so the visit can be read beside the case file. */
    caseId: integer('case_id').references(() => cases.id),
    /** YYYY-MM of the flag this visit answered: a newer month's flag puts the child back on the worklist. */
    flagMonth: text('flag_month').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: userRef('created_by'),
  },
  (t) => [index('follow_ups_child').on(t.childId, t.visitDate)],
);
