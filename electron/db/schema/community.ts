import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import {
  activityTopics,
  activityTypes,
  actionPointStatuses,
  committeeLevels,
  committeeRoles,
  personCategories,
  stakeholderCategories,
} from '../../shared/communityVocabulary';
import { userRef, users } from './admin';
import { departures } from './safetynet';
import { caseReferrals, cases } from './cases';
import { children, schools, sexes } from './register';
import { volunteers } from './worklist';
import { editVersion, timestamps } from './columns';

export { activityTopics, activityTypes, actionPointStatuses, committeeLevels, committeeRoles, personCategories, stakeholderCategories };

/**
 * Every person of the community work is one row of one register: an official or community member
 * here (stakeholders), a woman volunteer (volunteers) or a child (children). Members, attendees and
 * participants point at exactly one of the three, so "distinct people" is a count of person ids.
 */
const personColumns = () => ({
  stakeholderId: integer('stakeholder_id').references(() => stakeholders.id),
  volunteerId: integer('volunteer_id').references(() => volunteers.id),
  childId: integer('child_id').references(() => children.id),
});
const onePerson = (name: string, t: { stakeholderId: unknown; volunteerId: unknown; childId: unknown }) =>
  check(name, sql`((${t.stakeholderId} IS NOT NULL) + (${t.volunteerId} IS NOT NULL) + (${t.childId} IS NOT NULL)) = 1`);

/** The officials and community people the office works with: principals, police officers, panchayat members, ASHAs… */
export const stakeholders = sqliteTable(
  'stakeholders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    sex: text('sex', { enum: sexes }).notNull(),
    category: text('category', { enum: stakeholderCategories }).notNull(),
    /** Post or rank: "Sub-Inspector", "Pradhan", "Headmistress". */
    designation: text('designation'),
    /** The police station, panchayat office, CWC, DCPU… as written by the office. */
    institution: text('institution'),
    /** For principals and teachers: their school in the register. */
    schoolId: integer('school_id').references(() => schools.id),
    gramPanchayat: text('gram_panchayat'),
    village: text('village'),
    phone: text('phone'),
    createdBy: userRef('created_by'),
    ...timestamps(),
  },
  (t) => [index('stakeholders_category').on(t.category), index('stakeholders_name').on(t.name)],
);

export const committees = sqliteTable(
  'committees',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    level: text('level', { enum: committeeLevels }).notNull(),
    /** The village, ward, Gram Panchayat or block the committee covers. */
    area: text('area').notNull(),
    /** The GP it belongs to (for a GP-level committee, itself); none for a block committee. */
    gramPanchayat: text('gram_panchayat'),
    formedOn: text('formed_on').notNull(),
    createdBy: userRef('created_by'),
    ...timestamps(),
    version: editVersion(),
  },
  (t) => [index('committees_level').on(t.level), index('committees_gp').on(t.gramPanchayat)],
);

export const committeeMembers = sqliteTable(
  'committee_members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    committeeId: integer('committee_id')
      .notNull()
      .references(() => committees.id),
    ...personColumns(),
    role: text('role', { enum: committeeRoles }).notNull(),
    joinedOn: text('joined_on').notNull(),
    leftOn: text('left_on'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('committee_members_committee').on(t.committeeId),
    index('committee_members_stakeholder').on(t.stakeholderId),
    onePerson('committee_members_one_person', t),
  ],
);

export const committeeMeetings = sqliteTable(
  'committee_meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    committeeId: integer('committee_id')
      .notNull()
      .references(() => committees.id),
    heldOn: text('held_on').notNull(),
    place: text('place').notNull(),
    /** Members on the roll that day, those present and the quorum then: kept as they were, whatever joins later. */
    membersOnRoll: integer('members_on_roll').notNull(),
    membersPresent: integer('members_present').notNull(),
    quorumRequired: integer('quorum_required').notNull(),
    quorate: integer('quorate', { mode: 'boolean' }).notNull(),
    decisions: text('decisions'),
    /** The photo of the signed attendance sheet, under the data folder's attachments/ (kept in backups). */
    sheetFileName: text('sheet_file_name'),
    sheetMimeType: text('sheet_mime_type'),
    sheetBytes: integer('sheet_bytes'),
    sheetSha256: text('sheet_sha256'),
    sheetStoredPath: text('sheet_stored_path'),
    createdBy: userRef('created_by'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('committee_meetings_committee').on(t.committeeId, t.heldOn), index('committee_meetings_held').on(t.heldOn)],
);

