import { insertAudit } from '../admin/audit';
import { UserError } from '../api/errors';
import { insertKey } from '../host/idempotency';
import { answerWriterRequests } from '../host/writerWorkerEntry';
import type { DisburseReply, DisburseRequest } from './disburseMessages';
import { writeDisbursements } from './disbursements';

/**
 * The worker_threads entry that pays a month's batch on a connection of its own (bundled to
 * disburseWorker.cjs beside serve.cjs and main.cjs), so the host's thread keeps answering while two
 * thousand families' postings are checked and written. The batch is one transaction here, exactly as
 * it was on the host: its checks, every posting, its audit line and the call's idempotency key commit
 * together or not at all. It runs only while the host has given it the write turn.
 */
answerWriterRequests(
  (request: Exclude<DisburseRequest, { kind: 'close' }>, { sqlite, db }): DisburseReply => {
    const now = new Date(request.at);
    const author = { userId: request.who.userId, username: request.who.username };
    const who = { userId: request.who.userId, at: request.at, dataDir: request.who.dataDir };
    const device = request.device ?? undefined;
    const paid = sqlite
      .transaction(() => {
        const done = writeDisbursements({ db, sqlite, audit: (entry) => insertAudit(db, now, author, entry, device) }, request.batch, who);
        const key = request.idempotencyKey;
        // The handler answers exactly this, so the key keeps its final answer from the start.
        if (key) insertKey(sqlite, key, JSON.stringify({ ok: true, result: { postings: done.written } }), now, true);
        return done;
      })
      .immediate();
    return { id: request.id, kind: 'paid', written: paid.written, proofs: paid.proofs };
  },
  (request, err): DisburseReply | null =>
    err instanceof UserError
      ? {
          id: request.id,
          kind: 'refused',
          refusal: {
            code: err.code,
            key: err.key,
            values: err.values,
            where: err.where,
            status: err.status,
            ...(err.fields ? { fields: err.fields } : {}),
          },
        }
      : null,
);
