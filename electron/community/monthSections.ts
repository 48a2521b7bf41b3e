import { readSettings } from '../admin/settings';
import type { CountSource } from '../db/countSource';
import { committeeLevels, type CommitteeLevel } from '../shared/communityVocabulary';
import type { Period } from '../shared/period';
import { meetingRecord } from './meetingPeriods';
import { frequencyOf } from './settings';

export interface CommitteeLevelFigures {
  level: CommitteeLevel;
  committees: number;
  /** Meetings due in the period (ended by today) and of them held, as community.counts counts them. */
  due: number;
  dueHeld: number;
  held: number;
  /** Of the meetings held: members present and on the roll that day, and those with their quorum. */
  membersPresent: number;
  membersOnRoll: number;
  quorate: number;
}

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Section 8's table: the committees by level, due against held, and how well attended. */
export function committeesByLevel(source: CountSource, period: Period): CommitteeLevelFigures[] {
  const settings = readSettings(source.db);
  const dueUntil = period.to < source.today ? period.to : dayBefore(source.today);
  const list = source.sqlite.prepare('SELECT id, level, formed_on AS formedOn FROM committees WHERE formed_on <= ?').all(period.to) as {
    id: number;
    level: CommitteeLevel;
    formedOn: string;
  }[];
  const meetings = source.sqlite.prepare('SELECT held_on FROM committee_meetings WHERE committee_id = ?').pluck();
  const held = source.sqlite
    .prepare(
      `SELECT c.level, count(*) AS held, coalesce(sum(m.members_present), 0) AS present, coalesce(sum(m.members_on_roll), 0) AS roll,
         coalesce(sum(m.members_present >= m.quorum_required), 0) AS quorate
       FROM committee_meetings m JOIN committees c ON c.id = m.committee_id WHERE m.held_on BETWEEN @from AND @to GROUP BY c.level`,
    )
    .all(period) as { level: CommitteeLevel; held: number; present: number; roll: number; quorate: number }[];
  return committeeLevels.map((level) => {
    let due = 0;
    let dueHeld = 0;
    let committees = 0;
    for (const c of list) {
      if (c.level !== level) continue;
      committees += 1;
      const record = meetingRecord(c.formedOn, frequencyOf(settings, level), meetings.all(c.id) as string[], period.from, dueUntil);
      due += record.due;
      dueHeld += record.met;
    }
    const h = held.find((x) => x.level === level);
    return {
      level,
      committees,
      due,
      dueHeld,
      held: h?.held ?? 0,
      membersPresent: h?.present ?? 0,
      membersOnRoll: h?.roll ?? 0,
      quorate: h?.quorate ?? 0,
    };
  });
}
