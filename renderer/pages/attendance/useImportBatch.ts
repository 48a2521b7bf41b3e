import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { registerKeys } from '../register/queries';
import {
  commitDecisions,
  isImportable,
  PREVIEW_CHUNK,
  previewInput,
  rereadInput,
  withAnswer,
  type CommitResult,
  type FileEntry,
  type Overrides,
  type PreviewInputFile,
} from './importState';
import { attendanceKeys } from './queries';

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
 * A batch of registers from picking to imported: read in chunks into one preview (the host keeps
 * it under previewId), re-read one file with the user's school, month or columns, then import
 * file by file so Cancel can stop between two files without leaving half a file written.
 */
export function useImportBatch() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState<FileEntry[]>([]);
  const [reading, setReading] = useState<Progress | null>(null);
  const [importing, setImporting] = useState<Progress | null>(null);
  const [finished, setFinished] = useState<Finished | null>(null);
  const previewId = useRef<string | null>(null);
  const nextKey = useRef(1);
  const stopReading = useRef(false);
  const stopImporting = useRef(false);

  const update = useCallback((key: number, change: (entry: FileEntry) => FileEntry) => {
    setEntries((list) => list.map((e) => (e.key === key ? change(e) : e)));
  }, []);

  /** One preview call into the batch's preview; `added` are the entries whose files it sends for the first time. */
  const preview = useCallback(async (files: PreviewInputFile[], added: ReadonlySet<number>) => {
    const answer = await call('attendance.preview', { files, ...(previewId.current ? { previewId: previewId.current } : {}) });
    previewId.current = answer.previewId;
    setEntries((list) => withAnswer(list, answer, added));
  }, []);

  const addFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      const added: FileEntry[] = files.map((file) => ({
        key: nextKey.current++,
        file,
        index: null,
        preview: null,
        failure: null,
        overrides: {},
        decisions: {},
        rereading: false,
      }));
      setEntries((list) => [...list, ...added]);
      stopReading.current = false;
      setReading({ done: 0, total: added.length, current: null });
      let done = 0;
      for (let start = 0; start < added.length && !stopReading.current; start += PREVIEW_CHUNK) {
        const chunk = added.slice(start, start + PREVIEW_CHUNK);
        try {
          await preview(await Promise.all(chunk.map(previewInput)), new Set(chunk.map((e) => e.key)));
        } catch (error) {
          const text = errorText(t, error);
          const keys = new Set(chunk.map((e) => e.key));
          setEntries((list) => list.map((e) => (keys.has(e.key) ? { ...e, failure: text } : e)));
        }
        done += chunk.length;
        setReading({ done, total: added.length, current: null });
      }
      if (stopReading.current) {
        // Files not read yet leave the batch; the user can pick them again.
        const unread = new Set(added.slice(done).map((e) => e.key));
        setEntries((list) => list.filter((e) => !unread.has(e.key)));
      }
      setReading(null);
    },
    [preview, t],
  );

  /** Reads one file again with the school, month or columns the user chose; its earlier choices of rows start afresh. */
  const reread = useCallback(
    async (entry: FileEntry, overrides: Overrides) => {
      if (entry.index === null) return;
      const chosen = { ...entry.overrides, ...overrides };
      update(entry.key, (e) => ({ ...e, rereading: true }));
      try {
        await preview([rereadInput(entry.index, chosen)], new Set());
        update(entry.key, (e) => ({ ...e, overrides: chosen, decisions: {}, rereading: false }));
      } catch (error) {
        update(entry.key, (e) => ({ ...e, rereading: false }));
        throw error;
      }
    },
    [preview, update],
  );

  const decide = useCallback(
    (key: number, row: string, childId: number | null) => update(key, (e) => ({ ...e, decisions: { ...e.decisions, [row]: childId } })),
    [update],
  );

  const importReady = useCallback(async () => {
    const id = previewId.current;
    if (!id) return;
    const queue = entries.flatMap((entry) => (isImportable(entry) && entry.index !== null ? [{ entry, index: entry.index }] : []));
    const outcomes: ImportOutcome[] = [];
    stopImporting.current = false;
    for (const [i, { entry, index }] of queue.entries()) {
      if (stopImporting.current) break;
      setImporting({ done: i, total: queue.length, current: entry.file.name });
      const base = {
        key: entry.key,
        name: entry.file.name,
        schoolName: entry.preview?.school?.name ?? null,
        month: entry.preview?.month ?? null,
      };
      try {
        const answer = await call('attendance.commit', {
          previewId: id,
          files: [index],
          decisions: commitDecisions(entry),
        });
        outcomes.push({ ...base, result: answer.files[0] ?? null, error: null });
      } catch (error) {
        outcomes.push({ ...base, result: null, error: errorText(t, error) });
      }
    }
    setImporting(null);
    setFinished({ outcomes, notStarted: queue.length - outcomes.length, notReady: entries.length - queue.length });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: attendanceKeys.all }),
      queryClient.invalidateQueries({ queryKey: registerKeys.all }),
    ]);
  }, [entries, queryClient, t]);

  const startOver = useCallback(() => {
    previewId.current = null;
    setEntries([]);
    setFinished(null);
  }, []);

  const remove = useCallback((key: number) => setEntries((list) => list.filter((e) => e.key !== key)), []);

  return {
    entries,
    reading,
    importing,
    finished,
    addFiles,
    reread,
    decide,
    remove,
    importReady,
    startOver,
    stopReading: () => {
      stopReading.current = true;
    },
    stopImporting: () => {
      stopImporting.current = true;
    },
  };
}
