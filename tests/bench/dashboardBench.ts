import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/api/dispatch';
import { recomputeFlags } from '../../electron/attendance/flagStore';
import { Host } from '../../electron/host/host';
import { seedAttendance } from './attendanceBenchData';
import type { BenchRow } from './benchKit';
import { seedCases } from './casesBench';
import { seedCommunity } from './communitySeed';
import { seedDepartures } from './safetynetBench';

const benchToday = new Date('2026-12-03T06:00:00Z');
const runs = 11;

/** A seeded generator, as the other benches use, so every run builds the same data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sessionOf(host: Host, where: string): string {
  const user = host.database.sqlite
    .prepare(`SELECT id, username, full_name AS fullName, role FROM users WHERE ${where} ORDER BY id LIMIT 1`)
    .get() as {
    id: number;
    username: string;
    fullName: string;
    role: 'admin' | 'case_worker';
  };
  return host.sessions.start(
    { userId: user.id, username: user.username, fullName: user.fullName, role: user.role, language: 'en' },
    benchToday.getTime(),
  ).token;
}

/** The median wall time of the runs, and the median processor time (what a busy machine changes least). */
async function medianOf(host: Host, token: string): Promise<{ wall: number; cpu: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const outcome = await dispatch(host, { method: 'dashboard.get', input: {}, sessionToken: token, setSessionToken: () => undefined });
    if (!outcome.ok) throw new Error(`dashboard.get: ${JSON.stringify(outcome.error)}`);
    const used = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
  return { wall: median(wall), cpu: median(cpu) };
}

/**
 * The home screen on the block: 60,000 children with 36 months of attendance and their worklist,
 * 5,000 cases, 50,000 departures and three years of committees, meetings and activities (a copy of the
 * cached block, so the cache stays as it was).
 */
export async function dashboardBench(options: { root: string; cachedDb: string }): Promise<BenchRow[]> {
  const migrationsFolder = join(options.root, 'drizzle');
  // The cases and the 36 months go into the cached block, as the full run puts them there (once).
  const cached = await Host.open({ dataDir: join(options.cachedDb, '..'), migrationsFolder, log: () => undefined });
  seedCases(cached, random(1098));
  seedAttendance(cached, random(404));
  cached.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  cached.close();
  const dataDir = join(options.root, '.bench', 'dashboard');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  if (existsSync(options.cachedDb)) copyFileSync(options.cachedDb, join(dataDir, 'suraksha.sqlite'));
  const host = await Host.open({ dataDir, migrationsFolder, clock: () => benchToday, log: () => undefined });
  try {
    const { sqlite } = host.database;
    if ((sqlite.prepare('SELECT count(*) AS n FROM attendance_flags').get() as { n: number }).n === 0) {
      sqlite.transaction(() => recomputeFlags(sqlite, host.settings, benchToday.toISOString(), 'all'))();
    }
    seedDepartures(host);
    seedCommunity(host, random(1098));
    const count = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const manager = await medianOf(host, sessionOf(host, "role = 'admin'"));
    const worker = await medianOf(host, sessionOf(host, "username = 'worker7'"));
    const n = (x: number) => x.toLocaleString('en-IN');
    const note = `${n(count('attendance_months'))} child-months, ${n(count('attendance_flags'))} flagged, ${n(count('cases'))} cases, ${n(count('departures'))} departures, ${n(count('committee_meetings'))} meetings, ${n(count('community_activities'))} activities`;
    return [
      {
        operation: `dashboard.get, administrator (p50 of ${runs})`,
        time: `${manager.wall.toFixed(0)} ms`,
        throughput: `${manager.cpu.toFixed(0)} ms processor`,
        note,
      },
      {
        operation: `dashboard.get, a case worker (p50 of ${runs})`,
        time: `${worker.wall.toFixed(0)} ms`,
        throughput: `${worker.cpu.toFixed(0)} ms processor`,
        note: 'her own cases only',
      },
    ];
  } finally {
    host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
