import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { recomputeFlags } from '../../electron/attendance/flagStore';
import { Host } from '../../electron/host/host';
import { seedCommunity } from './communitySeed';
import { random, sessionOf, type BenchRow } from './benchKit';
import { processorRow, wallAndProcessor } from './processorTime';
import { seedDepartures } from './safetynetBench';

const benchToday = new Date('2026-12-03T06:00:00Z');
const runs = 5;

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
    const token = sessionOf(host, "role = 'admin'", benchToday.getTime());
    const month = '2026-11';
    const count = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const figures = await wallAndProcessor(host, token, 'reports.monthlyFigures', { month }, runs);
    const pdf = await wallAndProcessor(host, token, 'reports.monthlyPdf', { month, language: 'bn' }, runs);
    const excel = await wallAndProcessor(host, token, 'reports.monthlyExcel', { month, language: 'en' }, runs);
    const dashboard = await wallAndProcessor(host, token, 'dashboard.get', {}, runs);
    const n = (x: number) => x.toLocaleString('en-IN');
    const note =
      `${month}; ${n(count('attendance_months'))} child-months, ${n(count('cases'))} cases, ${n(count('departures'))} departures, ` +
      `${n(count('departure_check_ins'))} check-ins, ${community.committees} committees, ${n(community.meetings)} meetings, ` +
      `${n(community.activities)} activities; median of ${runs}`;
    return [
      processorRow('monthly report: figures (target < 3 s)', figures, note),
      processorRow('monthly report: PDF in Bengali, all sections (target < 3 s)', pdf, 'same set; the figures counted again, then drawn'),
      processorRow('monthly report: Excel workbook, 11 sheets', excel, 'same set'),
      processorRow('dashboard.get on the same set, administrator (target < 1 s)', dashboard, 'same set'),
    ];
  } finally {
    host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
