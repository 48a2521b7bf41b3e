import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { failedFile, parseJob, type ParseJob } from './parseJobs';
import type { ParseRequest } from './parseWorker';
import type { ParsedFile } from './types';

/**
 * Reads a batch of registers without blocking the window: in worker_threads workers when the
 * bundled worker (parseWorker.cjs, built beside serve.cjs and main.cjs) is there, else in-process,
 * yielding between files (unit tests run the TypeScript sources, where there is no bundle).
 */

let configuredWorkerFile: string | null | undefined;

/**
 * Points the runner at a built worker (the bench runs from sources but uses the built one), null for
 * in-process, undefined to look beside the running bundle again.
 */
export function useParseWorker(file: string | null | undefined): void {
  configuredWorkerFile = file;
}

function workerFile(): string | null {
  if (configuredWorkerFile !== undefined) return configuredWorkerFile;
  // The bundles are CommonJS: __dirname is the folder of serve.cjs / main.cjs. Plain ESM runners have none.
  if (typeof __dirname !== 'string') return null;
  const file = join(__dirname, 'parseWorker.cjs');
  return existsSync(file) ? file : null;
}

/**
 * One worker per core, at most four. While they parse, the main thread only waits (and describes each
 * file as it arrives, a few milliseconds of database reads), so it needs no core of its own.
 */
function poolSize(jobs: number): number {
  return Math.max(1, Math.min(jobs, 4, availableParallelism()));
}

/** Told each file as soon as it is read, in whatever order they finish. */
export type OnParsed = (index: number, file: ParsedFile) => void;

interface Reply {
  id: number;
  file: ParsedFile;
}

function inWorkers(file: string, jobs: readonly ParseJob[], onParsed: OnParsed): Promise<ParsedFile[]> {
  const results: (ParsedFile | undefined)[] = new Array<ParsedFile | undefined>(jobs.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    const finishOne = (index: number, parsed: ParsedFile) => {
      if (results[index]) return;
      results[index] = parsed;
      done += 1;
      onParsed(index, parsed);
      if (done === jobs.length) resolve(results.map((r, i) => r ?? failedFile(jobs[i] as ParseJob, 'not read')));
    };
    const start = () => {
      const worker = new Worker(file);
      let current = -1;
      const feed = () => {
        if (next >= jobs.length) {
          void worker.terminate();
          return;
        }
        current = next++;
        const job = jobs[current] as ParseJob;
        // A private copy of the bytes is moved to the worker, not cloned: a batch can be tens of MB.
        const bytes = new Uint8Array(job.bytes);
        const request: ParseRequest = { id: current, job: { ...job, bytes } };
        worker.postMessage(request, [bytes.buffer]);
      };
      worker.on('message', (reply: Reply) => {
        // The worker gets its next file before the main thread looks at this one.
        feed();
        finishOne(reply.id, reply.file);
      });
      // A worker that dies (out of memory on one monstrous file) fails that file only; a fresh one takes the rest.
      worker.on('error', (err) => {
        if (current >= 0) finishOne(current, failedFile(jobs[current] as ParseJob, err.message));
        current = -1;
        if (next < jobs.length) start();
      });
      feed();
    };
    for (let i = 0; i < poolSize(jobs.length); i++) start();
  });
}

async function inProcess(jobs: readonly ParseJob[], onParsed: OnParsed): Promise<ParsedFile[]> {
  const results: ParsedFile[] = [];
  for (const job of jobs) {
    const parsed = parseJob(job);
    results.push(parsed);
    onParsed(results.length - 1, parsed);
    // Let other requests in between two files.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return results;
}

export function parseRegisters(jobs: readonly ParseJob[], onParsed: OnParsed = () => undefined): Promise<ParsedFile[]> {
  if (jobs.length === 0) return Promise.resolve([]);
  const file = workerFile();
  return file ? inWorkers(file, jobs, onParsed) : inProcess(jobs, onParsed);
}
