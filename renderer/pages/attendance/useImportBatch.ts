import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api/client';
import { errorText } from '../../components/errors';
import { useMe } from '../../session';
import { registerKeys } from '../register/queries';
import {
  batchFor,
  batchNotReached,
  control,
  forgetBatch,
  getBatch,
  setBatch,
  storedBatch,
  useBatchState,
  type ImportOutcome,
} from './importBatchStore';
import {
  commitDecisions,
  isImportable,
  PREVIEW_CHUNK,
  previewInput,
  rereadInput,
  summarisePreview,
  withAnswer,
  type FileEntry,
  type Overrides,
  type PreviewInputFile,
} from './importState';
import { attendanceKeys } from './queries';

export type { Finished, ImportOutcome, Progress } from './importBatchStore';

const entriesOf = (change: (list: FileEntry[]) => FileEntry[]) => setBatch((s) => ({ ...s, entries: change(s.entries) }));

/** One preview call into the batch's preview; `added` are the entries whose files it sends for the first time. */
async function preview(files: PreviewInputFile[], added: ReadonlySet<number>): Promise<void> {
  const id = getBatch().previewId;
  const answer = await call('attendance.preview', { files, ...(id ? { previewId: id } : {}) });
  setBatch((s) => ({ ...s, previewId: answer.previewId, entries: withAnswer(s.entries, answer, added) }));
}

/**
 * A batch of registers from picking to imported: read in chunks into one preview (the host keeps
 * it under previewId), re-read one file with the user's school, month or columns, then import
 * file by file so Cancel can stop between two files without leaving half a file written. The batch
 * lives outside the screen (importBatchStore) until it is imported or discarded, and a reload asks
 * the host for it again.
 */
export function useImportBatch() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useMe();
  const userId = me.data?.userId ?? null;
  const hostId = me.data?.hostId ?? null;
  const state = useBatchState();

  useEffect(() => {
    if (userId === null || hostId === null) return;
    const owner = { hostId, userId };
    batchFor(owner);
    const s = getBatch();
    const stored = storedBatch(owner);
    if (s.previewId || s.restoring || !stored) return;
    setBatch((b) => ({ ...b, restoring: true }));
    call('attendance.previewBatch', { previewId: stored.previewId })
      .then((answer) => {
        const byIndex = new Map(answer.files.map((f) => [f.index, f]));
        control.nextKey = Math.max(control.nextKey, stored.nextKey);
        const entries: FileEntry[] = stored.files.flatMap((f) => {
          const file = byIndex.get(f.index);
          return file
            ? [
                {
                  key: f.key,
                  file: { name: f.name, bytes: null },
                  index: f.index,
                  preview: summarisePreview(file),
                  failure: null,
                  overrides: f.overrides,
                  decisions: f.decisions,
                  rereading: false,
                },
              ]
            : [];
        });
        setBatch((b) => ({ ...b, previewId: answer.previewId, entries, restoring: false }));
      })
      .catch((error: unknown) => {
        // The host no longer knows it (given up after a week, or another host now): say so, and start afresh.
        if (error instanceof ApiError && error.body.code === 'preview_expired') forgetBatch({ lost: true });
        else batchNotReached();
      });
  }, [userId, hostId]);

  // The results of an import are for the visit that made it: coming back starts with a fresh screen.
  useEffect(
    () => () => {
      if (getBatch().finished) forgetBatch();
    },
    [],
  );

  const update = useCallback((key: number, change: (entry: FileEntry) => FileEntry) => {
    entriesOf((list) => list.map((e) => (e.key === key ? change(e) : e)));
  }, []);

  const addFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      const added: FileEntry[] = files.map((file) => ({
        key: control.nextKey++,
        file: { name: file.name, bytes: file },
        index: null,
        preview: null,
        failure: null,
        overrides: {},
        decisions: {},
        rereading: false,
      }));
      setBatch((s) => ({
        ...s,
        lost: false,
        finished: null,
        entries: [...s.entries, ...added],
        reading: { done: 0, total: added.length, current: null },
      }));
      control.stopReading = false;
      let done = 0;
      for (let start = 0; start < added.length && !control.stopReading; start += PREVIEW_CHUNK) {
        const chunk = added.slice(start, start + PREVIEW_CHUNK);
        try {
          await preview(await Promise.all(chunk.map(previewInput)), new Set(chunk.map((e) => e.key)));
        } catch (error) {
          const text = errorText(t, error);
          const keys = new Set(chunk.map((e) => e.key));
          entriesOf((list) => list.map((e) => (keys.has(e.key) ? { ...e, failure: text } : e)));
        }
        done += chunk.length;
        setBatch((s) => ({ ...s, reading: { done, total: added.length, current: null } }));
      }
      if (control.stopReading) {
        // Files not read yet leave the batch; the user can pick them again.
        const unread = new Set(added.slice(done).map((e) => e.key));
        entriesOf((list) => list.filter((e) => !unread.has(e.key)));
      }
      setBatch((s) => ({ ...s, reading: null }));
    },
    [t],
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
    [update],
  );

  /** One school for several files at once: one call re-reads them all with it. */
  const chooseSchool = useCallback(async (keys: readonly number[], schoolId: number) => {
    const chosen = getBatch().entries.filter((e) => keys.includes(e.key) && e.index !== null);
    if (chosen.length === 0) return;
    const marked = new Set(chosen.map((e) => e.key));
    entriesOf((list) => list.map((e) => (marked.has(e.key) ? { ...e, rereading: true } : e)));
    try {
      await preview(
        chosen.flatMap((e) => (e.index === null ? [] : [rereadInput(e.index, { ...e.overrides, schoolId })])),
        new Set(),
      );
      entriesOf((list) =>
        list.map((e) => (marked.has(e.key) ? { ...e, overrides: { ...e.overrides, schoolId }, decisions: {}, rereading: false } : e)),
      );
    } catch (error) {
      entriesOf((list) => list.map((e) => (marked.has(e.key) ? { ...e, rereading: false } : e)));
      throw error;
    }
  }, []);

  const decide = useCallback(
    (key: number, row: string, childId: number | null) => update(key, (e) => ({ ...e, decisions: { ...e.decisions, [row]: childId } })),
    [update],
  );

  const importReady = useCallback(async () => {
    const { previewId: id, entries } = getBatch();
    if (!id) return;
    const queue = entries.flatMap((entry) => (isImportable(entry) && entry.index !== null ? [{ entry, index: entry.index }] : []));
    const outcomes: ImportOutcome[] = [];
    control.stopImporting = false;
    for (const [i, { entry, index }] of queue.entries()) {
      if (control.stopImporting) break;
      setBatch((s) => ({ ...s, importing: { done: i, total: queue.length, current: entry.file.name } }));
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
    // Imported: the batch is done with; the results stay on screen until "Start over".
    forgetBatch({ finished: { outcomes, notStarted: queue.length - outcomes.length, notReady: entries.length - queue.length } });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: attendanceKeys.all }),
      queryClient.invalidateQueries({ queryKey: registerKeys.all }),
    ]);
  }, [queryClient, t]);

  const startOver = useCallback(() => forgetBatch(), []);

  const remove = useCallback((key: number) => entriesOf((list) => list.filter((e) => e.key !== key)), []);

  return {
    entries: state.entries,
    reading: state.reading,
    importing: state.importing,
    finished: state.finished,
    restoring: state.restoring,
    lost: state.lost,
    addFiles,
    reread,
    chooseSchool,
    decide,
    remove,
    importReady,
    startOver,
    stopReading: () => {
      control.stopReading = true;
    },
    stopImporting: () => {
      control.stopImporting = true;
    },
  };
}
