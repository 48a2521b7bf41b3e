import type { Sqlite } from '../db/connection';
import type { Settings } from '../admin/settings';
import {
  activityTypes,
  collaboratorGroups,
  womenTrainingTypes,
  type ActivityType,
  type CollaboratorGroup,
  type CommitteeLevel,
  type PersonCategory,
} from '../shared/communityVocabulary';
import { meetingRecord } from './meetingPeriods';
import { frequencyOf } from './settings';

export interface CountsQuery {
  from: string;
  to: string;
  /** One Gram Panchayat (as written, any case); without it, the whole block. */
  gramPanchayat?: string | null;
}

export interface Collaborator {
  stakeholderId: number;
  name: string;
  category: PersonCategory;
  designation: string | null;
  institution: string | null;
}

export interface ActivityTypeCount {
  type: ActivityType;
  activities: number;
  participants: { female: number; male: number; other: number; total: number };
  byCategory: Partial<Record<PersonCategory, number>>;
}

/** The seeds' counters for a period, for the block or one GP: what the monthly report and the home screen show. */
export interface CommunityCounts {
  from: string;
  to: string;
  gramPanchayat: string | null;
  /** Distinct women (volunteers, or women in the stakeholders' register) named in a training of community women. */
  communityWomenTrained: number;
  /** Distinct people of each group met in an activity or a committee meeting, referred a case, or on a committee in the period. */
  schoolOfficialsCollaborated: number;
  panchayatOfficersCollaborated: number;
  policeOfficersCollaborated: number;
  collaborators: Record<CollaboratorGroup, Collaborator[]>;
  /** Committees that had a meeting due in the period, and of those the ones that met in every period due. */
  committeesDue: number;
  committeesActive: number;
  meetingsHeld: number;
  meetingsDue: number;
  /** Of the meetings due, those held (a period with at least one meeting). */
  meetingsDueHeld: number;
  actionPointsDone: number;
  actionPointsDropped: number;
  /** Open at the end of the period (or today, if it ends later), and of those past their date. */
  actionPointsOpen: number;
  actionPointsOverdue: number;
  activitiesHeld: number;
  activitiesByType: ActivityTypeCount[];
  participantsBySex: { female: number; male: number; other: number; total: number };
  villagesReached: number;
}

const gpMatches = (column: string) => `(@gp IS NULL OR lower(trim(${column})) = @gp)`;

function params(q: CountsQuery) {
  const gp = q.gramPanchayat?.trim().toLowerCase();
  return { from: q.from, to: q.to, gp: gp ? gp : null };
}

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** A period reaching past today is counted as it stands today: no meeting is due, no point overdue, in the future. */
function asOf(q: CountsQuery, today: string): string {
  return q.to < today ? q.to : today;
}

/** Stakeholder ids met in the period: named at an activity, present at a meeting, referred a case, or on a committee. */
const metStakeholders = `
  SELECT p.stakeholder_id AS id FROM community_activity_participants p
    JOIN community_activities a ON a.id = p.activity_id
    WHERE p.stakeholder_id IS NOT NULL AND a.held_on BETWEEN @from AND @to AND ${gpMatches('a.gram_panchayat')}
  UNION
  SELECT at.stakeholder_id FROM meeting_attendees at
    JOIN committee_meetings m ON m.id = at.meeting_id JOIN committees c ON c.id = m.committee_id
    WHERE at.stakeholder_id IS NOT NULL AND m.held_on BETWEEN @from AND @to AND ${gpMatches('c.gram_panchayat')}
  UNION
  SELECT rs.stakeholder_id FROM case_referral_stakeholders rs
    JOIN case_referrals r ON r.id = rs.referral_id JOIN cases k ON k.id = r.case_id
    WHERE r.referred_on BETWEEN @from AND @to AND ${gpMatches('k.gram_panchayat')}
  UNION
  SELECT cm.stakeholder_id FROM committee_members cm JOIN committees c ON c.id = cm.committee_id
    WHERE cm.stakeholder_id IS NOT NULL AND cm.joined_on <= @to AND (cm.left_on IS NULL OR cm.left_on > @from)
      AND ${gpMatches('c.gram_panchayat')}`;

