/**
 * Whose turn it is to write to the office database. The host's own connection writes on the main
 * thread in short synchronous transactions; a worker (the attendance import's commit) writes on its
 * own connection. While a worker holds the turn its transaction may be open, and a main-thread write
 * would wait for SQLite's lock in busy_timeout, freezing every request. So the worker writes only
 * while it holds the turn, and a main-thread writer that finds the worker writing waits for its turn
 * asynchronously (dispatch retries the handler: see WorkerWriting) while reads go on answering.
 *
 * Turns are taken first come, first served; a main-thread request that had to wait takes one too, so a
 * long import cannot starve it (it would otherwise arrive each time while the next file is writing).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export type TurnHolder = 'worker' | 'main';

interface Waiting {
  holder: TurnHolder;
  start: () => void;
}

/** Thrown by ctx.write when the worker holds the turn: the handler has written nothing yet and is run again in its own turn. */
export class WorkerWriting extends Error {
  constructor() {
    super('a worker holds the write turn');
  }
}

export class WriteTurn {
  private current: TurnHolder | null = null;
  private readonly queue: Waiting[] = [];
  /** Set inside a turn's work, so that work asking for a turn again (a restore run again by dispatch) gets the one it has. */
  private readonly inTurn = new AsyncLocalStorage<TurnHolder>();

  /** A worker's transaction may be open now: a main-thread write must not start. */
  get workerWriting(): boolean {
    return this.current === 'worker';
  }

  /** Runs `work` in a turn of its own, after the turns taken before it. */
  async run<T>(holder: TurnHolder, work: () => Promise<T> | T): Promise<T> {
    if (this.inTurn.getStore() !== undefined) return work();
    await this.take(holder);
    try {
      return await this.inTurn.run(holder, work);
    } finally {
      this.release();
    }
  }

  private take(holder: TurnHolder): Promise<void> {
    if (this.current === null && this.queue.length === 0) {
      this.current = holder;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.queue.push({
        holder,
        start: () => {
          this.current = holder;
          resolve();
        },
      });
    });
  }

  private release(): void {
    this.current = null;
    const next = this.queue.shift();
    if (next) next.start();
  }
}
