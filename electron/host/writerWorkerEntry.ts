import { parentPort } from 'node:worker_threads';
import { openDatabase, type OpenDatabase } from '../db/connection';

/**
 * The worker's side of a writer worker (host/writerWorker.ts is the host's): it keeps one connection of
 * its own, opened at the first request and reopened when the host names another file (a restore swapped
 * it), closes it when asked, and answers every request with one reply, a failure with its stack.
 */

type CloseRequest = { id: number; kind: 'close' };
type WorkerFailure = { id: number; kind: 'failed'; message: string };

let open: OpenDatabase | null = null;

function connection(dbFile: string): OpenDatabase {
  if (open && open.sqlite.name !== dbFile) {
    open.sqlite.close();
    open = null;
  }
  if (!open) open = openDatabase(dbFile);
  return open;
}

function isClose(request: { kind?: unknown }): request is CloseRequest {
  return request.kind === 'close';
}

/**
 * Answers the host's requests with `handle`, given the request's connection; `refused` turns an error the
 * caller meant (a refusal) into its reply, and anything else is a failure.
 */
export function answerWriterRequests<Writing extends { id: number; kind: string; dbFile: string }, Reply extends { id: number }>(
  handle: (request: Writing, db: OpenDatabase) => Reply,
  refused: (request: Writing | CloseRequest, err: unknown) => Reply | null = () => null,
): void {
  const answer = (request: Writing | CloseRequest): Reply | { id: number; kind: 'closed' } => {
    if (isClose(request)) {
      open?.sqlite.close();
      open = null;
      return { id: request.id, kind: 'closed' };
    }
    return handle(request, connection(request.dbFile));
  };
  parentPort?.on('message', (request: Writing | CloseRequest) => {
    let reply: Reply | { id: number; kind: 'closed' } | WorkerFailure;
    try {
      reply = answer(request);
    } catch (err) {
      reply = refused(request, err) ?? {
        id: request.id,
        kind: 'failed',
        message: err instanceof Error ? (err.stack ?? err.message) : String(err),
      };
    }
    parentPort?.postMessage(reply);
  });
}
