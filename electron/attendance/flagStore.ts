import type { Sqlite } from '../db/connection';
import { statement } from './statements';
import { flagOf, type ChildMonth, type FlagSettings } from './flags';
import { addMonths } from '../shared/periods';

/**
 * Writes the worklist (attendance_flags) from the rules in flags.ts. Runs inside the caller's
 * transaction: after an import for the file's school, after a change of thresholds for everyone.
 */

/**
 * The months read for a child: enough for every rule. The falling rule needs `fallingMonths`; a run of
 * absence is carried from the month before (longer only when a child missed whole months, and then
 * the month before alone is already a run). Reading a window, not 36 months, keeps a recompute of the
 * block to a fraction of the table.
 */
export function windowStart(lastMonth: string, settings: FlagSettings): string {
  return addMonths(lastMonth, -Math.max(settings.fallingMonths, 3) + 1);
}

export interface RecomputeResult {
  /** Children on the worklist among those recomputed. */
  flagged: number;
  /** Of them, newly flagged or put back on the worklist by a newer month. */
  raised: number;
  /** Taken off the worklist: regular again. */
  cleared: number;
}

/** The months each school has a register imported for, since `since`: every school's, or only those named. */
function importedMonthsBySchool(sqlite: Sqlite, since: string, schoolIds: Iterable<number> | 'all'): Map<number, string[]> {
  const map = new Map<number, string[]>();
  const add = (schoolId: number, month: string) => {
    const list = map.get(schoolId) ?? [];
    list.push(month);
    map.set(schoolId, list);
  };
  if (schoolIds === 'all') {
    const rows = statement(sqlite, 'SELECT DISTINCT school_id, month FROM attendance_imports WHERE month >= ? ORDER BY month')
      .raw()
      .all(since) as [number, string][];
    for (const [schoolId, month] of rows) add(schoolId, month);
    return map;
  }
  const ofSchool = statement(
    sqlite,
    'SELECT DISTINCT month FROM attendance_imports WHERE school_id = ? AND month >= ? ORDER BY month',
  ).pluck();
  for (const schoolId of schoolIds) for (const month of ofSchool.all(schoolId, since) as string[]) add(schoolId, month);
  return map;
}

/**
 * Recomputes flags. `scope` is 'all' (after a change of thresholds: every child with a month in the
 * window of the newest month imported; a flagged child with nothing newer keeps their flag), or the
 * children an import touched with the first month it can have changed.
 * A child regular again leaves the worklist unless an open case holds them; a flag that a follow-up
 * answered comes back 'open' when a newer month flags the child again.
 */
export function recomputeFlags(
  sqlite: Sqlite,
  settings: FlagSettings,
  at: string,
  scope: 'all' | { childIds: readonly number[]; month: string },
): RecomputeResult {
  const newest = (statement(sqlite, 'SELECT max(month) AS m FROM attendance_imports').get() as { m: string | null }).m;
  if (!newest) return { flagged: 0, raised: 0, cleared: 0 };
  const since = windowStart(scope === 'all' ? newest : scope.month, settings);

  const subset = scope === 'all' ? null : JSON.stringify([...new Set(scope.childIds)]);
  const childFilter = subset === null ? '' : 'AND child_id IN (SELECT value FROM json_each(?))';
  const args = subset === null ? [] : [subset];
  // In table order (rows of a month lie together), grouped per child in memory.
  const monthRows = statement(
    sqlite,
    `SELECT child_id, month, school_id, marks, days_present_halves, days_open
         FROM attendance_months WHERE month >= ? ${childFilter}`,
  )
    .raw()
    .all(since, ...args) as [number, string, number, string, number, number][];
  const byChild = new Map<number, ChildMonth[]>();
  for (const [childId, month, schoolId, marks, daysPresentHalves, daysOpen] of monthRows) {
    let list = byChild.get(childId);
    if (!list) byChild.set(childId, (list = []));
    list.push({ month, schoolId, marks, daysPresentHalves, daysOpen });
  }
  const imports = importedMonthsBySchool(sqlite, since, subset === null ? 'all' : new Set(monthRows.map((r) => r[2])));
  const importedMonths = (schoolId: number) => imports.get(schoolId) ?? [];
  const existing = new Map(
    (
      statement(
        sqlite,
        `SELECT child_id AS childId, month, status, risk, reasons_json AS reasonsJson FROM attendance_flags WHERE 1 = 1 ${childFilter}`,
      ).all(...args) as { childId: number; month: string; status: string; risk: number; reasonsJson: string }[]
    ).map((f) => [f.childId, f]),
  );
  // For a few hundred children, look each up (CROSS JOIN keeps that order); left to itself SQLite walks every open case.
  const openCaseSql =
    subset === null
      ? "SELECT DISTINCT cc.child_id AS childId FROM case_children cc JOIN cases c ON c.id = cc.case_id WHERE c.status = 'open'"
      : `SELECT DISTINCT cc.child_id AS childId FROM json_each(?) j CROSS JOIN case_children cc ON cc.child_id = j.value
          WHERE EXISTS (SELECT 1 FROM cases c WHERE c.id = cc.case_id AND c.status = 'open')`;
  const inOpenCase = new Set((statement(sqlite, openCaseSql).all(...args) as { childId: number }[]).map((r) => r.childId));

  const upsert = statement(
    sqlite,
    `INSERT INTO attendance_flags (child_id, month, risk, reasons_json, raised_at, status, updated_at)
     VALUES (?, ?, ?, ?, ?, 'open', ?)
     ON CONFLICT(child_id) DO UPDATE SET
       status = CASE WHEN attendance_flags.status = 'followed_up' AND excluded.month > attendance_flags.month THEN 'open' ELSE attendance_flags.status END,
       raised_at = CASE WHEN attendance_flags.status = 'followed_up' AND excluded.month > attendance_flags.month THEN excluded.raised_at ELSE attendance_flags.raised_at END,
       month = excluded.month, risk = excluded.risk, reasons_json = excluded.reasons_json, updated_at = excluded.updated_at`,
  );
  const remove = statement(sqlite, 'DELETE FROM attendance_flags WHERE child_id = ?');
  const result: RecomputeResult = { flagged: 0, raised: 0, cleared: 0 };
  const upserts: [number, string, number, string][] = [];
  const removals: number[] = [];

  const settle = (childId: number, months: ChildMonth[]) => {
    const flag = flagOf(months, importedMonths, settings);
    const before = existing.get(childId);
    if (!flag) {
      if (before && !inOpenCase.has(childId)) {
        removals.push(childId);
        result.cleared += 1;
      } else if (before) result.flagged += 1;
      return;
    }
    result.flagged += 1;
    const reasonsJson = JSON.stringify(flag.reasons);
    if (before && before.month === flag.month && before.risk === flag.risk && before.reasonsJson === reasonsJson) return;
    if (!before || (before.status === 'followed_up' && flag.month > before.month)) result.raised += 1;
    upserts.push([childId, flag.month, flag.risk, reasonsJson]);
  };

  for (const [childId, months] of byChild)
    settle(
      childId,
      months.sort((x, y) => (x.month < y.month ? -1 : 1)),
    );
  // An import took these children's months away (a corrected file): nothing in the window flags them now.
  // With 'all', a flagged child without a month in the window keeps their flag: nothing new is known of them.
  for (const childId of existing.keys()) {
    if (byChild.has(childId)) continue;
    if (scope === 'all') result.flagged += 1;
    else settle(childId, []);
  }
  for (const childId of removals) remove.run(childId);
  for (const [childId, month, risk, reasonsJson] of upserts) upsert.run(childId, month, risk, reasonsJson, at, at);
  return result;
}
