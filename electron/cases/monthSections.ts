import type { CountSource } from '../db/countSource';
import { ageOn, type ChildAgeFacts } from '../register/age';
import { authorities, caseTypes, reporterKinds } from '../shared/caseVocabulary';
import { reportAgeBand, reportAgeBands, type CaseloadStatus, type ReportAgeBand } from '../shared/monthlyReport';
import type { Period } from '../shared/period';
import { pcmaFinding } from './pcma';

type CaseType = (typeof caseTypes)[number];
type Authority = (typeof authorities)[number];

/**
 * The case figures of the monthly report beyond the shared counters (monthCounts.ts): each case of
 * the period with its standing, the children of them by sex and age, referrals, and the child
 * marriage follow-ups. Counts every case: only managers and administrators are given them.
 */

export interface CaseInPeriod {
  id: number;
  status: CaseloadStatus;
  types: CaseType[];
  village: string | null;
}

/**
 * Every case the period touched, with its standing at the period's end: closed in it; open with a
 * referral to the CWC (before the CWC) or to anyone else (referred); open and reported in it (new);
 * open from before (in intervention); or closed earlier and followed up in it (an entry dated in it).
 */
export function casesInPeriod(source: CountSource, period: Period): CaseInPeriod[] {
  const rows = source.sqlite
    .prepare(
      `SELECT k.id, k.village, k.reported_on AS reportedOn, k.status, k.closed_on AS closedOn,
         (SELECT group_concat(t.type) FROM case_types t WHERE t.case_id = k.id) AS types,
         EXISTS (SELECT 1 FROM case_referrals r WHERE r.case_id = k.id AND r.authority = 'cwc' AND r.referred_on <= @to) AS cwc,
         EXISTS (SELECT 1 FROM case_referrals r WHERE r.case_id = k.id AND r.authority <> 'cwc' AND r.referred_on <= @to) AS referred,
         EXISTS (SELECT 1 FROM case_entries e WHERE e.case_id = k.id AND e.happened_on BETWEEN @from AND @to) AS followedUp
       FROM cases k WHERE k.reported_on <= @to`,
    )
    .all(period) as {
    id: number;
    village: string | null;
    reportedOn: string;
    status: 'open' | 'closed';
    closedOn: string | null;
    types: string | null;
    cwc: number;
    referred: number;
    followedUp: number;
  }[];
  const out: CaseInPeriod[] = [];
  for (const r of rows) {
    const closedBy = r.status === 'closed' && r.closedOn !== null && r.closedOn <= period.to;
    let status: CaseloadStatus | null;
    if (closedBy && r.closedOn !== null && r.closedOn >= period.from) status = 'closed';
    else if (closedBy) status = r.followedUp ? 'followUp' : null;
    else if (r.cwc) status = 'beforeCwc';
    else if (r.referred) status = 'referred';
    else if (r.reportedOn >= period.from) status = 'new';
    else status = 'intervention';
    if (status === null) continue;
    out.push({ id: r.id, status, village: r.village, types: (r.types ?? '').split(',').filter(Boolean) as CaseType[] });
  }
  return out;
}

export interface CaseloadChildren {
  /** Distinct children of the period's cases, by sex and age band on the period's last day. */
  bySexAndAge: Record<'female' | 'male' | 'other', Record<ReportAgeBand, number>>;
  total: number;
}

