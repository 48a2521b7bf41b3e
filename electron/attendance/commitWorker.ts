import { insertAudit } from '../admin/audit';
import { answerWriterRequests } from '../host/writerWorkerEntry';
import { commitFile, type CommitContext } from './commitFile';
import type { CommitReply, CommitRequest } from './commitMessages';

/**
 * The worker_threads entry that commits imported registers on a connection of its own (bundled to
 * commitWorker.cjs beside serve.cjs and main.cjs), so the host's thread keeps answering while a
 * month's 200 files are written. It writes only when the host gives it the turn (one message per
 * file, each file one transaction), so the host's own writes never wait for its lock.
 */
answerWriterRequests((request: Exclude<CommitRequest, { kind: 'close' }>, { sqlite, db }): CommitReply => {
  if (request.kind === 'batch') {
    // As on the host: the WAL is checkpointed after a batch rather than every few files.
    if (request.starting) sqlite.pragma('wal_autocheckpoint = 16384');
    else {
      sqlite.pragma('wal_autocheckpoint = 1000');
      sqlite.pragma('wal_checkpoint(PASSIVE)');
    }
    return { id: request.id, kind: 'done' };
  }
  const now = new Date(request.at);
  const ctx: CommitContext = {
    sqlite,
    now,
    session: { userId: request.author.userId },
    write: (fn) => sqlite.transaction(() => fn({ db, sqlite, audit: (entry) => insertAudit(db, now, request.author, entry) })).immediate(),
  };
  const result = commitFile(ctx, request.file, new Map(request.decisions), request.settings);
  return { id: request.id, kind: 'committed', result };
});
