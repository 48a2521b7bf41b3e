import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { users } from './admin';
import { children } from './register';
import {
  sponsorKinds,
  taxIdTypes,
  citizenships,
  payoutMethods,
  sponsoredChildStatuses,
  sponsorshipPurposes,
  sponsorshipStatuses,
  endReasons,
  accountTypes,
  accountCodes,
  postingKinds,
  paymentModes,
  fundings,
  recipientMarks,
} from '../../shared/sponsorshipVocabulary';
import { editVersion, timestamps } from './columns';

export * from '../../shared/sponsorshipVocabulary';

export const sponsors = sqliteTable(
  'sponsors',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** SP-0001: printed on receipts and statements. */
    code: text('code').notNull(),
    kind: text('kind', { enum: sponsorKinds }).notNull(),
    name: text('name').notNull(),
    address: text('address'),
    phone: text('phone'),
    email: text('email'),
    taxIdType: text('tax_id_type', { enum: taxIdTypes }),
    taxId: text('tax_id'),
    citizenship: text('citizenship', { enum: citizenships }).notNull(),
    passportCountry: text('passport_country'),
    wants80g: integer('wants_80g', { mode: 'boolean' }).notNull().default(false),
    /** The one who writes to the child, when not the payer. */
    correspondentName: text('correspondent_name'),
    correspondentPhone: text('correspondent_phone'),
    correspondentEmail: text('correspondent_email'),
    notes: text('notes'),
    ...timestamps(),
    version: editVersion(),
  },
  (t) => [uniqueIndex('sponsors_code').on(t.code), index('sponsors_name').on(t.name)],
);

export const sponsoredChildren = sqliteTable(
  'sponsored_children',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    childId: integer('child_id')
      .notNull()
      .references(() => children.id),
    guardianName: text('guardian_name').notNull(),
    guardianRelation: text('guardian_relation').notNull(),
    payoutMethod: text('payout_method', { enum: payoutMethods }).notNull(),
    bankName: text('bank_name'),
    accountNumber: text('account_number'),
    ifsc: text('ifsc'),
    photoConsent: integer('photo_consent', { mode: 'boolean' }).notNull().default(false),
    storyConsent: integer('story_consent', { mode: 'boolean' }).notNull().default(false),
    /** 1 = urgent … 3 = normal: the order waiting children are offered to sponsors. */
    priority: integer('priority').notNull().default(3),
    /** The family also receives the government's Mission Vatsalya sponsorship. */
    missionVatsalya: integer('mission_vatsalya', { mode: 'boolean' }).notNull().default(false),
    /** What the family is paid each month, whoever funds it. */
    monthlySupportPaise: integer('monthly_support_paise').notNull(),
    progressNote: text('progress_note'),
    status: text('status', { enum: sponsoredChildStatuses }).notNull().default('waiting'),
    ...timestamps(),
    version: editVersion(),
  },
  (t) => [uniqueIndex('sponsored_children_child').on(t.childId), index('sponsored_children_status').on(t.status, t.priority)],
);

export const sponsorships = sqliteTable(
  'sponsorships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sponsorId: integer('sponsor_id')
      .notNull()
      .references(() => sponsors.id),
    sponsoredChildId: integer('sponsored_child_id')
      .notNull()
      .references(() => sponsoredChildren.id),
    purpose: text('purpose', { enum: sponsorshipPurposes }).notNull(),
    monthlyPaise: integer('monthly_paise').notNull(),
    startMonth: text('start_month').notNull(),
    /** The date the child turns 18, from the register; approximate when only an age was recorded. */
    plannedEnd: text('planned_end'),
    plannedEndApproximate: integer('planned_end_approximate', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: sponsorshipStatuses }).notNull().default('active'),
    statusReasonKind: text('status_reason_kind', { enum: endReasons }),
    statusReason: text('status_reason'),
    statusChangedAt: text('status_changed_at'),
    /** Dues have been settled (raised, or not owed) for every month up to this one: keeps raising cheap and idempotent. */
    duesThrough: text('dues_through'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('sponsorships_sponsor').on(t.sponsorId), index('sponsorships_child').on(t.sponsoredChildId)],
);

