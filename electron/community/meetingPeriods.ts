import { addMonths, daysBetween, firstDayOf, lastDayOf, monthOf } from '../shared/periods';

/**
 * A committee should meet once in every period of its level's frequency: each month for a monthly
 * VLCPC, each calendar quarter (Jan–Mar, Apr–Jun…) for a quarterly BLCPC. Periods line up with the
 * calendar year, so the frequency divides 12. The period in which it was formed is not yet due.
 */
export interface Period {
  from: string;
  to: string;
}

export function periodOf(isoDate: string, frequencyMonths: number): Period {
  const month = monthOf(isoDate);
  const index = Number(month.slice(5, 7)) - 1;
  const start = `${month.slice(0, 4)}-${String(index - (index % frequencyMonths) + 1).padStart(2, '0')}`;
  return { from: firstDayOf(start), to: lastDayOf(addMonths(start, frequencyMonths - 1)) };
}

function nextPeriod(period: Period, frequencyMonths: number): Period {
  return periodOf(firstDayOf(addMonths(monthOf(period.from), frequencyMonths)), frequencyMonths);
}

/** The periods in which the committee was due to meet, from the one after its formation, whose end falls within [from, to]. */
export function duePeriodsEnding(formedOn: string, frequencyMonths: number, from: string, to: string): Period[] {
  const out: Period[] = [];
  for (let p = nextPeriod(periodOf(formedOn, frequencyMonths), frequencyMonths); p.to <= to; p = nextPeriod(p, frequencyMonths)) {
    if (p.to >= from) out.push(p);
  }
  return out;
}

export interface MeetingRecord {
  /** The periods that were due in the range, and how many of them had at least one meeting. */
  due: number;
  met: number;
}

export function meetingRecord(
  formedOn: string,
  frequencyMonths: number,
  meetings: readonly string[],
  from: string,
  to: string,
): MeetingRecord {
  const due = duePeriodsEnding(formedOn, frequencyMonths, from, to);
  const met = due.filter((p) => meetings.some((d) => d >= p.from && d <= p.to)).length;
  return { due: due.length, met };
}

export type DueState =
  /** Met in the current period, or not due yet. */
  | { state: 'met'; nextDueBy: string }
  /** Not met yet in the current period, which has not ended. */
  | { state: 'due'; dueBy: string }
  /** A whole due period ended with no meeting since the last one. */
  | { state: 'overdue'; dueBy: string; daysOverdue: number; missedMeetings: number };

/**
 * Where a committee stands today: overdue since the end of the first period it missed after its
 * last meeting (or after its formation), with the number of meetings missed since.
 */
export function dueState(formedOn: string, frequencyMonths: number, meetings: readonly string[], today: string): DueState {
  const current = periodOf(today, frequencyMonths);
  const lastMet =
    meetings
      .filter((d) => d <= today)
      .sort()
      .at(-1) ?? null;
  const startPeriod = periodOf(lastMet ?? formedOn, frequencyMonths);
  const firstDue = nextPeriod(startPeriod, frequencyMonths);
  if (lastMet !== null && lastMet >= current.from) return { state: 'met', nextDueBy: nextPeriod(current, frequencyMonths).to };
  if (firstDue.from > current.from) return { state: 'met', nextDueBy: firstDue.to };
  if (firstDue.from === current.from) return { state: 'due', dueBy: current.to };
  let missed = 0;
  for (let p = firstDue; p.from < current.from; p = nextPeriod(p, frequencyMonths)) missed += 1;
  return { state: 'overdue', dueBy: firstDue.to, daysOverdue: daysBetween(firstDue.to, today), missedMeetings: missed };
}
