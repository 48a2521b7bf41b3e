import type { Ctx } from '../api/types';
import type { StakeholderCategory } from '../shared/communityVocabulary';

export interface StakeholderRow {
  id: number;
  name: string;
  sex: 'female' | 'male' | 'other';
  category: StakeholderCategory;
  designation: string | null;
  institution: string | null;
  schoolId: number | null;
  schoolName: string | null;
  gramPanchayat: string | null;
  village: string | null;
  phone: string | null;
  /** Where the office has met them: committees sat on, meetings attended, activities taken part in. */
  committees: number;
  meetings: number;
  activities: number;
  /** Cases referred to them (the number only: which cases stays with the case files). */
  referrals: number;
}

export function stakeholderRows(ctx: Ctx, filter: { category?: StakeholderCategory; q?: string; id?: number }): StakeholderRow[] {
  return ctx.sqlite
    .prepare(
      `SELECT s.id, s.name, s.sex, s.category, s.designation, s.institution, s.school_id AS schoolId, sc.name AS schoolName,
         s.gram_panchayat AS gramPanchayat, s.village, s.phone,
         (SELECT count(DISTINCT committee_id) FROM committee_members m WHERE m.stakeholder_id = s.id) AS committees,
         (SELECT count(*) FROM meeting_attendees a WHERE a.stakeholder_id = s.id) AS meetings,
         (SELECT count(*) FROM community_activity_participants p WHERE p.stakeholder_id = s.id) AS activities,
         (SELECT count(*) FROM case_referral_stakeholders rs WHERE rs.stakeholder_id = s.id) AS referrals
       FROM stakeholders s LEFT JOIN schools sc ON sc.id = s.school_id
       WHERE (@id IS NULL OR s.id = @id) AND (@category IS NULL OR s.category = @category)
         AND (@q IS NULL OR s.name LIKE @q OR s.institution LIKE @q OR s.designation LIKE @q OR s.phone LIKE @q OR s.village LIKE @q)
       ORDER BY s.name, s.id`,
    )
    .all({ id: filter.id ?? null, category: filter.category ?? null, q: filter.q ? `%${filter.q}%` : null }) as StakeholderRow[];
}
