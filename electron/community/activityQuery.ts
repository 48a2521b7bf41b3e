import type { Ctx } from '../api/types';
import type { ActivityType, PersonCategory } from '../shared/communityVocabulary';
import { heldParams, heldWhereSql, type HeldFilter } from './heldFilter';
import { personColumnsSql, personJoinsSql, type PersonView } from './people';

export interface ActivityRow {
  id: number;
  type: ActivityType;
  heldOn: string;
  village: string | null;
  gramPanchayat: string | null;
  topics: string[];
  topicsNote: string | null;
  facilitators: string;
  notes: string | null;
  headcounts: { category: PersonCategory; sex: 'female' | 'male' | 'other'; count: number }[];
  participants: PersonView[];
  /** Named participants and headcounts together. */
  total: { female: number; male: number; other: number; total: number };
}

export interface ActivityFilter extends HeldFilter {
  type?: ActivityType;
  id?: number;
}

/** The activities register: each training, sensitisation, campaign or session with who took part. */
export function activityRows(ctx: Ctx, filter: ActivityFilter): ActivityRow[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT a.id, a.type, a.held_on AS heldOn, a.village, a.gram_panchayat AS gramPanchayat, a.topics_note AS topicsNote,
         a.facilitators, a.notes, (SELECT group_concat(t.topic) FROM community_activity_topics t WHERE t.activity_id = a.id) AS topicList
       FROM community_activities a
       WHERE (@id IS NULL OR a.id = @id) AND (@type IS NULL OR a.type = @type) AND ${heldWhereSql('a.held_on', 'a.gram_panchayat')}
       ORDER BY a.held_on DESC, a.id DESC`,
    )
    .all({
      id: filter.id ?? null,
      type: filter.type ?? null,
      ...heldParams(filter),
    }) as (Omit<ActivityRow, 'topics' | 'headcounts' | 'participants' | 'total'> & { topicList: string | null })[];
  const headcounts = ctx.sqlite.prepare(
    `SELECT category, sex, count FROM community_activity_headcounts WHERE activity_id = ? ORDER BY category, sex`,
  );
  const participants = ctx.sqlite.prepare(
    `SELECT ${personColumnsSql('p')} FROM community_activity_participants p ${personJoinsSql('p')} WHERE p.activity_id = ? ORDER BY name, p.id`,
  );
  return rows.map(({ topicList, ...row }) => {
    const counts = headcounts.all(row.id) as ActivityRow['headcounts'];
    const named = participants.all(row.id) as PersonView[];
    const total = { female: 0, male: 0, other: 0, total: 0 };
    for (const h of counts) {
      total[h.sex] += h.count;
      total.total += h.count;
    }
    for (const p of named) {
      total[p.sex] += 1;
      total.total += 1;
    }
    return { ...row, topics: topicList ? topicList.split(',').sort() : [], headcounts: counts, participants: named, total };
  });
}
