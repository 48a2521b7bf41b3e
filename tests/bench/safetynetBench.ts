import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Host } from '../../electron/host/host';
import { rescoreDepartures } from '../../electron/safetynet/rescore';
import { migrationPurposes } from '../../electron/shared/safetynetVocabulary';
import { benchLogin, median, random, timedCalls, type BenchRow } from './benchKit';
import { boyNames, girlNames, gramPanchayats, surnames, villages } from './names';

const departureCount = 50_000;
const agentCount = 2_000;
const benchToday = new Date('2026-12-03T06:00:00Z');
const states = ['Karnataka', 'Kerala', 'Maharashtra', 'Delhi', 'Tamil Nadu', 'Gujarat', 'Haryana', 'Odisha', 'West Bengal'];

function isoDay(from: number, rand: () => number, spanDays: number): string {
  return new Date(from + Math.floor(rand() * spanDays) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * 2,000 agents and 50,000 departures over five years (a third minors, a fifth young women, a third
 * through a registered agent, most back home), inserted in one transaction and scored once.
 */
export function seedDepartures(host: Host): number {
  const { sqlite } = host.database;
  const rand = random(1098);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const now = benchToday.toISOString();
  const started = performance.now();
  sqlite.transaction(() => {
    const point = sqlite.prepare(
      "INSERT INTO reporting_points (kind, name, village, gram_panchayat, created_at, updated_at) VALUES ('club', ?, ?, ?, ?, ?)",
    );
    const points = gramPanchayats.map((gp, i) => Number(point.run(`${gp} Yuva Sangha ${i}`, pick(villages), gp, now, now).lastInsertRowid));
    const agent = sqlite.prepare('INSERT INTO migration_agents (name, phones, village, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    for (let a = 1; a <= agentCount; a++) {
      agent.run(
        `${pick(boyNames)[1]} ${pick(surnames)[1]} ${a}`,
        a % 5 === 0 ? null : `98${String(10_000_000 + a).padStart(8, '0')}`,
        pick(villages),
        now,
        now,
      );
    }
    const insert = sqlite.prepare(
      `INSERT INTO departures (reporting_point_id, reported_on, name, sex, birth_basis, age_years, village, gram_panchayat, left_on,
         purpose, dest_state, dest_place, dest_address, contact_phone, arranged_by, agent_id, agent_name, with_guardian, family_knows,
         family_agreed, doc_appointment_letter, doc_id, doc_school_admission, expected_return_on, returned_on, return_condition,
         last_check_in_on, last_check_in_outcome, score, computed_level, level, flags_json, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'age', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unknown', 'unknown', 'unknown', 'unknown', ?, ?, ?, ?, ?,
         0, 'low', 'low', '[]', 1, ?, ?)`,
    );
    const from = Date.parse('2021-12-01T00:00:00Z');
    for (let d = 0; d < departureCount; d++) {
      const gpIndex = Math.floor(rand() * gramPanchayats.length);
      const female = rand() < 0.5;
      const roll = rand();
      const age =
        roll < 0.33 ? 12 + Math.floor(rand() * 6) : roll < 0.53 && female ? 18 + Math.floor(rand() * 7) : 25 + Math.floor(rand() * 30);
      const leftOn = isoDay(from, rand, 5 * 365);
      const arranged = rand();
      const returned = rand() < 0.85 && leftOn < '2026-10-01';
      const expected =
        rand() < 0.6 ? new Date(Date.parse(leftOn) + (30 + Math.floor(rand() * 300)) * 86_400_000).toISOString().slice(0, 10) : null;
      const checked = rand() < 0.5 ? new Date(Date.parse(leftOn) + Math.floor(rand() * 60) * 86_400_000).toISOString().slice(0, 10) : null;
      insert.run(
        points[gpIndex] ?? 1,
        leftOn,
        `${pick(female ? girlNames : boyNames)[1]} ${pick(surnames)[1]}`,
        female ? 'female' : 'male',
        age,
        pick(villages),
        gramPanchayats[gpIndex] ?? null,
        leftOn,
        rand() < 0.05 ? 'marriage' : pick(migrationPurposes),
        pick(states),
        'Town',
        rand() < 0.5 ? 'Near the market' : null,
        rand() < 0.4 ? '9830012345' : null,
        arranged < 0.35 ? 'agent' : arranged < 0.55 ? 'agent' : arranged < 0.9 ? 'family' : 'unknown',
        arranged < 0.35 ? 1 + Math.floor(rand() * agentCount) : null,
        arranged >= 0.35 && arranged < 0.55 ? 'Unregistered contact' : null,
        age < 18 ? (rand() < 0.6 ? 1 : 0) : 1,
        rand() < 0.9 ? 'yes' : 'no',
        expected,
        returned ? new Date(Date.parse(leftOn) + 40 * 86_400_000).toISOString().slice(0, 10) : null,
        returned ? 'safe' : null,
        checked,
        checked ? pick(['safe', 'worried', 'not_reachable'] as const) : null,
        now,
        now,
      );
    }
    rescoreDepartures(sqlite, host.settings, benchToday.toISOString().slice(0, 10), 'all');
  })();
  return performance.now() - started;
}

/**
 * SafetyNet on the block (a copy of the cached block database when there is one): the worklist of one
 * GP, re-scoring every departure after an administrator changes a threshold, an agent's page, the month's report.
 */
export async function safetynetBench(options: { root: string; cachedDb: string | null }): Promise<BenchRow[]> {
  const dataDir = join(options.root, '.bench', 'safetynet');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const onBlock = options.cachedDb !== null && existsSync(options.cachedDb);
  if (onBlock && options.cachedDb) copyFileSync(options.cachedDb, join(dataDir, 'suraksha.sqlite'));
  const host = await Host.open({ dataDir, migrationsFolder: join(options.root, 'drizzle'), clock: () => benchToday, log: () => undefined });
  try {
    const token = await benchLogin(host);
    const seedMs = seedDepartures(host);
    const { sqlite } = host.database;
    const busiest = sqlite
      .prepare('SELECT agent_id AS id, count(*) AS n FROM departures WHERE agent_id IS NOT NULL GROUP BY agent_id ORDER BY n DESC LIMIT 1')
      .get() as {
      id: number;
      n: number;
    };
    const gp = gramPanchayats[3] ?? 'Taki';
    const inGp = (sqlite.prepare('SELECT count(*) AS n FROM departures WHERE gram_panchayat = ?').get(gp) as { n: number }).n;
    const worklist = median(await timedCalls(host, token, 'migrations.worklist', { gramPanchayat: gp, status: 'all' }, 15));
    let high = 10;
    const rescoreTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      high = high === 10 ? 12 : 10;
      rescoreTimes.push(median(await timedCalls(host, token, 'settings.update', { safetynetHighScore: high }, 1)));
    }
    rescoreTimes.sort((a, b) => a - b);
    const agentPage = median(await timedCalls(host, token, 'agents.get', { id: busiest.id }, 15));
    const report = median(await timedCalls(host, token, 'migrations.monthReport', { month: '2026-06' }, 10));
    const n = (x: number) => x.toLocaleString('en-IN');
    const where = onBlock ? 'on the block register' : 'on an empty register (no cached block)';
    return [
      {
        operation: 'insert + score 50,000 departures, 2,000 agents',
        time: `${(seedMs / 1000).toFixed(2)} s`,
        throughput: '',
        note: `one transaction, ${where}`,
      },
      {
        operation: 'migrations.worklist, one GP (p50)',
        time: `${worklist.toFixed(1)} ms`,
        throughput: '',
        note: `everyone being checked on, of ${n(inGp)} departures in the GP`,
      },
      {
        operation: 'settings.update → re-score every departure (p50)',
        time: `${(rescoreTimes[2] ?? 0).toFixed(0)} ms`,
        throughput: `${n(Math.round(departureCount / ((rescoreTimes[2] ?? 1) / 1000)))} departures/s`,
        note: 'high threshold 10 ↔ 12, agent chains in leaving order, one transaction',
      },
      {
        operation: "agents.get, the busiest agent's page (p50)",
        time: `${agentPage.toFixed(1)} ms`,
        throughput: '',
        note: `${n(busiest.n)} departures arranged`,
      },
      {
        operation: 'migrations.monthReport, a month (p50)',
        time: `${report.toFixed(1)} ms`,
        throughput: '',
        note: 'counts, red-flag list, overdue check-ins, agents',
      },
    ];
  } finally {
    host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
