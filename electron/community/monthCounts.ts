import { readSettings } from '../admin/settings';
import type { CountSource } from '../db/countSource';
import type { Period } from '../shared/period';
import { committeeCounts } from './counts';

export interface CpcMeetings {
  /** Meetings held in the period, whether due or not. */
  held: number;
  /** Meetings due in the period (one per committee and calendar period that ended by today), and of them those held. */
  due: number;
  dueHeld: number;
  committeesDue: number;
  /** Committees that met in every period due. */
  committeesActive: number;
}

/** "CPC meetings held of due": the same count as community.counts, for the whole block. */
export function cpcMeetings(source: CountSource, period: Period): CpcMeetings {
  const c = committeeCounts(source.sqlite, readSettings(source.db), { from: period.from, to: period.to }, source.today);
  return {
    held: c.meetingsHeld,
    due: c.meetingsDue,
    dueHeld: c.meetingsDueHeld,
    committeesDue: c.committeesDue,
    committeesActive: c.committeesActive,
  };
}