function collaborators(sqlite: Sqlite, q: CountsQuery): Record<CollaboratorGroup, Collaborator[]> {
  const rows = sqlite
    .prepare(
      `SELECT s.id AS stakeholderId, s.name, s.category, s.designation, s.institution FROM stakeholders s
       WHERE s.id IN (${metStakeholders}) ORDER BY s.name, s.id`,
    )
    .all(params(q)) as Collaborator[];
  const of = (group: CollaboratorGroup) => rows.filter((r) => (collaboratorGroups[group] as readonly string[]).includes(r.category));
  return { schoolOfficials: of('schoolOfficials'), panchayatOfficers: of('panchayatOfficers'), policeOfficers: of('policeOfficers') };
}

function womenTrained(sqlite: Sqlite, q: CountsQuery): number {
  const types = womenTrainingTypes.map((t) => `'${t}'`).join(', ');
  const row = sqlite
    .prepare(
      `SELECT count(DISTINCT CASE WHEN p.volunteer_id IS NOT NULL THEN 'v' || p.volunteer_id ELSE 's' || p.stakeholder_id END) AS n
       FROM community_activity_participants p
       JOIN community_activities a ON a.id = p.activity_id
       LEFT JOIN stakeholders s ON s.id = p.stakeholder_id
       WHERE a.type IN (${types}) AND a.held_on BETWEEN @from AND @to AND ${gpMatches('a.gram_panchayat')}
         AND (p.volunteer_id IS NOT NULL OR s.sex = 'female')`,
    )
    .get(params(q)) as { n: number };
  return row.n;
}

export function committeeCounts(sqlite: Sqlite, settings: Settings, q: CountsQuery, today: string) {
  // Only periods that have ended before today were due; the current one can still be met.
  const dueUntil = q.to < today ? q.to : dayBefore(today);
  const list = sqlite
    .prepare(`SELECT id, level, formed_on AS formedOn FROM committees c WHERE c.formed_on <= @to AND ${gpMatches('c.gram_panchayat')}`)
    .all(params(q)) as { id: number; level: CommitteeLevel; formedOn: string }[];
  const meetings = sqlite.prepare(`SELECT held_on AS heldOn FROM committee_meetings WHERE committee_id = ?`).pluck();
  let committeesDue = 0;
  let committeesActive = 0;
  let meetingsDue = 0;
  let meetingsDueHeld = 0;
  for (const c of list) {
    const record = meetingRecord(c.formedOn, frequencyOf(settings, c.level), meetings.all(c.id) as string[], q.from, dueUntil);
    if (record.due === 0) continue;
    committeesDue += 1;
    if (record.met === record.due) committeesActive += 1;
    meetingsDue += record.due;
    meetingsDueHeld += record.met;
  }
  const held = sqlite
    .prepare(
      `SELECT count(*) FROM committee_meetings m JOIN committees c ON c.id = m.committee_id
       WHERE m.held_on BETWEEN @from AND @to AND ${gpMatches('c.gram_panchayat')}`,
    )
    .pluck()
    .get(params(q)) as number;
  return { committeesDue, committeesActive, meetingsDue, meetingsDueHeld, meetingsHeld: held };
}

function actionPointCounts(sqlite: Sqlite, q: CountsQuery, today: string) {
  return sqlite
    .prepare(
      `SELECT
         coalesce(sum(p.status = 'done' AND p.closed_on BETWEEN @from AND @to), 0) AS actionPointsDone,
         coalesce(sum(p.status = 'dropped' AND p.closed_on BETWEEN @from AND @to), 0) AS actionPointsDropped,
         coalesce(sum(m.held_on <= @asOf AND (p.status = 'open' OR p.closed_on > @asOf)), 0) AS actionPointsOpen,
         coalesce(sum(m.held_on <= @asOf AND (p.status = 'open' OR p.closed_on > @asOf) AND p.due_on < @asOf), 0) AS actionPointsOverdue
       FROM action_points p JOIN committee_meetings m ON m.id = p.meeting_id JOIN committees c ON c.id = p.committee_id
       WHERE ${gpMatches('c.gram_panchayat')}`,
    )
    .get({ ...params(q), asOf: asOf(q, today) }) as {
    actionPointsDone: number;
    actionPointsDropped: number;
    actionPointsOpen: number;
    actionPointsOverdue: number;
  };
}

