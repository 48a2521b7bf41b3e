import type { AuthedCtx } from '../api/types';
import { commitFile, decisionKey, type Decisions, type FileCommit } from './commitFile';
import { problemAt, sameBatchConflicts } from './preview';
import type { Preview } from './previewStore';
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
 * Imports the chosen files of a preview one after the other, each in its own transaction, letting
 * other requests in between. A file that failed its preview is skipped and says why.
 */
export async function commitBatch(ctx: AuthedCtx, preview: Preview, indexes: number[], decisions: Decision[]): Promise<CommittedFile[]> {
  const conflicts = sameBatchConflicts(preview);
  const settings = ctx.host.settings;
  const results: CommittedFile[] = [];
  // A block's files touch the same index pages over and over: the WAL is checkpointed once after the
  // batch rather than every few files (each file is still its own durable transaction).
  const batch = indexes.length > 1;
  const autoCheckpoint = Number(ctx.sqlite.pragma('wal_autocheckpoint', { simple: true }));
  if (batch) ctx.sqlite.pragma('wal_autocheckpoint = 16384');
  try {
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
      const { flags, importId: _importId, ...done } = commitFile(ctx, file, own, settings);
      results.push({ ...base, ...done, flagsRaised: flags.raised, flagged: flags.flagged, problems: [] });
      await yieldToOthers();
    }
  } finally {
    if (batch) {
      ctx.sqlite.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
      ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    }
  }
  return results;
}
