import type { AuthedCtx } from '../api/types';
import { commitFile, decisionKey, type Decisions, type FileCommit } from './commitFile';
import { commitWorkerOf } from './commitRunner';
import { problemAt, sameBatchConflicts } from './preview';
import type { Preview, PreviewedFile } from './previewStore';
import type { ProblemAt } from './types';

/** What attendance.commit answers for each file. */
export interface CommittedFile {
  index: number;
  name: string;
  status: FileCommit['status'] | 'skipped';
  school: { id: number; name: string; udise: string } | null;
  month: string | null;
  childrenImported: number;
  childrenAdded: number;
  /** Rows not imported: ambiguous and undecided, new without sex, or already counted this month at another school. */
  rowsSkipped: number;
  changes?: { added: number; removed: number; marksChanged: number };
  /** Newly on the worklist (or back on it) after this file. */
  flagsRaised: number;
  /** Children of this file's school on the worklist after it. */
  flagged: number;
  /** Why a skipped file was skipped. */
  problems: ProblemAt[];
}

export interface Decision {
  file: number;
  sheet: string;
  row: number;
  childId: number | null;
}

const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Commits one file: in the host's commit worker, in a write turn of its own, when there is one (the
 * host's thread goes on answering meanwhile); else on the host's connection, as a handler would.
 */
async function commitOne(ctx: AuthedCtx, file: PreviewedFile, decisions: Decisions): Promise<FileCommit> {
  const worker = commitWorkerOf(ctx.host);
  if (!worker) return commitFile(ctx, file, decisions, ctx.host.settings);
  const reply = await ctx.host.writeTurn.run('worker', () =>
    worker.send({
      kind: 'file',
      dbFile: ctx.host.dbFile,
      // The upload's bytes stay here: the worker needs what the preview read, not the file again.
      file: { ...file, bytes: new Uint8Array(0) },
      decisions: [...decisions],
      settings: ctx.host.settings,
      author: { userId: ctx.session.userId, username: ctx.session.username },
      at: ctx.now.toISOString(),
    }),
  );
  if (reply.kind !== 'committed')
    throw new Error(`committing ${file.name} failed: ${reply.kind === 'failed' ? reply.message : reply.kind}`);
  return reply.result;
}

/** The WAL is checkpointed once after a batch rather than every few files (each file is still its own durable transaction). */
async function checkpointAfterBatch<T>(ctx: AuthedCtx, work: () => Promise<T>): Promise<T> {
  const worker = commitWorkerOf(ctx.host);
  if (worker) {
    const dbFile = ctx.host.dbFile;
    await worker.send({ kind: 'batch', dbFile, starting: true });
    try {
      return await work();
    } finally {
      await worker.send({ kind: 'batch', dbFile, starting: false });
    }
  }
  const autoCheckpoint = Number(ctx.sqlite.pragma('wal_autocheckpoint', { simple: true }));
  ctx.sqlite.pragma('wal_autocheckpoint = 16384');
  try {
    return await work();
  } finally {
    ctx.sqlite.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
    ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  }
}

/**
 * Imports the chosen files of a preview one after the other, each in its own transaction, letting
 * other requests in between. A file that failed its preview is skipped and says why.
 */
export async function commitBatch(ctx: AuthedCtx, preview: Preview, indexes: number[], decisions: Decision[]): Promise<CommittedFile[]> {
  const refusal = ctx.host.writeRefusal();
  if (refusal) throw refusal;
  const conflicts = sameBatchConflicts(preview);
  const results: CommittedFile[] = [];
  const commitAll = async () => {
    for (const index of indexes) {
      const file = preview.files.find((f) => f.index === index);
      if (!file) continue;
      const base = { index, name: file.name, school: file.school, month: file.month };
      const conflict = conflicts.get(index);
      if (!file.ok || conflict !== undefined) {
        const problems =
          conflict === undefined ? file.problems : [problemAt('errors.attendance.sameBatch', { file: file.name, other: conflict })];
        const skipped = { status: 'skipped' as const, childrenImported: 0, childrenAdded: 0, flagsRaised: 0, flagged: 0 };
        results.push({ ...base, ...skipped, rowsSkipped: file.parsed.children.length, problems });
        continue;
      }
      const own: Decisions = new Map(decisions.filter((d) => d.file === index).map((d) => [decisionKey(d.sheet, d.row), d.childId]));
      const { flags, importId: _importId, ...done } = await commitOne(ctx, file, own);
      results.push({ ...base, ...done, flagsRaised: flags.raised, flagged: flags.flagged, problems: [] });
      // Requests that arrived during this file go before the next file takes its turn.
      await yieldToOthers();
    }
  };
  if (indexes.length > 1) await checkpointAfterBatch(ctx, commitAll);
  else await commitAll();
  return results;
}