function activityCounts(sqlite: Sqlite, q: CountsQuery) {
  const inRange = `a.held_on BETWEEN @from AND @to AND ${gpMatches('a.gram_panchayat')}`;
  const held = sqlite
    .prepare(`SELECT a.type, count(*) AS n FROM community_activities a WHERE ${inRange} GROUP BY a.type`)
    .all(params(q)) as {
    type: ActivityType;
    n: number;
  }[];
  // Named participants by their register's category and sex, then the headcounts of those not named.
  const people = sqlite
    .prepare(
      `SELECT a.type,
         CASE WHEN p.volunteer_id IS NOT NULL THEN 'volunteer' WHEN p.child_id IS NOT NULL THEN 'child' ELSE s.category END AS category,
         CASE WHEN p.volunteer_id IS NOT NULL THEN 'female' WHEN p.child_id IS NOT NULL THEN ch.sex ELSE s.sex END AS sex,
         count(*) AS n
       FROM community_activity_participants p JOIN community_activities a ON a.id = p.activity_id
       LEFT JOIN stakeholders s ON s.id = p.stakeholder_id LEFT JOIN children ch ON ch.id = p.child_id
       WHERE ${inRange} GROUP BY 1, 2, 3
       UNION ALL
       SELECT a.type, h.category, h.sex, sum(h.count) FROM community_activity_headcounts h
       JOIN community_activities a ON a.id = h.activity_id WHERE ${inRange} GROUP BY 1, 2, 3`,
    )
    .all(params(q)) as { type: ActivityType; category: PersonCategory; sex: 'female' | 'male' | 'other'; n: number }[];
  const byType: ActivityTypeCount[] = activityTypes
    .map((type) => ({
      type,
      activities: held.find((h) => h.type === type)?.n ?? 0,
      participants: { female: 0, male: 0, other: 0, total: 0 },
      byCategory: {} as Partial<Record<PersonCategory, number>>,
    }))
    .filter((t) => t.activities > 0);
  const bySex = { female: 0, male: 0, other: 0, total: 0 };
  for (const row of people) {
    const entry = byType.find((t) => t.type === row.type);
    if (!entry) continue;
    entry.participants[row.sex] += row.n;
    entry.participants.total += row.n;
    entry.byCategory[row.category] = (entry.byCategory[row.category] ?? 0) + row.n;
    bySex[row.sex] += row.n;
    bySex.total += row.n;
  }
  return { activitiesHeld: held.reduce((s, h) => s + h.n, 0), activitiesByType: byType, participantsBySex: bySex };
}

/** Villages where an activity was held or a village committee met, each counted once whatever its spelling's case. */
function villagesReached(sqlite: Sqlite, q: CountsQuery): number {
  return sqlite
    .prepare(
      `SELECT count(*) FROM (
         SELECT lower(trim(a.village)) AS v FROM community_activities a
           WHERE a.village IS NOT NULL AND a.held_on BETWEEN @from AND @to AND ${gpMatches('a.gram_panchayat')}
         UNION
         SELECT lower(trim(c.area)) FROM committees c JOIN committee_meetings m ON m.committee_id = c.id
           WHERE c.level = 'village' AND m.held_on BETWEEN @from AND @to AND ${gpMatches('c.gram_panchayat')})`,
    )
    .pluck()
    .get(params(q)) as number;
}

/** `today`: the office's date, so that a period reaching into the future is counted as it stands. */
export function communityCounts(sqlite: Sqlite, settings: Settings, q: CountsQuery, today: string): CommunityCounts {
  const people = collaborators(sqlite, q);
  return {
    from: q.from,
    to: q.to,
    gramPanchayat: q.gramPanchayat?.trim() ? q.gramPanchayat.trim() : null,
    communityWomenTrained: womenTrained(sqlite, q),
    schoolOfficialsCollaborated: people.schoolOfficials.length,
    panchayatOfficersCollaborated: people.panchayatOfficers.length,
    policeOfficersCollaborated: people.policeOfficers.length,
    collaborators: people,
    ...committeeCounts(sqlite, settings, q, today),
    ...actionPointCounts(sqlite, q, today),
    ...activityCounts(sqlite, q),
    villagesReached: villagesReached(sqlite, q),
  };
}
