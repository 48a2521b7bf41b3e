import type { Host } from '../host/host';
import { bundledWorkerFile, writerWorkerOf, type WriterWorker } from '../host/writerWorker';
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
  return bundledWorkerFile('commitWorker', configuredWorkerFile);
}

export type CommitWorker = WriterWorker<CommitRequest, CommitReply>;

/** The host's commit worker, started at first use; null where there is no bundled worker. */
export function commitWorkerOf(host: Host): CommitWorker | null {
  return writerWorkerOf<CommitRequest, CommitReply>(host, 'commitWorker', commitWorkerFile, { kind: 'close' });
}