/** Who was at a meeting: a member ticked (memberId set) or another person added that day. */
export const meetingAttendees = sqliteTable(
  'meeting_attendees',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => committeeMeetings.id),
    memberId: integer('member_id').references(() => committeeMembers.id),
    ...personColumns(),
  },
  (t) => [index('meeting_attendees_meeting').on(t.meetingId), onePerson('meeting_attendees_one_person', t)],
);

export const meetingIssues = sqliteTable(
  'meeting_issues',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => committeeMeetings.id),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    caseId: integer('case_id').references(() => cases.id),
    /** A departure in the SafetyNet migration register. */
    departureId: integer('departure_id').references(() => departures.id),
  },
  (t) => [index('meeting_issues_meeting').on(t.meetingId)],
);

export const meetingIssueChildren = sqliteTable(
  'meeting_issue_children',
  {
    issueId: integer('issue_id')
      .notNull()
      .references(() => meetingIssues.id),
    childId: integer('child_id')
      .notNull()
      .references(() => children.id),
  },
  (t) => [primaryKey({ columns: [t.issueId, t.childId] }), index('meeting_issue_children_child').on(t.childId)],
);

export const actionPoints = sqliteTable(
  'action_points',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => committeeMeetings.id),
    committeeId: integer('committee_id')
      .notNull()
      .references(() => committees.id),
    what: text('what').notNull(),
    who: text('who').notNull(),
    dueOn: text('due_on').notNull(),
    status: text('status', { enum: actionPointStatuses }).notNull().default('open'),
    /** The day it was done or dropped. */
    closedOn: text('closed_on'),
    /** What was done, or why it was dropped. */
    closingNote: text('closing_note'),
    updatedBy: integer('updated_by').references(() => users.id),
    ...timestamps(),
  },
  (t) => [index('action_points_status_due').on(t.status, t.dueOn), index('action_points_committee').on(t.committeeId)],
);

export const communityActivities = sqliteTable(
  'community_activities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    type: text('type', { enum: activityTypes }).notNull(),
    heldOn: text('held_on').notNull(),
    village: text('village'),
    gramPanchayat: text('gram_panchayat'),
    /** Further topics in the office's words, beside the listed ones. */
    topicsNote: text('topics_note'),
    facilitators: text('facilitators').notNull(),
    notes: text('notes'),
    createdBy: userRef('created_by'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('community_activities_held').on(t.heldOn), index('community_activities_gp').on(t.gramPanchayat)],
);

export const activityTopicLinks = sqliteTable(
  'community_activity_topics',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => communityActivities.id),
    topic: text('topic', { enum: activityTopics }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.topic] })],
);

/** Participants not named, counted by category and sex: "40 girls, 35 boys" at a life-skill session. */
export const activityHeadcounts = sqliteTable(
  'community_activity_headcounts',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => communityActivities.id),
    category: text('category', { enum: personCategories }).notNull(),
    sex: text('sex', { enum: sexes }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.category, t.sex] })],
);

/** Participants named, where it matters (volunteers trained, officials met): counted once per person. */
export const activityParticipants = sqliteTable(
  'community_activity_participants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    activityId: integer('activity_id')
      .notNull()
      .references(() => communityActivities.id),
    ...personColumns(),
  },
  (t) => [
    index('community_activity_participants_activity').on(t.activityId),
    index('community_activity_participants_stakeholder').on(t.stakeholderId),
    onePerson('community_activity_participants_one_person', t),
  ],
);

/** The official a case was referred to, when they are in the stakeholders' register: referrals count as working with them. */
export const referralStakeholders = sqliteTable(
  'case_referral_stakeholders',
  {
    referralId: integer('referral_id')
      .primaryKey()
      .references(() => caseReferrals.id),
    stakeholderId: integer('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id),
  },
  (t) => [index('case_referral_stakeholders_stakeholder').on(t.stakeholderId)],
);
