import { useSyncExternalStore } from 'react';
import type { CommitResult, FileEntry, Overrides } from './importState';

export interface Progress {
  done: number;
  total: number;
  /** The file being worked on (imports), shown beside the bar. */
  current: string | null;
}

export interface ImportOutcome {
  key: number;
  name: string;
  schoolName: string | null;
  month: string | null;
  result: CommitResult | null;
  error: string | null;
}

export interface Finished {
  outcomes: ImportOutcome[];
  /** Stopped by Cancel before these many files of the queue. */
  notStarted: number;
  /** Files of the batch that were never sent: unreadable, no school or month, undecided rows. */
  notReady: number;
}

/**
 * The batch on the Import screen, kept outside the screen so that going to another screen (to add a
 * school, to look a child up) and coming back finds it as it was, reading or importing included.
 */
export interface BatchState {
  /** Whose batch this is: another user on this PC starts with none. */
  userId: number | null;
  previewId: string | null;
  entries: FileEntry[];
  reading: Progress | null;
  importing: Progress | null;
  finished: Finished | null;
  /** The batch is being fetched again from the host after a reload. */
  restoring: boolean;
  /** A batch was on this tab but the host no longer holds it (restarted, or left over an hour). */
  lost: boolean;
}

const empty = (userId: number | null): BatchState => ({
  userId,
  previewId: null,
  entries: [],
  reading: null,
  importing: null,
  finished: null,
  restoring: false,
  lost: false,
});

let state: BatchState = empty(null);
const listeners = new Set<() => void>();
export const control = { nextKey: 1, stopReading: false, stopImporting: false };

/**
 * What a reload needs to ask the host for its preview again: the preview's id and, per file, its index
 * there and the user's choices. In sessionStorage: it lives as long as this tab, is never shared with
 * another tab or written to disk as a file, and holds no marks or names of children (the host keeps
 * those, bound to the user who read them).
 */
export interface StoredBatch {
  previewId: string;
  nextKey: number;
  files: { key: number; index: number; name: string; overrides: Overrides; decisions: Record<string, number | null> }[];
}

const storageKey = (userId: number) => `suraksha.importBatch.${userId}`;

function persist(s: BatchState): void {
  if (s.userId === null) return;
  const files = s.entries.flatMap((e) =>
    e.index === null ? [] : [{ key: e.key, index: e.index, name: e.file.name, overrides: e.overrides, decisions: e.decisions }],
  );
  if (!s.previewId || s.finished || files.length === 0) {
    if (!s.restoring) sessionStorage.removeItem(storageKey(s.userId));
    return;
  }
  const stored: StoredBatch = { previewId: s.previewId, nextKey: control.nextKey, files };
  sessionStorage.setItem(storageKey(s.userId), JSON.stringify(stored));
}

export function storedBatch(userId: number): StoredBatch | null {
  try {
    const raw = sessionStorage.getItem(storageKey(userId));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (!parsed || typeof parsed !== 'object' || !('previewId' in parsed) || !('files' in parsed) || !Array.isArray(parsed.files))
      return null;
    return parsed as StoredBatch;
  } catch {
    return null;
  }
}

export function getBatch(): BatchState {
  return state;
}

export function setBatch(change: (s: BatchState) => BatchState): void {
  state = change(state);
  persist(state);
  for (const l of listeners) l();
}

/** Another user (or none) on this tab: their batch is not shown; a batch of the same user stays. */
export function batchFor(userId: number): void {
  if (state.userId === userId) return;
  // A shared PC: the previous user's batch leaves this tab's storage with them.
  if (state.userId !== null) sessionStorage.removeItem(storageKey(state.userId));
  // Not persisted: what this user left in the tab's storage is still to be restored.
  state = empty(userId);
  for (const l of listeners) l();
}

/** Imported or discarded: nothing of the batch is kept any more, here or for a reload. */
export function forgetBatch(keep: Partial<BatchState> = {}): void {
  control.nextKey = 1;
  setBatch((s) => ({ ...empty(s.userId), ...keep }));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useBatchState(): BatchState {
  return useSyncExternalStore(subscribe, getBatch);
}
