import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Host } from '../../electron/host/host';
import { call, median, sessionOf, timedRuns, type BenchRow } from './benchKit';
import type { ImportRunOptions, ImportRunResult } from './attendanceImportRun';
import { importMonth, monthFiles, seedAttendance, seededMonths } from './attendanceBenchData';

/**
 * Attendance on the block: importing a month's 200 school files against exceljs merely reading
 * them, the memory it takes, recomputing the worklist, the worklist of one Gram Panchayat, and a
 * child's 36-month calendar. The import runs on a copy of the cached database, so every run imports
 * the same month into the same 36 months.
 */

export interface AttendanceBenchOptions {
  /** The cached block database (bench.ts: .bench/block/suraksha.sqlite). */
  cachedDb: string;
  benchDir: string;
  migrationsFolder: string;
  /** The repository root: the built parse worker is out/electron/parseWorker.cjs under it. */
  root: string;
  random: () => number;
}

const ms = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(1)} ms`);

/** Runs the import in a child process (tsx as its loader) and reads its one line of results. */
function importInOwnProcess(run: ImportRunOptions): Promise<ImportRunResult> {
  const script = fileURLToPath(new URL('./attendanceImportRun.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(run)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as ImportRunResult);
      else reject(new Error(`attendance import run exited ${code}: ${out}`));
    });
  });
}

export async function attendanceBench(options: AttendanceBenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const blockDir = join(options.cachedDb, '..');
  const cached = await Host.open({ dataDir: blockDir, migrationsFolder: options.migrationsFolder, log: () => undefined });
  const seeded = seedAttendance(cached, options.random);
  rows.push({
    operation: `insert ${seededMonths} months of attendance`,
    time: seeded.seeded ? ms(seeded.ms) : 'cached',
    throughput: seeded.seeded ? `${Math.round(seeded.rows / (seeded.ms / 1000)).toLocaleString('en-IN')} rows/s` : '',
    note: `${seeded.rows.toLocaleString('en-IN')} child-months, one prepared statement`,
  });
  const filesDir = await monthFiles(cached, join(options.benchDir, 'attendance-files'), options.random);
  cached.close();

  // The import runs on a copy: every run imports the same month into the same 36 months.
  const runDir = join(options.benchDir, 'attendance-run');
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  copyFileSync(options.cachedDb, join(runDir, 'suraksha.sqlite'));
  const worker = join(options.root, 'out/electron/parseWorker.cjs');
  const run = await importInOwnProcess({
    dataDir: runDir,
    filesDir,
    migrationsFolder: options.migrationsFolder,
    worker: existsSync(worker) ? worker : null,
  });
  rows.push({
    operation: `import ${run.files} school files (preview + commit)`,
    time: ms(run.importMs),
    throughput: `${(run.importMs / run.excelJsMs).toFixed(2)}× exceljs reading (${ms(run.excelJsMs)})`,
    note: `${run.imported.toLocaleString('en-IN')} of ${run.found.toLocaleString('en-IN')} rows imported, ${importMonth}; preview ${ms(run.previewMs)}; parser ${existsSync(worker) ? 'in workers' : 'in-process'}`,
  });
  rows.push({
    operation: '  the same, processor time',
    time: ms(run.importCpuMs),
    throughput: `${(run.importCpuMs / run.excelJsCpuMs).toFixed(2)}× exceljs reading (${ms(run.excelJsCpuMs)})`,
    note: 'all threads; what a busy machine changes least',
  });
  rows.push({
    operation: 'peak memory during the import',
    time: `${run.peakRssMb} MB`,
    throughput: '',
    note: `resident set of the importing process (${run.startRssMb} MB before the files were read)`,
  });

  const host = await Host.open({ dataDir: runDir, migrationsFolder: options.migrationsFolder, log: () => undefined });
  const token = sessionOf(host, "role = 'admin'");
  const recompute = await timedRuns(3, () => call(host, token, 'attendance.recomputeFlags', {}));
  const flagged = (host.database.sqlite.prepare('SELECT count(*) AS n FROM attendance_flags').get() as { n: number }).n;
  rows.push({
    operation: 'recompute all flags (p50)',
    time: ms(median(recompute)),
    throughput: '',
    note: `${flagged.toLocaleString('en-IN')} children flagged of 60,000 (each child's last 3 months read)`,
  });
  const gp = (
    host.database.sqlite.prepare('SELECT gram_panchayat AS gp FROM children WHERE gram_panchayat IS NOT NULL LIMIT 1').get() as {
      gp: string;
    }
  ).gp;
  let gpRows = 0;
  const worklist = await timedRuns(20, async () => {
    gpRows = (await call<{ total: number }>(host, token, 'attendance.flags', { gramPanchayat: gp })).total;
  });
  rows.push({
    operation: 'attendance.flags, one Gram Panchayat (p50)',
    time: ms(median(worklist)),
    throughput: '',
    note: `${gpRows} children to visit in ${gp}`,
  });
  const childId = (
    host.database.sqlite.prepare('SELECT child_id AS id FROM attendance_months GROUP BY child_id HAVING count(*) >= 36 LIMIT 1').get() as {
      id: number;
    }
  ).id;
  const calendar = await timedRuns(30, () => call(host, token, 'attendance.childCalendar', { childId }));
  rows.push({
    operation: 'attendance.childCalendar, 37 months (p50)',
    time: ms(median(calendar)),
    throughput: '',
    note: 'one child, newest first',
  });

  host.close();
  rmSync(runDir, { recursive: true, force: true });
  return rows;
}
