import type { flagReasonCodes } from '../db/schema/attendance';
import { dayOf, monthsBetween } from '../shared/periods';

/**
 * Which children are irregular, and why: pure rules over a child's months of marks. The database
 * side (attendance/flagStore.ts) loads the months and writes the worklist rows.
 */

export type FlagReasonCode = (typeof flagReasonCodes)[number];

/** One month of one child, as attendance_months holds it. */
export interface ChildMonth {
  month: string;
  schoolId: number;
  /** One DayMark per day of the month. */
  marks: string;
  /** 2 × days present: half days stay integers. */
  daysPresentHalves: number;
  daysOpen: number;
}

export interface FlagSettings {
  attendanceThresholdPercent: number;
  absenceRunDays: number;
  fallingMonths: number;
}

export type FlagReason =
  /** The latest month's attendance is below the threshold. */
  | { code: 'low_attendance'; values: { month: string; present: number; open: number; percent: number } }
  /** `days` consecutive open days absent, the run starting on `from` (YYYY-MM-DD) and reaching into `month`. */
  | { code: 'absence_run'; values: { days: number; from: string; month: string } }
  /** On the school's register in `lastMonth`, missing from the school's register for `month`. */
  | { code: 'dropped_off'; values: { month: string; lastMonth: string } }
  /** Attendance strictly falling month on month from `from` to `to`; `percents` oldest first. */
  | { code: 'falling'; values: { from: string; to: string; percents: number[] } };

export interface ChildFlag {
  /** The month the flag speaks of: the child's latest month, or the month they went missing. */
  month: string;
  risk: number;
  reasons: FlagReason[];
}

/**
 * Risk, higher = more urgent, capped at 100. A child who vanished from the register is the strongest
 * sign of trafficking, marriage or migration; a long unbroken absence next; then how far below the
 * threshold the month was; a steady fall adds on top of whichever of these it comes with.
 *   dropped_off                     40
 *   absence_run ≥ 2 × N days        35, ≥ N days 25
 *   low_attendance                  10 + 20 × (threshold − percent) / threshold   (10 … 30)
 *   falling                         15
 */
export function riskOf(reasons: FlagReason[], settings: FlagSettings): number {
  let risk = 0;
  for (const reason of reasons) {
    switch (reason.code) {
      case 'dropped_off':
        risk += 40;
        break;
      case 'absence_run':
        risk += reason.values.days >= 2 * settings.absenceRunDays ? 35 : 25;
        break;
      case 'low_attendance': {
        const threshold = settings.attendanceThresholdPercent;
        risk += 10 + Math.round((20 * Math.max(0, threshold - reason.values.percent)) / threshold);
        break;
      }
      case 'falling':
        risk += 15;
        break;
    }
  }
  return Math.min(100, risk);
}

// U (unmarked: blank on a day the school was open) is an open day not present, as in marks.ts.
const openMarks = new Set(['P', 'A', 'L', 'D', 'U']);
const absentMarks = new Set(['A', 'L', 'U']);

function exactPercent(m: ChildMonth): number {
  return m.daysOpen > 0 ? (m.daysPresentHalves * 50) / m.daysOpen : 100;
}

/**
 * The longest run of consecutive open days absent that reaches into the latest month, carried in
 * from the months before when they follow one another without a gap. Closed days (holidays, no
 * mark) neither count nor break a run; a day present or half present breaks it.
 */
function absenceRunIntoLatest(months: ChildMonth[]): { days: number; from: string } {
  const latest = months[months.length - 1];
  let best = { days: 0, from: '' };
  if (!latest) return best;
  let run = 0;
  let from = '';
  let previous: string | null = null;
  for (const m of months) {
    if (previous !== null && monthsBetween(previous, m.month) !== 1) run = 0;
    previous = m.month;
    for (let i = 0; i < m.marks.length; i++) {
      const mark = m.marks[i] ?? '.';
      if (!openMarks.has(mark)) continue;
      if (absentMarks.has(mark)) {
        if (run === 0) from = dayOf(m.month, i + 1);
        run += 1;
        if (m === latest && run > best.days) best = { days: run, from };
      } else run = 0;
    }
  }
  return best;
}

/** The last `count` months, if they are consecutive calendar months ending at the latest and each had school open. */
function fallingRun(months: ChildMonth[], count: number): ChildMonth[] | null {
  if (count < 2 || months.length < count) return null;
  const tail = months.slice(-count);
  for (let i = 1; i < tail.length; i++) {
    const before = tail[i - 1];
    const after = tail[i];
    if (!before || !after || monthsBetween(before.month, after.month) !== 1) return null;
    if (before.daysOpen === 0 || after.daysOpen === 0 || !(exactPercent(after) < exactPercent(before))) return null;
  }
  return tail;
}

/**
 * The flag of one child, or null when the child is regular.
 * @param months the child's months, oldest first (a recent window is enough: a year covers every rule)
 * @param importedMonths the months a school has a register imported for
 */
export function flagOf(
  months: ChildMonth[],
  importedMonths: (schoolId: number) => readonly string[],
  settings: FlagSettings,
): ChildFlag | null {
  const latest = months[months.length - 1];
  if (!latest) return null;
  const reasons: FlagReason[] = [];

  // Dropped off: the school sent a register for a later month and the child is in no school's register for it.
  const missing = importedMonths(latest.schoolId)
    .filter((m) => m > latest.month)
    .sort()[0];
  if (missing) reasons.push({ code: 'dropped_off', values: { month: missing, lastMonth: latest.month } });

  const run = absenceRunIntoLatest(months);
  if (run.days >= settings.absenceRunDays)
    reasons.push({ code: 'absence_run', values: { days: run.days, from: run.from, month: latest.month } });

  if (latest.daysOpen > 0 && exactPercent(latest) < settings.attendanceThresholdPercent) {
    reasons.push({
      code: 'low_attendance',
      values: {
        month: latest.month,
        present: latest.daysPresentHalves / 2,
        open: latest.daysOpen,
        percent: Math.round(exactPercent(latest)),
      },
    });
  }

  const falling = fallingRun(months, settings.fallingMonths);
  if (falling) {
    reasons.push({
      code: 'falling',
      values: {
        from: falling[0]?.month ?? latest.month,
        to: latest.month,
        percents: falling.map((m) => Math.round(exactPercent(m))),
      },
    });
  }

  if (reasons.length === 0) return null;
  return { month: missing ?? latest.month, risk: riskOf(reasons, settings), reasons };
}
