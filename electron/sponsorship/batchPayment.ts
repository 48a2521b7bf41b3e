import { UserError } from '../api/errors';
import type { AuthedCtx } from '../api/types';
import { bundledWorkerFile, writerWorkerOf, type WriterWorker } from '../host/writerWorker';
import type { DisburseReply, DisburseRequest, PaidFamily } from './disburseMessages';
import { writeDisbursements, type DisbursementBatch } from './disbursements';
import { moveProofsIn } from './proofs';

/**
 * Paying a month's batch (two thousand families at most offices' busiest) without freezing the other
 * PCs of the office (issue 17).
 *
 * The batch stays ONE transaction, and moves off the host's thread instead: the payment worker
 * (disburseWorker.ts) checks every line and writes every posting, the audit line and the call's
 * idempotency key on its own connection, while the host's thread keeps answering. It writes only in a
 * write turn (host/writeTurn.ts): the host's own writes that arrive meanwhile wait for their turn
 * asynchronously (dispatch runs them again in it) instead of blocking in busy_timeout, and reads go on
 * answering from the host's connection, which in WAL sees the ledger as it was before the batch until
 * the batch commits.
 *
 * Why not several short transactions: a batch is paid entirely or not at all. Split, a reader would
 * see half a batch (a due list with half the families paid, a cash balance in between), a crash would
 * leave half of it paid with no one to finish it, and the checks (each family paid once a month, cash
 * never below zero) would hold for each part rather than for the batch. Hiding written parts until a
 * last transaction "publishes" them would need every ledger reader to know about unpublished postings.
 * One transaction in a worker keeps all of it as it was: all or nothing through a crash, the
 * cash-below-zero refusal over the whole batch, one audit line, one voucher sequence without gaps, and
 * the idempotency key committed with the postings (a retry with the same key answers the first answer;
 * it is recorded in the worker's transaction because the host's `ctx.write` is not the one that writes).
 *
 * Where there is no bundled worker (unit tests run the TypeScript sources) the batch is written on the
 * host's connection in `ctx.write`, as any handler writes.
 */

let configuredWorkerFile: string | null | undefined;

/** Points at a built worker (tests and the bench run from sources), null for in-process, undefined to look beside the bundle. */
export function useDisburseWorker(file: string | null | undefined): void {
  configuredWorkerFile = file;
}

function disburseWorkerOf(ctx: AuthedCtx): WriterWorker<DisburseRequest, DisburseReply> | null {
  return writerWorkerOf<DisburseRequest, DisburseReply>(
    ctx.host,
    'disburseWorker',
    () => bundledWorkerFile('disburseWorker', configuredWorkerFile),
    { kind: 'close' },
  );
}

/** Pays every family of the batch in one transaction, or none; proofs move in once it committed. */
export async function payBatch(ctx: AuthedCtx, batch: DisbursementBatch): Promise<{ postings: PaidFamily[] }> {
  const dataDir = ctx.host.options.dataDir;
  const at = ctx.now.toISOString();
  const worker = disburseWorkerOf(ctx);
  if (!worker) {
    const { written, proofs } = ctx.write((w) => writeDisbursements(w, batch, { userId: ctx.session.userId, at, dataDir }));
    moveProofsIn(dataDir, proofs);
    return { postings: written };
  }
  const reply = await ctx.host.writeTurn.run('worker', () => {
    // Checked in the turn: a snapshot or a fence that came while the batch waited refuses it too.
    const refusal = ctx.host.writeRefusal();
    if (refusal) throw refusal;
    return worker.send({
      kind: 'disburse',
      dbFile: ctx.host.dbFile,
      batch,
      who: { userId: ctx.session.userId, username: ctx.session.username, dataDir },
      device: ctx.device ?? null,
      at,
      idempotencyKey: ctx.idempotencyKey,
    });
  });
  if (reply.kind === 'refused') {
    const r = reply.refusal;
    throw new UserError(r.code, r.key, r.values, r.where, r.status, r.fields);
  }
  if (reply.kind !== 'paid') throw new Error(`paying the batch failed: ${reply.kind === 'failed' ? reply.message : reply.kind}`);
  moveProofsIn(dataDir, reply.proofs);
  return { postings: reply.written };
}
