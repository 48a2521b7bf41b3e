import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { userRef } from './admin';
import { children } from './register';
import {
  authorities,
  caseOutcomes,
  caseTypes,
  consentFrom,
  consentMethods,
  consentWaivers,
  entryKinds,
  referralStatuses,
  reporterKinds,
  riskLevels,
} from '../../shared/caseVocabulary';
import { editVersion, timestamps } from './columns';

/** The case a row of a case's file belongs to. */
function caseRef() {
  return integer('case_id')
    .notNull()
    .references(() => cases.id);
}

export const cases = sqliteTable(
  'cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Office code, year and sequence: BSH/2026/0007. */
    caseNumber: text('case_number').notNull(),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    reporterKind: text('reporter_kind', { enum: reporterKinds }).notNull(),
    reporterName: text('reporter_name'),
    reportedOn: text('reported_on').notNull(),
    summary: text('summary').notNull(),
    village: text('village'),
    gramPanchayat: text('gram_panchayat'),
    riskLevel: text('risk_level', { enum: riskLevels }).notNull(),
    riskReason: text('risk_reason').notNull(),
    /** For a child-marriage case: the date the marriage is planned for, to check ages against PCMA 2006. */
    plannedMarriageOn: text('planned_marriage_on'),
    outcome: text('outcome', { enum: caseOutcomes }),
    outcomeNote: text('outcome_note'),
    closedOn: text('closed_on'),
    createdBy: userRef('created_by'),
    ...timestamps(),
    version: editVersion(),
  },
  (t) => [uniqueIndex('cases_number').on(t.caseNumber), index('cases_status').on(t.status), index('cases_reported').on(t.reportedOn)],
);

export const caseTypeLinks = sqliteTable(
  'case_types',
  {
    caseId: caseRef(),
    type: text('type', { enum: caseTypes }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.type] }), index('case_types_type').on(t.type)],
);

export const caseChildren = sqliteTable(
  'case_children',
  {
    caseId: caseRef(),
    childId: integer('child_id')
      .notNull()
      .references(() => children.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.childId] }), index('case_children_child').on(t.childId)],
);

export const caseWorkers = sqliteTable(
  'case_workers',
  {
    caseId: caseRef(),
    userId: userRef('user_id'),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('case_workers_user').on(t.userId)],
);

export const caseEntries = sqliteTable(
  'case_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: caseRef(),
    happenedOn: text('happened_on').notNull(),
    kind: text('kind', { enum: entryKinds }).notNull(),
    text: text('text').notNull(),
    authorId: userRef('author_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('case_entries_case').on(t.caseId, t.happenedOn)],
);

export const caseAttachments = sqliteTable(
  'case_attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: caseRef(),
    entryId: integer('entry_id')
      .notNull()
      .references(() => caseEntries.id),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    /** Relative to the data folder, so a restored backup and its attachments folder go together. */
    storedPath: text('stored_path').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('case_attachments_case').on(t.caseId)],
);

export const caseActions = sqliteTable(
  'case_actions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: caseRef(),
    description: text('description').notNull(),
    dueOn: text('due_on').notNull(),
    ownerId: userRef('owner_id'),
    doneOn: text('done_on'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('case_actions_owner_due').on(t.ownerId, t.doneOn, t.dueOn), index('case_actions_case').on(t.caseId)],
);

export const caseReferrals = sqliteTable(
  'case_referrals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: caseRef(),
    authority: text('authority', { enum: authorities }).notNull(),
    authorityName: text('authority_name').notNull(),
    contact: text('contact'),
    referredOn: text('referred_on').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: referralStatuses }).notNull().default('sent'),
    /** Whose consent was taken; null with a waiver, or on a referral recorded before consent was asked for. */
    consentFrom: text('consent_from', { enum: consentFrom }),
    consentMethod: text('consent_method', { enum: consentMethods }),
    consentWitness: text('consent_witness'),
    /** The signed consent form, kept with the case's files. */
    consentAttachmentId: integer('consent_attachment_id').references(() => caseAttachments.id),
    /** Why no consent was needed; with it, consent_note says what happened or the order's number. */
    consentWaiver: text('consent_waiver', { enum: consentWaivers }),
    consentNote: text('consent_note'),
    consentRecordedAt: text('consent_recorded_at'),
    createdBy: userRef('created_by'),
    ...timestamps(),
  },
  (t) => [index('case_referrals_case').on(t.caseId)],
);

/**
 * A First Information Report the police lodged on a case, as the office learns of it (usually on
 * its referral to the police): the number, the police station and the day. Counted in the monthly
 * report's child-marriage section; one FIR number per police station.
 */
export const caseFirs = sqliteTable(
  'case_firs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    /** The referral to the police it came of, when there was one. */
    referralId: integer('referral_id').references(() => caseReferrals.id),
    firNumber: text('fir_number').notNull(),
    policeStation: text('police_station').notNull(),
    lodgedOn: text('lodged_on').notNull(),
    /** The timeline entry "FIR lodged" written with it. */
    entryId: integer('entry_id')
      .notNull()
      .references(() => caseEntries.id),
    createdBy: userRef('created_by'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('case_firs_case').on(t.caseId), uniqueIndex('case_firs_number').on(t.policeStation, t.firNumber)],
);

/**
 * Break-the-glass: an unassigned case worker opened a case in an emergency, giving a reason. The
 * grant lasts a few hours; its workers and the manager see it on their screens.
 */
export const caseAccessGrants = sqliteTable(
  'case_access_grants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: caseRef(),
    userId: userRef('user_id'),
    reason: text('reason').notNull(),
    grantedAt: text('granted_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('case_access_grants_user').on(t.userId, t.expiresAt), index('case_access_grants_case').on(t.caseId)],
);
