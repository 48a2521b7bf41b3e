import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Host } from '../host/host';
import type { CommitReply, CommitRequest } from './commitMessages';

/**
 * The host's side of the commit worker (commitWorker.ts): one worker per host, started at the first
 * import and kept for the next (a month's files come one call at a time), ended with the host or when a
 * restore swaps the database file. Where there is no bundled worker (unit tests run the TypeScript
 * sources) the commit stays on the host's thread, as before.
 */

let configuredWorkerFile: string | null | undefined;

/** Points at a built worker (tests and the bench run from sources), null for in-process, undefined to look beside the bundle. */
export function useCommitWorker(file: string | null | undefined): void {
  configuredWorkerFile = file;
}

export function commitWorkerFile(): string | null {
  if (configuredWorkerFile !== undefined) return configuredWorkerFile;
  if (typeof __dirname !== 'string') return null;
  const file = join(__dirname, 'commitWorker.cjs');
  return existsSync(file) ? file : null;
}

type Request = CommitRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class CommitWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (reply: CommitReply) => void; reject: (err: Error) => void }>();

  constructor(private readonly file: string) {}

  send(request: Request): Promise<CommitReply> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } as CommitRequest);
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file);
    // An idle worker must not keep the process alive after the host has stopped.
    worker.unref();
    worker.on('message', (reply: CommitReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      waiting?.resolve(reply);
    });
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the commit worker stopped (exit ${code})`)));
    this.worker = worker;
    return worker;
  }

  /** Closes the worker's connection (before a restore replaces the file) and ends it. */
  async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    try {
      await this.send({ kind: 'close' });
    } finally {
      this.worker = null;
      await worker.terminate();
    }
  }
}

const workers = new WeakMap<Host, CommitWorker | null>();

/** The host's commit worker, started at first use; null where there is no bundled worker. */
export function commitWorkerOf(host: Host): CommitWorker | null {
  let worker = workers.get(host);
  if (worker === undefined) {
    const file = commitWorkerFile();
    worker = file ? new CommitWorker(file) : null;
    workers.set(host, worker);
    if (worker) {
      const started = worker;
      host.holdsDatabase(() => started.stop());
    }
  }
  return worker;
}
