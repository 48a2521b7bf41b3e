import type { FileCommit } from './commitFile';
import type { FlagSettings } from './flags';
import type { PreviewedFile } from './previewStore';

/** What the host sends the commit worker: one file to commit in one transaction, a batch's start or end, or close. */
export type CommitRequest =
  | {
      id: number;
      kind: 'file';
      dbFile: string;
      file: PreviewedFile;
      decisions: [string, number | null][];
      settings: FlagSettings;
      author: { userId: number; username: string };
      /** The host's clock at the call (ISO): the host's clock is the only clock for what is stored. */
      at: string;
    }
  | { id: number; kind: 'batch'; dbFile: string; starting: boolean }
  | { id: number; kind: 'close' };

export type CommitReply =
  | { id: number; kind: 'committed'; result: FileCommit }
  | { id: number; kind: 'done' | 'closed' }
  | { id: number; kind: 'failed'; message: string };
