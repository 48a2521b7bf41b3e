import type Database from 'better-sqlite3';
import type { Settings } from '../admin/settings';
import type { Ctx } from '../api/types';
import { scoreAll, type DepartureFacts, type RegisteredAgent } from './redFlags';
import { thresholdsOf, weightsOf } from './scoringSettings';

const factsColumns = `d.id, d.sex, d.birth_basis AS birthBasis, d.date_of_birth AS dateOfBirth, d.age_years AS ageYears,
  d.left_on AS leftOn, d.purpose, d.with_guardian AS withGuardian, d.arranged_by AS arrangedBy, d.agent_id AS agentId,
  d.agent_name AS agentName, d.agent_phone AS agentPhone, d.dest_address AS destAddress, d.contact_phone AS contactPhone,
  d.family_knows AS familyKnows, d.family_agreed AS familyAgreed, d.expected_return_on AS expectedReturnOn,
  d.returned_on AS returnedOn, d.last_check_in_on AS lastCheckInOn, d.level_override AS levelOverride,
  d.score AS oldScore, d.level AS oldLevel, d.computed_level AS oldComputed, d.flags_json AS oldFlags`;

type StoredFacts = Omit<DepartureFacts, 'withGuardian'> & {
  withGuardian: number;
  oldScore: number;
  oldLevel: string;
  oldComputed: string;
  oldFlags: string;
};

/**
 * Re-scores departures with the office's weights and thresholds as of `today` and writes back the
 * ones whose score, level or flags changed. A scope of some departures takes in every departure of
 * their agents, since the agent rule reads them. Run it inside the caller's transaction.
 * Returns how many departures changed.
 */
export function rescoreDepartures(sqlite: Database.Database, settings: Settings, today: string, scope: 'all' | number[]): number {
  const rows = (
    scope === 'all'
      ? sqlite.prepare(`SELECT ${factsColumns} FROM departures d`).all()
      : sqlite
          .prepare(
            `WITH wanted(id) AS (SELECT value FROM json_each(?))
             SELECT ${factsColumns} FROM departures d
              WHERE d.id IN (SELECT id FROM wanted)
                 OR d.agent_id IN (SELECT agent_id FROM departures WHERE id IN (SELECT id FROM wanted) AND agent_id IS NOT NULL)`,
          )
          .all(JSON.stringify(scope))
  ) as StoredFacts[];
  if (rows.length === 0) return 0;
  const agentIds = [...new Set(rows.map((r) => r.agentId).filter((a): a is number => a !== null))];
  const agents = new Map<number, RegisteredAgent>(
    (
      sqlite
        .prepare('SELECT id, name, phones FROM migration_agents WHERE id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(agentIds)) as RegisteredAgent[]
    ).map((a) => [a.id, a]),
  );
  const facts = rows.map((r) => ({ ...r, withGuardian: r.withGuardian === 1 }));
  const scored = scoreAll(facts, agents, weightsOf(settings), thresholdsOf(settings), today);
  const update = sqlite.prepare(
    'UPDATE departures SET score = ?, computed_level = ?, level = ?, flags_json = ?, overdue_return = ? WHERE id = ?',
  );
  let changed = 0;
  for (const row of rows) {
    const s = scored.get(row.id);
    if (!s) continue;
    const flagsJson = JSON.stringify(s.flags);
    if (s.score === row.oldScore && s.level === row.oldLevel && s.computedLevel === row.oldComputed && flagsJson === row.oldFlags) continue;
    update.run(s.score, s.computedLevel, s.level, flagsJson, s.flags.some((f) => f.code === 'overdue_return') ? 1 : 0, row.id);
    changed++;
  }
  return changed;
}

/**
 * A departure becomes overdue by the calendar, not by a write: before any list is read, those that
 * passed their expected return since they were last scored are scored again. One indexed lookup
 * when nothing is pending.
 */
export function refreshOverdueReturns(ctx: Ctx): number {
  const due = ctx.sqlite
    .prepare(
      `SELECT id FROM departures
        WHERE returned_on IS NULL AND overdue_return = 0 AND expected_return_on < ?
          AND (last_check_in_on IS NULL OR last_check_in_on < expected_return_on)`,
    )
    .all(ctx.today) as { id: number }[];
  if (due.length === 0) return 0;
  return ctx.write(() =>
    rescoreDepartures(
      ctx.sqlite,
      ctx.host.settings,
      ctx.today,
      due.map((d) => d.id),
    ),
  );
}
