import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { recomputeFlags } from '../../electron/attendance/flagStore';
import { Host } from '../../electron/host/host';
import { seedAttendance } from './attendanceBenchData';
import { random, sessionOf, type BenchRow } from './benchKit';
import { seedCases } from './casesBench';
import { seedCommunity } from './communitySeed';
import { processorRow, wallAndProcessor } from './processorTime';
import { seedDepartures } from './safetynetBench';

const benchToday = new Date('2026-12-03T06:00:00Z');
const runs = 11;

/** The median wall and processor times of the home screen's call for the first user `where` picks. */
function dashboardFor(host: Host, where: string) {
  return wallAndProcessor(host, sessionOf(host, where, benchToday.getTime()), 'dashboard.get', {}, runs);
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
    const manager = await dashboardFor(host, "role = 'admin'");
    const worker = await dashboardFor(host, "username = 'worker7'");
    const n = (x: number) => x.toLocaleString('en-IN');
    const note = `${n(count('attendance_months'))} child-months, ${n(count('attendance_flags'))} flagged, ${n(count('cases'))} cases, ${n(count('departures'))} departures, ${n(count('committee_meetings'))} meetings, ${n(count('community_activities'))} activities`;
    return [
      processorRow(`dashboard.get, administrator (p50 of ${runs})`, manager, note),
      processorRow(`dashboard.get, a case worker (p50 of ${runs})`, worker, 'her own cases only'),
    ];
  } finally {
    host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
