import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Host } from '../../electron/host/host';
import { median, sessionOf, timedCalls, type BenchRow } from './benchKit';

const benchToday = new Date('2026-12-03T06:00:00Z');

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
    const token = sessionOf(host, "role = 'admin'", benchToday.getTime());
    const month = (host.database.sqlite.prepare('SELECT max(month) FROM attendance_imports').pluck().get() as string | null) ?? '2026-11';
    const cases = host.database.sqlite.prepare('SELECT count(*) FROM cases').pluck().get() as number;
    const figures = median(await timedCalls(host, token, 'reports.monthlyFigures', { month }, 5));
    const pdf = median(await timedCalls(host, token, 'reports.monthlyPdf', { month, language: 'bn' }, 5));
    const excel = median(await timedCalls(host, token, 'reports.monthlyExcel', { month, language: 'en' }, 5));
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
