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
  /** Whose batch this is, on which host: another user, or another office host, starts with none. */
  owner: BatchOwner | null;
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

/** The logged-in user, on the host that holds the batch (auth.me's hostId): user 3 of one office is not user 3 of another. */
export interface BatchOwner {
  hostId: string;
  userId: number;
}

const empty = (owner: BatchOwner | null): BatchState => ({
  owner,
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
 * What a reload, or the app opened again, needs to ask the host for its preview again: the preview's
 * id and, per file, its index there and the user's choices. In localStorage, under the host and the
 * user, so the batch outlives a closed window (the host keeps its files in its data folder) and
 * another user or another office host never finds it. It holds no marks or names of children (the
 * host keeps those, bound to the user who read them).
 */
export interface StoredBatch {
  previewId: string;
  nextKey: number;
  files: { key: number; index: number; name: string; overrides: Overrides; decisions: Record<string, number | null> }[];
}

export const storageKey = (owner: BatchOwner) => `suraksha.importBatch.${owner.hostId}.${owner.userId}`;

// A browser that keeps nothing (storage off) keeps the batch for this visit only.
function write(owner: BatchOwner, stored: StoredBatch | null): void {
  try {
    if (stored) localStorage.setItem(storageKey(owner), JSON.stringify(stored));
    else localStorage.removeItem(storageKey(owner));
  } catch {
    // Nothing kept: a reload starts afresh.
  }
}

function persist(s: BatchState): void {
  if (s.owner === null) return;
  const files = s.entries.flatMap((e) =>
    e.index === null ? [] : [{ key: e.key, index: e.index, name: e.file.name, overrides: e.overrides, decisions: e.decisions }],
  );
  if (!s.previewId || s.finished || files.length === 0) {
    if (!s.restoring) write(s.owner, null);
    return;
  }
  write(s.owner, { previewId: s.previewId, nextKey: control.nextKey, files });
}

export function storedBatch(owner: BatchOwner): StoredBatch | null {
  try {
    const raw = localStorage.getItem(storageKey(owner));
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

const sameOwner = (a: BatchOwner | null, b: BatchOwner) => a !== null && a.hostId === b.hostId && a.userId === b.userId;

/**
 * Another user, or another host, in this window: their batch is not shown. Each keeps their own
 * under their own key until it is imported or discarded; a batch of the same user stays.
 */
export function batchFor(owner: BatchOwner): void {
  if (sameOwner(state.owner, owner)) return;
  // Not persisted: what this user left in storage is still to be restored.
  state = empty(owner);
  for (const l of listeners) l();
}

/** The host could not be asked for the batch (not answering): nothing shown, the kept batch left for the next visit. */
export function batchNotReached(): void {
  state = { ...state, restoring: false };
  for (const l of listeners) l();
}

/** Imported or discarded: nothing of the batch is kept any more, here or for a reload. */
export function forgetBatch(keep: Partial<BatchState> = {}): void {
  control.nextKey = 1;
  setBatch((s) => ({ ...empty(s.owner), ...keep }));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useBatchState(): BatchState {
  return useSyncExternalStore(subscribe, getBatch);
}