/** Every status a sponsorship has had and from which month it governs dues; the first row is its creation. */
export const sponsorshipStatusChanges = sqliteTable(
  'sponsorship_status_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sponsorshipId: integer('sponsorship_id')
      .notNull()
      .references(() => sponsorships.id),
    status: text('status', { enum: sponsorshipStatuses }).notNull(),
    /** YYYY-MM: the first month whose dues follow this status. */
    fromMonth: text('from_month').notNull(),
    reasonKind: text('reason_kind', { enum: endReasons }),
    reason: text('reason'),
    changedOn: text('changed_on').notNull(),
    changedBy: integer('changed_by').references(() => users.id),
  },
  (t) => [index('sponsorship_status_changes_sponsorship').on(t.sponsorshipId, t.fromMonth)],
);

export const ledgerAccounts = sqliteTable('ledger_accounts', {
  code: text('code', { enum: accountCodes }).primaryKey(),
  name: text('name').notNull(),
  type: text('type', { enum: accountTypes }).notNull(),
  /** Holds foreign contribution: money in it moves only to other FCRA accounts (FCRA 2010 s.7, s.17). */
  fcra: integer('fcra', { mode: 'boolean' }).notNull().default(false),
  sortOrder: integer('sort_order').notNull(),
});

/**
 * Append-only: triggers in the custom migration refuse UPDATE and DELETE, a posting whose lines do not
 * balance, and lines added to a posting that is already written. Lines are inserted before their posting.
 */
export const postings = sqliteTable(
  'postings',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: postingKinds }).notNull(),
    valueDate: text('value_date').notNull(),
    /** YYYY-MM the dues or the family's support are for. */
    forMonth: text('for_month'),
    receiptNo: text('receipt_no'),
    voucherNo: text('voucher_no'),
    /** 2026-27: April to March. */
    financialYear: text('financial_year').notNull(),
    sponsorId: integer('sponsor_id').references(() => sponsors.id),
    sponsorshipId: integer('sponsorship_id').references(() => sponsorships.id),
    sponsoredChildId: integer('sponsored_child_id').references(() => sponsoredChildren.id),
    mode: text('mode', { enum: paymentModes }),
    reference: text('reference'),
    funding: text('funding', { enum: fundings }),
    eligible80g: integer('eligible_80g', { mode: 'boolean' }),
    recipientName: text('recipient_name'),
    recipientMark: text('recipient_mark', { enum: recipientMarks }),
    inKindDescription: text('in_kind_description'),
    /** JSON {fileName, mimeType, bytes, sha256, storedPath} of the proof, relative to the data folder. */
    attachment: text('attachment'),
    reversesId: integer('reverses_id').references((): AnySQLiteColumn => postings.id),
    reason: text('reason'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('postings_receipt_no').on(t.receiptNo),
    uniqueIndex('postings_voucher_no').on(t.voucherNo),
    uniqueIndex('postings_reverses').on(t.reversesId),
    uniqueIndex('postings_dues_month')
      .on(t.sponsorshipId, t.forMonth)
      .where(sql`kind = 'dues'`),
    index('postings_kind_month').on(t.kind, t.forMonth),
    index('postings_child_month').on(t.sponsoredChildId, t.forMonth),
    index('postings_sponsor').on(t.sponsorId, t.valueDate),
    index('postings_value_date').on(t.valueDate),
  ],
);

/** amount_paise is signed: a debit is positive, a credit negative; a posting's lines sum to zero. */
export const postingLines = sqliteTable(
  'posting_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** No foreign key: lines are written before their posting row, which seals them (see the triggers). */
    postingId: integer('posting_id').notNull(),
    accountCode: text('account_code', { enum: accountCodes })
      .notNull()
      .references(() => ledgerAccounts.code),
    amountPaise: integer('amount_paise').notNull(),
    sponsorId: integer('sponsor_id').references(() => sponsors.id),
    sponsorshipId: integer('sponsorship_id').references(() => sponsorships.id),
    sponsoredChildId: integer('sponsored_child_id').references(() => sponsoredChildren.id),
    funding: text('funding', { enum: fundings }),
  },
  (t) => [
    index('posting_lines_posting').on(t.postingId),
    index('posting_lines_account').on(t.accountCode),
    index('posting_lines_sponsor').on(t.sponsorId, t.accountCode),
    index('posting_lines_child').on(t.sponsoredChildId, t.accountCode),
  ],
);
