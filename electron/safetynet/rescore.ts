import type Database from 'better-sqlite3';
import type { Settings } from '../admin/settings';
import type { Ctx } from '../api/types';
import type { Arrangement, DepartureLevel, KnownAnswer, MigrationPurpose } from '../shared/safetynetVocabulary';
import { scoreAll, type DepartureFacts, type RegisteredAgent } from './redFlags';
import { thresholdsOf, weightsOf } from './scoringSettings';

// Positional (raw) rows: reading 50,000 departures as arrays is several times faster than as objects.
const factsColumns = `d.id, d.sex, d.birth_basis, d.date_of_birth, d.age_years, d.left_on, d.purpose, d.with_guardian, d.arranged_by,
  d.agent_id, d.agent_name, d.agent_phone, d.dest_address, d.contact_phone, d.family_knows, d.family_agreed, d.expected_return_on,
  d.returned_on, d.last_check_in_on, d.level_override, d.score, d.computed_level, d.level, d.flags_hash`;

type RawFacts = [
  number,
  DepartureFacts['sex'],
  DepartureFacts['birthBasis'],
  string | null,
  number | null,
  string,
  MigrationPurpose,
  number,
  Arrangement,
  number | null,
  string | null,
  string | null,
  string | null,
  string | null,
  KnownAnswer,
  KnownAnswer,
  string | null,
  string | null,
  string | null,
  DepartureLevel | null,
  number,
  DepartureLevel,
  DepartureLevel,
  number,
];

function factsOf(r: RawFacts): DepartureFacts {
  return {
    id: r[0],
    sex: r[1],
    birthBasis: r[2],
    dateOfBirth: r[3],
    ageYears: r[4],
    leftOn: r[5],
    purpose: r[6],
    withGuardian: r[7] === 1,
    arrangedBy: r[8],
    agentId: r[9],
    agentName: r[10],
    agentPhone: r[11],
    destAddress: r[12],
    contactPhone: r[13],
    familyKnows: r[14],
    familyAgreed: r[15],
    expectedReturnOn: r[16],
    returnedOn: r[17],
    lastCheckInOn: r[18],
    levelOverride: r[19],
  };
}

/** FNV-1a of the flags' JSON: equal flags give equal hashes; a change of flags almost surely changes it. */
export function flagsHash(json: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    h ^= json.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * Re-scores departures with the office's weights and thresholds as of `today` and writes back the
 * ones whose score, level or flags changed. A scope of some departures takes in every departure of
 * their agents, since the agent rule reads them. Run it inside the caller's transaction.
 * Returns how many departures changed.
 */
export function rescoreDepartures(sqlite: Database.Database, settings: Settings, today: string, scope: 'all' | number[]): number {
  const rows = (
    scope === 'all'
      ? sqlite.prepare(`SELECT ${factsColumns} FROM departures d`).raw().all()
      : sqlite
          .prepare(
            `WITH wanted(id) AS (SELECT value FROM json_each(?))
             SELECT ${factsColumns} FROM departures d
              WHERE d.id IN (SELECT id FROM wanted)
                 OR d.agent_id IN (SELECT agent_id FROM departures WHERE id IN (SELECT id FROM wanted) AND agent_id IS NOT NULL)`,
          )
          .raw()
          .all(JSON.stringify(scope))
  ) as RawFacts[];
  if (rows.length === 0) return 0;
  const agentIds = [...new Set(rows.map((r) => r[9]).filter((a): a is number => a !== null))];
  const agents = new Map<number, RegisteredAgent>(
    (
      sqlite
        .prepare('SELECT id, name, phones FROM migration_agents WHERE id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(agentIds)) as RegisteredAgent[]
    ).map((a) => [a.id, a]),
  );
  const scored = scoreAll(rows.map(factsOf), agents, weightsOf(settings), thresholdsOf(settings), today);
  const update = sqlite.prepare(
    'UPDATE departures SET score = ?, computed_level = ?, level = ?, flags_json = ?, flags_hash = ?, overdue_return = ? WHERE id = ?',
  );
  let changed = 0;
  for (const row of rows) {
    const s = scored.get(row[0]);
    if (!s) continue;
    const json = JSON.stringify(s.flags);
    const hash = flagsHash(json);
    if (s.score === row[20] && s.computedLevel === row[21] && s.level === row[22] && hash === row[23]) continue;
    update.run(s.score, s.computedLevel, s.level, json, hash, s.flags.some((f) => f.code === 'overdue_return') ? 1 : 0, row[0]);
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
