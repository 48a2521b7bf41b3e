import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/api/dispatch';
import { recomputeFlags } from '../../electron/attendance/flagStore';
import { Host } from '../../electron/host/host';
import { seedCommunity } from './communitySeed';
import type { BenchRow } from './benchKit';
import { seedDepartures } from './safetynetBench';

const benchToday = new Date('2026-12-03T06:00:00Z');
const runs = 5;

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

/** The median wall time of the runs, and the median processor time (what a busy machine changes least). */
async function median(host: Host, token: string, method: string, input: unknown): Promise<{ wall: number; cpu: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const outcome = await dispatch(host, { method, input, sessionToken: token, setSessionToken: () => undefined });
    const used = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((used.user + used.system) / 1000);
    if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
  }
  const mid = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
  return { wall: mid(wall), cpu: mid(cpu) };
}

/**
 * The monthly report and the home screen on the whole block: a copy of the cached block (60,000
 * children, 36 months of attendance and its worklist, 5,000 cases, seeded by dashboardBench) with
 * 50,000 SafetyNet departures and their check-ins, and three years of community work (221
 * committees meeting, action points, 60 activities a month). Medians of 5 runs.
 */
export async function monthlyReportBench(options: { root: string; cachedDb: string }): Promise<BenchRow[]> {
  if (!existsSync(options.cachedDb)) return [];
  const dataDir = join(options.root, '.bench', 'monthly');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(options.cachedDb, join(dataDir, 'suraksha.sqlite'));
  const host = await Host.open({ dataDir, migrationsFolder: join(options.root, 'drizzle'), clock: () => benchToday, log: () => undefined });
  try {
    const { sqlite } = host.database;
    if ((sqlite.prepare('SELECT count(*) AS n FROM attendance_flags').get() as { n: number }).n === 0)
      sqlite.transaction(() => recomputeFlags(sqlite, host.settings, benchToday.toISOString(), 'all'))();
    if ((sqlite.prepare('SELECT count(*) AS n FROM departures').get() as { n: number }).n === 0) seedDepartures(host);
    const community = seedCommunity(host, random(1098));
    const admin = sqlite.prepare("SELECT id, username, full_name AS fullName FROM users WHERE role = 'admin' LIMIT 1").get() as {
      id: number;
      username: string;
      fullName: string;
    };
    const token = host.sessions.start(
      { userId: admin.id, username: admin.username, fullName: admin.fullName, role: 'admin', language: 'en' },
      benchToday.getTime(),
    ).token;
    const month = '2026-11';
    const count = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const figures = await median(host, token, 'reports.monthlyFigures', { month });
    const pdf = await median(host, token, 'reports.monthlyPdf', { month, language: 'bn' });
    const excel = await median(host, token, 'reports.monthlyExcel', { month, language: 'en' });
    const dashboard = await median(host, token, 'dashboard.get', {});
    const n = (x: number) => x.toLocaleString('en-IN');
    const note =
      `${month}; ${n(count('attendance_months'))} child-months, ${n(count('cases'))} cases, ${n(count('departures'))} departures, ` +
      `${n(count('departure_check_ins'))} check-ins, ${community.committees} committees, ${n(community.meetings)} meetings, ` +
      `${n(community.activities)} activities; median of ${runs}`;
    const row = (operation: string, m: { wall: number; cpu: number }, rowNote: string): BenchRow => ({
      operation,
      time: `${Math.round(m.wall)} ms`,
      throughput: `${Math.round(m.cpu)} ms processor`,
      note: rowNote,
    });
    return [
      row('monthly report: figures (target < 3 s)', figures, note),
      row('monthly report: PDF in Bengali, all sections (target < 3 s)', pdf, 'same set; the figures counted again, then drawn'),
      row('monthly report: Excel workbook, 11 sheets', excel, 'same set'),
      row('dashboard.get on the same set, administrator (target < 1 s)', dashboard, 'same set'),
    ];
  } finally {
    host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