export function caseloadChildren(source: CountSource, period: Period, caseIds: readonly number[]): CaseloadChildren {
  const rows = source.sqlite
    .prepare(
      `SELECT DISTINCT c.id, c.sex, c.birth_basis AS birthBasis, c.date_of_birth AS dateOfBirth, c.age_years AS ageYears, c.age_as_of AS ageAsOf
       FROM case_children cc JOIN children c ON c.id = cc.child_id WHERE cc.case_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(caseIds)) as ChildAgeFacts[];
  const empty = () => Object.fromEntries(reportAgeBands.map((b) => [b, 0])) as Record<ReportAgeBand, number>;
  const bySexAndAge = { female: empty(), male: empty(), other: empty() };
  for (const c of rows) bySexAndAge[c.sex][reportAgeBand(ageOn(c, period.to))] += 1;
  return { bySexAndAge, total: rows.length };
}

export interface ReferralFigures {
  /** Referrals made in the period, by the authority referred to. */
  made: Record<Authority, number>;
  madeTotal: number;
  /** Cases reported in the period by Childline or the police: referred to the office. */
  receivedFrom: { childline: number; police: number };
  /** Referrals made 30 days or more before the period's end that the authority has not yet acknowledged. */
  pendingOver30Days: number;
}

const thirtyDaysBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);

export function referralFigures(source: CountSource, period: Period, caseIds?: readonly number[]): ReferralFigures {
  const only = caseIds ? 'AND r.case_id IN (SELECT value FROM json_each(@ids))' : '';
  const args = { ...period, ids: JSON.stringify(caseIds ?? []), before: thirtyDaysBefore(period.to) };
  const made = Object.fromEntries(authorities.map((a) => [a, 0])) as Record<Authority, number>;
  for (const r of source.sqlite
    .prepare(
      `SELECT r.authority, count(*) AS n FROM case_referrals r WHERE r.referred_on BETWEEN @from AND @to ${only} GROUP BY r.authority`,
    )
    .all(args) as { authority: Authority; n: number }[])
    made[r.authority] = r.n;
  const received = source.sqlite
    .prepare(
      `SELECT coalesce(sum(reporter_kind = 'childline'), 0) AS childline, coalesce(sum(reporter_kind = 'police'), 0) AS police
       FROM cases WHERE reported_on BETWEEN @from AND @to`,
    )
    .get(period) as { childline: number; police: number };
  const pending = source.sqlite
    .prepare(`SELECT count(*) FROM case_referrals r WHERE r.status = 'sent' AND r.referred_on <= @before ${only}`)
    .pluck()
    .get(args) as number;
  return {
    made,
    madeTotal: Object.values(made).reduce((a, b) => a + b, 0),
    receivedFrom: caseIds ? { childline: 0, police: 0 } : received,
    pendingOver30Days: pending,
  };
}

export interface MarriageFigures {
  /** Child-marriage cases reported in the period, by who reported them. */
  alertsByReporter: Record<(typeof reporterKinds)[number], number>;
  /** Referrals of child-marriage cases made in the period (the police, the DCPU, others such as the CMPO or BDO). */
  referrals: ReferralFigures;
  /** Children of child-marriage cases produced before the CWC in the period. */
  beforeCwc: number;
  /** FIRs the police lodged in the period on child-marriage cases (case_firs), not the referrals to the police. */
  firs: number;
  /** Marriages averted 3 and 6 months before: how many, and of them still unmarried and still in school. */
  followUps: { monthsAgo: 3 | 6; averted: number; stillUnmarried: number; stillInSchool: number }[];
  /** The age check against PCMA 2006 on the planned date, for the child-marriage cases reported in the period. */
  pcma: { underAge: number; ofAge: number; unknown: number };
}

const monthShift = (iso: string, months: number) => {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return d.toISOString().slice(0, 7);
};
const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

export function marriageFigures(source: CountSource, period: Period, childrenBeforeCwcSql: string): MarriageFigures {
  const marriage = `SELECT case_id FROM case_types WHERE type = 'child_marriage'`;
  const alertsByReporter = Object.fromEntries(reporterKinds.map((k) => [k, 0])) as Record<(typeof reporterKinds)[number], number>;
  for (const r of source.sqlite
    .prepare(
      `SELECT reporter_kind AS kind, count(*) AS n FROM cases WHERE reported_on BETWEEN @from AND @to AND id IN (${marriage}) GROUP BY 1`,
    )
    .all(period) as { kind: (typeof reporterKinds)[number]; n: number }[])
    alertsByReporter[r.kind] = r.n;
  const marriageCaseIds = source.sqlite.prepare(marriage).pluck().all() as number[];
  const beforeCwc = source.sqlite
    .prepare(
      `SELECT count(*) FROM (${childrenBeforeCwcSql}) x WHERE x.child_id IN
         (SELECT cc.child_id FROM case_children cc WHERE cc.case_id IN (${marriage}))`,
    )
    .pluck()
    .get(period) as number;
  const reportMonth = period.to.slice(0, 7);
  const followUps = ([3, 6] as const).map((monthsAgo) => {
    const month = monthShift(period.to, -monthsAgo);
    const children = source.sqlite
      .prepare(
        `SELECT DISTINCT cc.child_id AS childId, k.closed_on AS closedOn FROM cases k JOIN case_children cc ON cc.case_id = k.id
         WHERE k.status = 'closed' AND k.outcome = 'marriage_averted' AND k.closed_on BETWEEN ? AND ?`,
      )
      .all(`${month}-01`, lastDay(month)) as { childId: number; closedOn: string }[];
    const marriedSince = source.sqlite.prepare(
      `SELECT 1 FROM case_children cc JOIN cases k ON k.id = cc.case_id
       WHERE cc.child_id = ? AND k.reported_on > ? AND k.reported_on <= ? AND k.id IN (${marriage})
       UNION SELECT 1 FROM departures d WHERE d.child_id = ? AND d.purpose = 'marriage' AND d.left_on > ? AND d.left_on <= ?`,
    );
    const inSchool = source.sqlite.prepare('SELECT 1 FROM attendance_months WHERE child_id = ? AND month = ? AND days_present_halves > 0');
    const averted = new Set(children.map((c) => c.childId)).size;
    let stillUnmarried = 0;
    let stillInSchool = 0;
    for (const c of children) {
      if (!marriedSince.get(c.childId, c.closedOn, period.to, c.childId, c.closedOn, period.to)) stillUnmarried += 1;
      if (inSchool.get(c.childId, reportMonth)) stillInSchool += 1;
    }
    return { monthsAgo, averted, stillUnmarried, stillInSchool };
  });
  const planned = source.sqlite
    .prepare(
      `SELECT k.planned_marriage_on AS plannedOn, c.id, c.sex, c.birth_basis AS birthBasis, c.date_of_birth AS dateOfBirth,
         c.age_years AS ageYears, c.age_as_of AS ageAsOf
       FROM cases k JOIN case_children cc ON cc.case_id = k.id JOIN children c ON c.id = cc.child_id
       WHERE k.reported_on BETWEEN @from AND @to AND k.id IN (${marriage})`,
    )
    .all(period) as (Parameters<typeof pcmaFinding>[0] & { plannedOn: string | null })[];
  const pcma = { underAge: 0, ofAge: 0, unknown: 0 };
  for (const p of planned) {
    const finding = pcmaFinding(p, p.plannedOn ?? period.to);
    if (finding.underAge === null) pcma.unknown += 1;
    else if (finding.underAge) pcma.underAge += 1;
    else pcma.ofAge += 1;
  }
  const firs = source.sqlite
    .prepare(`SELECT count(*) FROM case_firs WHERE lodged_on BETWEEN @from AND @to AND case_id IN (${marriage})`)
    .pluck()
    .get(period) as number;
  return { alertsByReporter, referrals: referralFigures(source, period, marriageCaseIds), beforeCwc, firs, followUps, pcma };
}
