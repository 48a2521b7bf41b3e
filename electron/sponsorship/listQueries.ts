import { asc, eq, like, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { accountCodes, children, paymentModes, postingKinds, sponsoredChildStatuses, sponsoredChildren, sponsors } from '../db/schema';
import { ageOn } from '../register/age';
import { isoDate, id } from '../api/fields';
import type { AuthedCtx } from '../api/types';
import { isForeignSource, type AccountCode } from '../shared/fcra';
import { arrearsBySponsor, type Arrears } from './arrears';
import { ensureDuesRaised } from './duesOnRead';
import type { Funding, PostingKind } from './ledger';

// The sponsorship lists as the screens show them, read by their list methods and by their Excel
// exports alike, so an export is exactly the list on screen.

export const noArrears: Arrears = { balancePaise: 0, arrearsPaise: 0, monthsMissed: 0, oldestUnpaidMonth: null, state: null };

export const sponsorsListInput = z.object({ q: z.string().trim().max(100).optional() });

export function sponsorsList(ctx: AuthedCtx, input: z.output<typeof sponsorsListInput>) {
  ensureDuesRaised(ctx);
  const pattern = `%${input.q ?? ''}%`;
  const rows = ctx.db
    .select({
      id: sponsors.id,
      code: sponsors.code,
      kind: sponsors.kind,
      name: sponsors.name,
      phone: sponsors.phone,
      email: sponsors.email,
      citizenship: sponsors.citizenship,
      passportCountry: sponsors.passportCountry,
      wants80g: sponsors.wants80g,
      activeSponsorships: sql<number>`(SELECT count(*) FROM sponsorships s WHERE s.sponsor_id = "sponsors"."id" AND s.status = 'active')`,
    })
    .from(sponsors)
    .where(input.q ? or(like(sponsors.name, pattern), like(sponsors.code, pattern), like(sponsors.email, pattern)) : undefined)
    .orderBy(sql`${sponsors.name} COLLATE NOCASE`)
    .all();
  const arrears = arrearsBySponsor(ctx.sqlite, ctx.today, ctx.host.settings);
  return rows.map((r) => {
    const a = arrears.get(r.id) ?? noArrears;
    return {
      ...r,
      foreignSource: isForeignSource(r.citizenship),
      arrearsPaise: a.arrearsPaise,
      monthsMissed: a.monthsMissed,
      arrearsState: a.state,
      balancePaise: a.balancePaise,
    };
  });
}

const childName = sql<string>`coalesce(${children.nameEn}, ${children.nameBn}, '')`;

export const sponsoredChildListColumns = {
  id: sponsoredChildren.id,
  childId: children.id,
  childCode: children.childCode,
  name: childName,
  nameBn: children.nameBn,
  sex: children.sex,
  village: children.village,
  birthBasis: children.birthBasis,
  dateOfBirth: children.dateOfBirth,
  ageYears: children.ageYears,
  ageAsOf: children.ageAsOf,
  guardianName: sponsoredChildren.guardianName,
  guardianRelation: sponsoredChildren.guardianRelation,
  payoutMethod: sponsoredChildren.payoutMethod,
  priority: sponsoredChildren.priority,
  missionVatsalya: sponsoredChildren.missionVatsalya,
  monthlySupportPaise: sponsoredChildren.monthlySupportPaise,
  status: sponsoredChildren.status,
  activeSponsorships: sql<number>`(SELECT count(*) FROM sponsorships s WHERE s.sponsored_child_id = "sponsored_children"."id" AND s.status = 'active')`,
};

export const sponsoredChildrenListInput = z.object({ status: z.enum(sponsoredChildStatuses).optional() });

/** Waiting children come by priority (1 urgent first), then in the order they were added. */
export function sponsoredChildrenList(ctx: AuthedCtx, input: z.output<typeof sponsoredChildrenListInput>) {
  return ctx.db
    .select(sponsoredChildListColumns)
    .from(sponsoredChildren)
    .innerJoin(children, eq(children.id, sponsoredChildren.childId))
    .where(input.status ? eq(sponsoredChildren.status, input.status) : undefined)
    .orderBy(
      sql`CASE ${sponsoredChildren.status} WHEN 'waiting' THEN 0 WHEN 'supported' THEN 1 ELSE 2 END`,
      asc(sponsoredChildren.priority),
      asc(sponsoredChildren.id),
    )
    .all()
    .map(({ birthBasis, dateOfBirth, ageYears, ageAsOf, ...r }) => ({
      ...r,
      age: ageOn({ birthBasis, dateOfBirth, ageYears, ageAsOf }, ctx.today),
    }));
}

export interface LedgerLine {
  postingId: number;
  account: AccountCode;
  amountPaise: number;
  sponsorId: number | null;
  sponsorshipId: number | null;
  sponsoredChildId: number | null;
  funding: Funding | null;
}

export interface LedgerPosting {
  id: number;
  kind: PostingKind;
  valueDate: string;
  forMonth: string | null;
  receiptNo: string | null;
  voucherNo: string | null;
  financialYear: string;
  sponsorId: number | null;
  sponsorCode: string | null;
  sponsorName: string | null;
  sponsorshipId: number | null;
  sponsoredChildId: number | null;
  childCode: string | null;
  childName: string | null;
  mode: (typeof paymentModes)[number] | null;
  reference: string | null;
  funding: Funding | null;
  eligible80g: boolean | null;
  recipientName: string | null;
  recipientMark: 'signature' | 'thumbprint' | null;
  inKindDescription: string | null;
  hasProof: boolean;
  reversesId: number | null;
  reversedBy: number | null;
  reason: string | null;
  createdBy: string | null;
  createdAt: string;
  /** The posting's size: the sum of its debit lines. */
  amountPaise: number;
  lines: LedgerLine[];
}

export const postingsInput = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  account: z.enum(accountCodes).optional(),
  sponsorId: id.optional(),
  sponsoredChildId: id.optional(),
  kind: z.enum(postingKinds).optional(),
  limit: z.number().int().min(1).max(2000).default(200),
  offset: z.number().int().min(0).default(0),
});

