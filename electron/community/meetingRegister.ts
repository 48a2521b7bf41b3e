import type { Ctx } from '../api/types';
import type { CommitteeLevel } from '../shared/communityVocabulary';
import { heldParams, heldWhereSql, type HeldFilter } from './heldFilter';

/** What every view of a meeting says first: its committee, when and where, and whether it was quorate. */
export interface MeetingHead {
  id: number;
  committeeId: number;
  committeeName: string;
  committeeLevel: CommitteeLevel;
  gramPanchayat: string | null;
  heldOn: string;
  place: string;
  membersOnRoll: number;
  membersPresent: number;
  quorumRequired: number;
  quorate: boolean;
}

/** MeetingHead's columns (quorate as 0/1), from committee_meetings m joined to committees c. */
export const meetingHeadSql = `m.id, m.committee_id AS committeeId, c.name AS committeeName, c.level AS committeeLevel,
  c.gram_panchayat AS gramPanchayat, m.held_on AS heldOn, m.place, m.members_on_roll AS membersOnRoll,
  m.members_present AS membersPresent, m.quorum_required AS quorumRequired, m.quorate`;

export interface MeetingRow extends MeetingHead {
  attendees: number;
  issues: number;
  actionPoints: number;
  actionPointsOpen: number;
  hasSheet: boolean;
}

export interface MeetingFilter extends HeldFilter {
  committeeId?: number;
}

/** The committee meetings register: one line per meeting, newest first. */
export function meetingRows(ctx: Ctx, filter: MeetingFilter): MeetingRow[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT ${meetingHeadSql},
         (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id) AS attendees,
         (SELECT count(*) FROM meeting_issues i WHERE i.meeting_id = m.id) AS issues,
         (SELECT count(*) FROM action_points p WHERE p.meeting_id = m.id) AS actionPoints,
         (SELECT count(*) FROM action_points p WHERE p.meeting_id = m.id AND p.status = 'open') AS actionPointsOpen,
         m.sheet_stored_path IS NOT NULL AS hasSheet
       FROM committee_meetings m JOIN committees c ON c.id = m.committee_id
       WHERE (@committeeId IS NULL OR m.committee_id = @committeeId) AND ${heldWhereSql('m.held_on', 'c.gram_panchayat')}
       ORDER BY m.held_on DESC, m.id DESC`,
    )
    .all({
      committeeId: filter.committeeId ?? null,
      ...heldParams(filter),
    }) as (Omit<MeetingRow, 'quorate' | 'hasSheet'> & { quorate: number; hasSheet: number })[];
  return rows.map((r) => ({ ...r, quorate: r.quorate === 1, hasSheet: r.hasSheet === 1 }));
}
