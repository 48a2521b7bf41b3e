import { readSettings } from '../admin/settings';
import type { flagReasonCodes } from '../db/schema/attendance';
import type { CountSource } from '../db/countSource';
import { monthOf, monthRange } from '../shared/periods';
import type { Period } from '../shared/period';
import { flagOf, type ChildFlag, type ChildMonth, type FlagSettings } from './flags';
import { windowStart } from './flagStore';

type ReasonCode = (typeof flagReasonCodes)[number];

export interface FlaggedInPeriod {
  /** Children the worklist's rules flag on a month of the period, each once. */
  children: number;
  /** Of them, those flagged for each reason (a child flagged for two reasons counts under both). */
  byReason: Record<ReasonCode, number>;
  /** Per child: the flag of the period's last month it was flagged on. */
  flags: Map<number, ChildFlag>;
}

/**
 * Children flagged by school attendance in a period, recomputed from the registers as they stood for
 * each month (the same rules as the worklist, attendance/flags.ts), so a past month gives the same
 * answer after later months are imported, and the worklist's current state does not leak into it.
 */
export function childrenFlagged(source: CountSource, period: Period): FlaggedInPeriod {
  const settings: FlagSettings = readSettings(source.db);
  const months = monthRange(monthOf(period.from), monthOf(period.to));
  const first = months[0] ?? monthOf(period.from);
  const last = months[months.length - 1] ?? monthOf(period.to);
  // A child who dropped off in the first month had their last register the month before.
  const since = windowStart(first, settings) < first ? windowStart(first, settings) : first;
  // In table order (a month's rows lie together), grouped per child in memory: sorting 300,000 rows costs more.
  const rows = source.sqlite
    .prepare(
      `SELECT child_id, month, school_id, marks, days_present_halves, days_open FROM attendance_months
       WHERE month >= ? AND month <= ?`,
    )
    .raw()
    .all(since, last) as [number, string, number, string, number, number][];
  const imported = new Map<number, string[]>();
  for (const [schoolId, month] of source.sqlite
    .prepare('SELECT DISTINCT school_id, month FROM attendance_imports WHERE month >= ? AND month <= ? ORDER BY month')
    .raw()
    .all(since, last) as [number, string][]) {
    const list = imported.get(schoolId);
    if (list) list.push(month);
    else imported.set(schoolId, [month]);
  }
  const cutCache = new Map<string, readonly string[]>();
  const importedUpTo = (schoolId: number, month: string): readonly string[] => {
    const key = `${schoolId}|${month}`;
    let cut = cutCache.get(key);
    if (!cut) cutCache.set(key, (cut = (imported.get(schoolId) ?? []).filter((m) => m <= month)));
    return cut;
  };
  const flags = new Map<number, ChildFlag>();
  const settle = (childId: number, list: ChildMonth[]) => {
    for (const month of months) {
      const upTo = month === last ? list : list.filter((m) => m.month <= month);
      if (upTo.length === 0) continue;
      const flag = flagOf(upTo, (schoolId) => importedUpTo(schoolId, month), settings);
      if (flag && flag.month === month) flags.set(childId, flag);
    }
  };
  const byChild = new Map<number, ChildMonth[]>();
  for (const [childId, month, schoolId, marks, daysPresentHalves, daysOpen] of rows) {
    let list = byChild.get(childId);
    if (!list) byChild.set(childId, (list = []));
    list.push({ month, schoolId, marks, daysPresentHalves, daysOpen });
  }
  for (const [childId, list] of byChild) settle(childId, list.length > 1 ? list.sort((x, y) => (x.month < y.month ? -1 : 1)) : list);
  const byReason: Record<ReasonCode, number> = { low_attendance: 0, absence_run: 0, dropped_off: 0, falling: 0 };
  for (const flag of flags.values()) for (const code of new Set(flag.reasons.map((r) => r.code))) byReason[code] += 1;
  return { children: flags.size, byReason, flags };
}