const where = `WHERE (:from IS NULL OR p.value_date >= :from) AND (:to IS NULL OR p.value_date <= :to)
  AND (:kind IS NULL OR p.kind = :kind) AND (:sponsorId IS NULL OR p.sponsor_id = :sponsorId)
  AND (:childId IS NULL OR p.sponsored_child_id = :childId)
  AND (:account IS NULL OR EXISTS (SELECT 1 FROM posting_lines a WHERE a.posting_id = p.id AND a.account_code = :account))`;

/** The ledger screen: newest first, each posting with its lines and whether it was reversed. */
export function ledgerPostings(ctx: AuthedCtx, input: z.output<typeof postingsInput>) {
  ensureDuesRaised(ctx);
  const params = {
    from: input.from ?? null,
    to: input.to ?? null,
    kind: input.kind ?? null,
    sponsorId: input.sponsorId ?? null,
    childId: input.sponsoredChildId ?? null,
    account: input.account ?? null,
  };
  const total = (ctx.sqlite.prepare(`SELECT count(*) AS n FROM postings p ${where}`).get(params) as { n: number }).n;
  const rows = ctx.sqlite
    .prepare(
      `SELECT p.id, p.kind, p.value_date AS valueDate, p.for_month AS forMonth, p.receipt_no AS receiptNo, p.voucher_no AS voucherNo,
             p.financial_year AS financialYear, p.sponsor_id AS sponsorId, s.code AS sponsorCode, s.name AS sponsorName,
             p.sponsorship_id AS sponsorshipId, p.sponsored_child_id AS sponsoredChildId, c.child_code AS childCode,
             coalesce(c.name_en, c.name_bn) AS childName, p.mode, p.reference, p.funding, p.eligible_80g AS eligible80g,
             p.recipient_name AS recipientName, p.recipient_mark AS recipientMark, p.in_kind_description AS inKindDescription,
             p.attachment IS NOT NULL AS hasProof, p.reverses_id AS reversesId,
             (SELECT r.id FROM postings r WHERE r.reverses_id = p.id) AS reversedBy, p.reason, u.username AS createdBy, p.created_at AS createdAt
           FROM postings p
           LEFT JOIN sponsors s ON s.id = p.sponsor_id
           LEFT JOIN sponsored_children sc ON sc.id = p.sponsored_child_id
           LEFT JOIN children c ON c.id = sc.child_id
           LEFT JOIN users u ON u.id = p.created_by
           ${where}
           ORDER BY p.value_date DESC, p.id DESC LIMIT :limit OFFSET :offset`,
    )
    .all({ ...params, limit: input.limit, offset: input.offset }) as (Omit<
    LedgerPosting,
    'eligible80g' | 'hasProof' | 'lines' | 'amountPaise'
  > & {
    eligible80g: number | null;
    hasProof: number;
  })[];
  const lines = new Map<number, LedgerLine[]>();
  if (rows.length) {
    const ids = rows.map((r) => r.id);
    const found = ctx.sqlite
      .prepare(
        `SELECT posting_id AS postingId, account_code AS account, amount_paise AS amountPaise, sponsor_id AS sponsorId,
               sponsorship_id AS sponsorshipId, sponsored_child_id AS sponsoredChildId, funding
             FROM posting_lines WHERE posting_id IN (${ids.map(() => '?').join(',')}) ORDER BY id`,
      )
      .all(...ids) as LedgerLine[];
    for (const l of found) lines.set(l.postingId, [...(lines.get(l.postingId) ?? []), l]);
  }
  return {
    total,
    rows: rows.map((r): LedgerPosting => {
      const own = lines.get(r.id) ?? [];
      return {
        ...r,
        eligible80g: r.eligible80g === null ? null : r.eligible80g === 1,
        hasProof: r.hasProof === 1,
        amountPaise: own.reduce((s, l) => s + Math.max(l.amountPaise, 0), 0),
        lines: own,
      };
    }),
  };
}
