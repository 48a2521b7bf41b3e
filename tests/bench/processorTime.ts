/**
 * The home-screen and report benches' measure: the median wall time of repeated calls and their median
 * processor time (what a busy machine changes least), and the table row that prints both.
 */
import { performance } from 'node:perf_hooks';
import type { Host } from '../../electron/host/host';
import { call, median, type BenchRow } from './benchKit';

export interface WallAndProcessor {
  wall: number;
  cpu: number;
}

/** `runs` calls of one method through dispatch, as the window makes them; a refusal stops the bench. */
export async function wallAndProcessor(host: Host, token: string, method: string, input: unknown, runs: number): Promise<WallAndProcessor> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await call(host, token, method, input);
    const used = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** A row of the table: the wall time, and the processor time beside it. */
export function processorRow(operation: string, m: WallAndProcessor, note: string): BenchRow {
  return { operation, time: `${Math.round(m.wall)} ms`, throughput: `${Math.round(m.cpu)} ms processor`, note };
}
