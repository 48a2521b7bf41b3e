import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/api/dispatch';
import { Host } from '../../electron/host/host';
import type { BenchRow } from './safetynetBench';

const benchToday = new Date('2026-12-03T06:00:00Z');

async function median(host: Host, token: string, method: string, input: unknown, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const outcome = await dispatch(host, { method, input, sessionToken: token, setSessionToken: () => undefined });
    times.push(performance.now() - t0);
    if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

/**
 * The monthly report on the block: the SafetyNet bench's database (the block register, 5,000 cases,
 * 36 months of attendance, 50,000 departures), copied so nothing it writes stays. Medians of 5 runs.
 */
export async function monthlyReportBench(options: { root: string }): Promise<BenchRow[]> {
  const source = join(options.root, '.bench', 'safetynet', 'suraksha.sqlite');
  if (!existsSync(source)) return [];
  const dataDir = join(options.root, '.bench', 'monthly');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(source, join(dataDir, 'suraksha.sqlite'));
  const host = await Host.open({ dataDir, migrationsFolder: join(options.root, 'drizzle'), clock: () => benchToday, log: () => undefined });
  try {
    const admin = host.database.sqlite
      .prepare("SELECT id, username, full_name AS fullName FROM users WHERE role = 'admin' LIMIT 1")
      .get() as {
      id: number;
      username: string;
      fullName: string;
    };
    const token = host.sessions.start(
      { userId: admin.id, username: admin.username, fullName: admin.fullName, role: 'admin', language: 'en' },
      benchToday.getTime(),
    ).token;
    const month = (host.database.sqlite.prepare('SELECT max(month) FROM attendance_imports').pluck().get() as string | null) ?? '2026-11';
    const cases = host.database.sqlite.prepare('SELECT count(*) FROM cases').pluck().get() as number;
    const figures = await median(host, token, 'reports.monthlyFigures', { month }, 5);
    const pdf = await median(host, token, 'reports.monthlyPdf', { month, language: 'bn' }, 5);
    const excel = await median(host, token, 'reports.monthlyExcel', { month, language: 'en' }, 5);
    const note = `${month}, ${cases.toLocaleString('en-IN')} cases, median of 5`;
    return [
      { operation: 'monthly report: figures', time: `${Math.round(figures)} ms`, throughput: 'every section', note },
      { operation: 'monthly report: PDF in Bengali', time: `${Math.round(pdf)} ms`, throughput: 'A4, all sections', note },
      { operation: 'monthly report: Excel workbook', time: `${Math.round(excel)} ms`, throughput: '11 sheets', note },
    ];
  } finally {
    host.close();
  }
}
