import { randomBytes } from 'node:crypto';
import type { RowMatch } from './matching';
import type { LastMonthChild } from './registerReads';
import type { SchoolGuess } from './schoolOfFile';
import type { ColumnMapping, MarkMeaning, ParsedFile, ProblemAt } from './types';

/**
 * What a preview showed, held in the host's memory until it is committed (or for an hour), so that
 * attendance.commit imports exactly the files, schools, months and matches the user looked at.
 * Nothing of it is in the database: a preview writes nothing. What it needs to be read again after
 * the host restarts is kept in the data folder too (keptBatches.ts).
 */

export interface PreviewSchool {
  id: number;
  name: string;
  udise: string;
}

export interface PreviewedFile {
  index: number;
  name: string;
  /** The file as uploaded, so a later call can re-read it with a school, month or mapping chosen. */
  bytes: Uint8Array;
  parsed: ParsedFile;
  school: PreviewSchool | null;
  schoolGuess: SchoolGuess | null;
  month: string | null;
  /** Mappings the user gave or the layout remembered; saved with the layout on commit. */
  mappings: Record<string, ColumnMapping>;
  /** What the user chose in the preview, kept when a later call changes another choice. */
  chosen: {
    schoolId: number | null;
    month: string | null;
    mappings: Record<string, ColumnMapping> | null;
    markMeanings: Record<string, MarkMeaning> | null;
    rolls: Record<string, string | null> | null;
  };
  /** Parallel to parsed.children. */
  matches: RowMatch[];
  /** The register the matches were made against (registerReads.registerStamp). */
  registerStamp: string | null;
  missingFromLastMonth: LastMonthChild[];
  /** 'same': this very file is already imported; 'replaces': another file for the school and month is. */
  alreadyImported: 'same' | 'replaces' | null;
  /** The parser's problems and the preview's own (no school, no month, a new child without sex). */
  problems: ProblemAt[];
  /** Committable: read, with a school and a month that has begun, every unknown mark and doubled roll decided. */
  ok: boolean;
}

export interface Preview {
  id: string;
  userId: number;
  touchedAt: number;
  files: PreviewedFile[];
}

const lifetimeMs = 60 * 60 * 1000;
/** A few office users, each with a batch or two in flight; past this the oldest preview is dropped. */
const maxPreviews = 12;

export class PreviewStore {
  private readonly previews = new Map<string, Preview>();

  create(userId: number, now: number): Preview {
    this.expire(now);
    const preview: Preview = { id: randomBytes(16).toString('hex'), userId, touchedAt: now, files: [] };
    this.previews.set(preview.id, preview);
    while (this.previews.size > maxPreviews) {
      const oldest = [...this.previews.values()].sort((a, b) => a.touchedAt - b.touchedAt)[0];
      if (!oldest) break;
      this.previews.delete(oldest.id);
    }
    return preview;
  }

  /** A batch read again from the data folder, held again under its own id. */
  restore(preview: Preview): void {
    this.previews.set(preview.id, preview);
  }

  /** The preview if it is this user's and not expired; reading it keeps it alive for another hour. */
  get(id: string, userId: number, now: number): Preview | null {
    this.expire(now);
    const preview = this.previews.get(id);
    if (!preview || preview.userId !== userId) return null;
    preview.touchedAt = now;
    return preview;
  }

  private expire(now: number): void {
    for (const [id, p] of this.previews) if (now - p.touchedAt > lifetimeMs) this.previews.delete(id);
  }
}

const stores = new WeakMap<object, PreviewStore>();

/** The store of one host (one per process; tests open several hosts). */
export function previewStoreOf(host: object): PreviewStore {
  let store = stores.get(host);
  if (!store) {
    store = new PreviewStore();
    stores.set(host, store);
  }
  return store;
}
