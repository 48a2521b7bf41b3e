import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Host } from './host';

/**
 * The host's side of a worker that writes on a connection of its own (the attendance import's commit,
 * the month's batch payment), so the host's thread keeps answering while it writes. One worker of each
 * kind per host, started at first use and kept for the next call, ended with the host or when a restore
 * swaps the database file. The worker writes only in a write turn (host/writeTurn.ts) its caller takes.
 */

type WithoutId<R> = R extends { id: number } ? Omit<R, 'id'> : never;

export class WriterWorker<Request extends { id: number }, Reply extends { id: number }> {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (reply: Reply) => void; reject: (err: Error) => void }>();

  /** `close` asks the worker to close its connection before it is ended. */
  constructor(
    private readonly file: string,
    private readonly close: WithoutId<Request>,
  ) {}

  send(request: WithoutId<Request>): Promise<Reply> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file);
    // An idle worker must not keep the process alive after the host has stopped.
    worker.unref();
    worker.on('message', (reply: Reply) => {
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
    worker.on('exit', (code) => fail(new Error(`the ${this.file} worker stopped (exit ${code})`)));
    this.worker = worker;
    return worker;
  }

  /** Closes the worker's connection (before a restore replaces the file) and ends it. */
  async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    try {
      await this.send(this.close);
    } finally {
      this.worker = null;
      await worker.terminate();
    }
  }
}

/**
 * Where a bundled worker is: `configured` when tests or the bench point at one they built (null for
 * none, in-process), else `<name>.cjs` beside the bundle; null where there is none (unit tests run the
 * TypeScript sources, and the work stays on the host's thread).
 */
export function bundledWorkerFile(name: string, configured: string | null | undefined): string | null {
  if (configured !== undefined) return configured;
  if (typeof __dirname !== 'string') return null;
  const file = join(__dirname, `${name}.cjs`);
  return existsSync(file) ? file : null;
}

const workers = new WeakMap<Host, Map<string, WriterWorker<{ id: number }, { id: number }> | null>>();

/** The host's worker of this name, started at first use; null where there is no bundled worker. */
export function writerWorkerOf<Request extends { id: number }, Reply extends { id: number }>(
  host: Host,
  name: string,
  file: () => string | null,
  close: WithoutId<Request>,
): WriterWorker<Request, Reply> | null {
  let ofHost = workers.get(host);
  if (!ofHost) workers.set(host, (ofHost = new Map()));
  let worker = ofHost.get(name) as WriterWorker<Request, Reply> | null | undefined;
  if (worker === undefined) {
    const at = file();
    worker = at ? new WriterWorker<Request, Reply>(at, close) : null;
    ofHost.set(name, worker as WriterWorker<{ id: number }, { id: number }> | null);
    if (worker) {
      const started = worker;
      host.holdsDatabase(() => started.stop());
    }
  }
  return worker;
}
