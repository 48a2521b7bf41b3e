import { describe, expect, it } from 'vitest';
import { hasQuorum, onRollOn, quorumRequired } from '../../../electron/community/quorum';
import { dueState, meetingRecord, periodOf } from '../../../electron/community/meetingPeriods';
import { isOverdue } from '../../../electron/community/actionPointQuery';

describe('quorum: half the members', () => {
  it('needs 4 of 7, 3 of 6, 1 of 1, and nothing of an empty committee', () => {
    expect(quorumRequired(7, 50)).toBe(4);
    expect(quorumRequired(6, 50)).toBe(3);
    expect(quorumRequired(1, 50)).toBe(1);
    expect(hasQuorum(7, 3, 50)).toBe(false);
    expect(hasQuorum(7, 4, 50)).toBe(true);
    expect(hasQuorum(6, 3, 50)).toBe(true);
    expect(hasQuorum(0, 0, 50)).toBe(false);
  });

  it('follows the administrator’s percentage', () => {
    expect(quorumRequired(10, 60)).toBe(6);
    expect(hasQuorum(10, 5, 60)).toBe(false);
  });

  it('counts a member on the roll from the day they joined until the day they left', () => {
    const m = { joinedOn: '2026-03-01', leftOn: '2026-09-01' };
    expect(onRollOn(m, '2026-02-28')).toBe(false);
    expect(onRollOn(m, '2026-03-01')).toBe(true);
    expect(onRollOn(m, '2026-08-31')).toBe(true);
    expect(onRollOn(m, '2026-09-01')).toBe(false);
  });
});

describe('a committee due or overdue by its level’s frequency', () => {
  it('lines periods up with the calendar: months, quarters, halves', () => {
    expect(periodOf('2026-02-14', 1)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodOf('2026-05-14', 3)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodOf('2026-11-24', 6)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
  });

  it('a monthly VLCPC that last met on 15/09 is overdue on 24/11 (October missed); a quarterly BLCPC with the same last meeting is only due by 31/12', () => {
    expect(dueState('2026-01-10', 1, ['2026-09-15'], '2026-11-24')).toEqual({
      state: 'overdue',
      dueBy: '2026-10-31',
      daysOverdue: 24,
      missedMeetings: 1,
    });
    expect(dueState('2026-01-10', 3, ['2026-09-15'], '2026-11-24')).toEqual({ state: 'due', dueBy: '2026-12-31' });
  });

  it('a quarterly committee that missed two quarters is overdue since the end of the first', () => {
    expect(dueState('2026-01-10', 3, ['2026-03-20'], '2026-11-24')).toEqual({
      state: 'overdue',
      dueBy: '2026-06-30',
      daysOverdue: 147,
      missedMeetings: 2,
    });
  });

  it('a new committee is not due in the month it was formed; one that met this period is next due at the end of the next', () => {
    expect(dueState('2026-11-03', 1, [], '2026-11-24')).toEqual({ state: 'met', nextDueBy: '2026-12-31' });
    expect(dueState('2026-01-10', 1, ['2026-11-02'], '2026-11-24')).toEqual({ state: 'met', nextDueBy: '2026-12-31' });
    expect(dueState('2026-10-03', 1, [], '2026-11-24')).toEqual({ state: 'due', dueBy: '2026-11-30' });
  });

  it('counts the meetings due in a period and those held, one per period however many meetings', () => {
    const meetings = ['2026-07-10', '2026-07-28', '2026-08-12'];
    expect(meetingRecord('2026-06-15', 1, meetings, '2026-07-01', '2026-09-30')).toEqual({ due: 3, met: 2 });
    expect(meetingRecord('2026-01-10', 3, ['2026-09-15'], '2026-07-01', '2026-09-30')).toEqual({ due: 1, met: 1 });
    // August: a quarterly committee is not due in a month that does not end a quarter.
    expect(meetingRecord('2026-01-10', 3, [], '2026-08-01', '2026-08-31')).toEqual({ due: 0, met: 0 });
  });
});

describe('action points overdue', () => {
  it('an open point past its date is overdue; one done or dropped is not', () => {
    expect(isOverdue({ status: 'open', dueOn: '2026-11-23' }, '2026-11-24')).toBe(true);
    expect(isOverdue({ status: 'open', dueOn: '2026-11-24' }, '2026-11-24')).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: '2026-10-01' }, '2026-11-24')).toBe(false);
    expect(isOverdue({ status: 'dropped', dueOn: '2026-10-01' }, '2026-11-24')).toBe(false);
  });
});
