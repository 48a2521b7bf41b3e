/**
 * The 200-file import of attendanceBench, in a process of its own so that its peak memory is the
 * import's and not the bench's: `node --import tsx attendanceImportRun.ts '<json options>'` prints one
 * JSON line with the times and the peak resident set.
 */
import ExcelJS from 'exceljs';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { useParseWorker } from '../../electron/attendance/parseRunner';
import { Host } from '../../electron/host/host';
import { call, sessionOf } from './benchKit';

export interface ImportRunOptions {
  dataDir: string;
  filesDir: string;
  migrationsFolder: string;
  worker: string | null;
}

export interface ImportRunResult {
  files: number;
  found: number;
  imported: number;
  statuses: Record<string, number>;
  previewMs: number;
  importMs: number;
  excelJsMs: number;
  /** Processor time (all threads: the parse workers too), less exposed than wall time to a busy machine. */
  importCpuMs: number;
  excelJsCpuMs: number;
  peakRssMb: number;
  startRssMb: number;
}

/** The physical floor: exceljs loading each file and doing nothing else (wall and processor time). */
async function excelJsReading(buffers: Buffer[]): Promise<{ ms: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const buffer of buffers) await new ExcelJS.Workbook().xlsx.load(buffer as unknown as ArrayBuffer);
  const cpu = process.cpuUsage(cpu0);
  return { ms: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 };
}

async function run(options: ImportRunOptions): Promise<ImportRunResult> {
  const host = await Host.open({ dataDir: options.dataDir, migrationsFolder: options.migrationsFolder, log: () => undefined });
  const token = sessionOf(host, "role = 'admin'");
  useParseWorker(options.worker);
  const names = readdirSync(options.filesDir)
    .filter((n) => n.endsWith('.xlsx'))
    .sort();
  const startRss = process.memoryUsage().rss;
  let peak = startRss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);

  // As the app gets them: each file's bytes as base64 in the request.
  const files = names.map((name) => ({ name, contentBase64: readFileSync(join(options.filesDir, name)).toString('base64') }));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const preview = await call<{ previewId: string; files: { counts: { found: number } }[] }>(host, token, 'attendance.preview', { files });
  const previewMs = performance.now() - t0;
  const committed = await call<{ files: { status: string; childrenImported: number }[] }>(host, token, 'attendance.commit', {
    previewId: preview.previewId,
  });
  const importMs = performance.now() - t0;
  const importCpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  host.close();

  // exceljs reads the same files twice after the import (so its memory is not counted in the import's):
  // the faster run is the floor, so a busy moment of the machine does not flatter the ratio.
  const buffers = names.map((name) => readFileSync(join(options.filesDir, name)));
  const first = await excelJsReading(buffers);
  const second = await excelJsReading(buffers);
  const floor = second.ms < first.ms ? second : first;
  const excelJsMs = floor.ms;
  const excelJsCpu = floor.cpu;

  const statuses: Record<string, number> = {};
  for (const f of committed.files) statuses[f.status] = (statuses[f.status] ?? 0) + 1;
  return {
    files: names.length,
    found: preview.files.reduce((n, f) => n + f.counts.found, 0),
    imported: committed.files.reduce((n, f) => n + f.childrenImported, 0),
    statuses,
    previewMs,
    importMs,
    excelJsMs,
    importCpuMs: (importCpu.user + importCpu.system) / 1000,
    excelJsCpuMs: excelJsCpu,
    peakRssMb: Math.round(peak / 1024 / 1024),
    startRssMb: Math.round(startRss / 1024 / 1024),
  };
}

const argument = process.argv[2];
if (argument) {
  run(JSON.parse(argument) as ImportRunOptions)
    .then((result) => {
      console.log(JSON.stringify(result));
      process.exit(0);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
