import { z } from 'zod';
import { commitBatch } from '../commitBatch';
import { monthPattern } from '../../shared/periods';
import { previewFiles, sameBatchConflicts } from '../preview';
import { keepBatch, reopenBatch } from '../keptBatches';
import { previewStoreOf, type Preview } from '../previewStore';
import { previewResponse } from '../previewResponse';
import { UserError } from '../../api/errors';
import { id } from '../../api/fields';
import { method, type ApiArea, type AuthedCtx } from '../../api/types';

const column = z.number().int().min(1).max(16384);
const columnMapping = z.object({
  headerRow: z.number().int().min(1),
  roll: column.nullable(),
  name: column,
  class: column.nullable(),
  section: column.nullable(),
  sex: column.nullable(),
  firstDay: column,
  total: column.nullable(),
});
const month = z.string().regex(monthPattern, 'errors.attendance.month');

const previewFileInput = z
  .object({
    index: z.number().int().min(0).optional(),
    name: z.string().trim().min(1).max(255).optional(),
    contentBase64: z.string().optional(),
    schoolId: id.optional(),
    month: month.optional(),
    mappings: z.record(z.string(), columnMapping).optional(),
    markMeanings: z.record(z.string().max(100), z.enum(['P', 'A', 'U'])).optional(),
    rolls: z.record(z.string().max(300), z.string().trim().min(1).max(20).nullable()).optional(),
  })
  .refine((f) => f.index !== undefined || (f.name !== undefined && f.contentBase64 !== undefined), {
    message: 'errors.attendance.fileRequired',
    path: ['contentBase64'],
  });

/** The batch held in memory, or the one kept in the data folder from before the host restarted. */
async function previewOf(ctx: AuthedCtx, previewId: string): Promise<Preview> {
  const store = previewStoreOf(ctx.host);
  const now = ctx.now.getTime();
  const held = store.get(previewId, ctx.session.userId, now);
  if (held) return held;
  const reopened = await reopenBatch(ctx.sqlite, ctx.host.options.dataDir, previewId, ctx.session.userId, now, ctx.today);
  if (!reopened) throw new UserError('preview_expired', 'errors.attendance.previewExpired', {}, { field: 'previewId' }, 404);
  store.restore(reopened);
  return reopened;
}

function missingIndex(preview: Preview, indexes: readonly number[]): void {
  for (const index of indexes) {
    if (!preview.files.some((f) => f.index === index)) {
      throw new UserError('invalid_input', 'errors.attendance.fileIndex', { index }, { field: 'files' });
    }
  }
}

export const importsApi = {
  /** Reads a batch of registers and says what importing them would do; writes nothing. */
  'attendance.preview': method({
    input: z.object({
      previewId: z.string().min(1).optional(),
      files: z.array(previewFileInput).min(1, 'errors.attendance.noFiles').max(500),
    }),
    permission: 'attendance.import',
    handler: async (ctx, input) => {
      const preview = input.previewId
        ? await previewOf(ctx, input.previewId)
        : previewStoreOf(ctx.host).create(ctx.session.userId, ctx.now.getTime());
      missingIndex(
        preview,
        input.files.flatMap((f) => (f.index === undefined ? [] : [f.index])),
      );
      const before = new Map(preview.files.map((f) => [f.index, f]));
      await previewFiles(ctx.sqlite, preview, input.files, ctx.today);
      keepBatch(ctx.host.options.dataDir, preview);
      // Only what this call read (plus files now clashing with them): a screen reading 200 files ten at
      // a time would otherwise receive the whole batch twenty times over.
      const read = new Set(preview.files.filter((f) => before.get(f.index) !== f).map((f) => f.index));
      return previewResponse(preview, ctx.host.settings, read);
    },
  }),

  /**
   * The whole of a preview still held, every file as last read: the Import screen asks for it after a
   * reload, so a batch read and decided on is not lost. Only the user who read it gets it.
   */
  'attendance.previewBatch': method({
    input: z.object({ previewId: z.string().min(1) }),
    permission: 'attendance.import',
    handler: async (ctx, input) => previewResponse(await previewOf(ctx, input.previewId), ctx.host.settings),
  }),

  /**
   * Imports what a preview showed, one transaction per file. Files go one after the other, letting
   * other requests in between; a screen that wants a progress bar and a cancel button sends one file per call.
   */
  'attendance.commit': method({
    input: z.object({
      previewId: z.string().min(1),
      files: z.array(z.number().int().min(0)).optional(),
      decisions: z
        .array(z.object({ file: z.number().int().min(0), sheet: z.string(), row: z.number().int().min(1), childId: id.nullable() }))
        .optional(),
    }),
    permission: 'attendance.import',
    handler: async (ctx, input) => {
      const preview = await previewOf(ctx, input.previewId);
      const conflicts = sameBatchConflicts(preview);
      const indexes = input.files ?? preview.files.filter((f) => f.ok && !conflicts.has(f.index)).map((f) => f.index);
      missingIndex(preview, indexes);
      const decided = [...new Set((input.decisions ?? []).flatMap((d) => (d.childId === null ? [] : [d.childId])))];
      const known = new Set(
        (
          ctx.sqlite.prepare('SELECT id FROM children WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(decided)) as {
            id: number;
          }[]
        ).map((r) => r.id),
      );
      for (const d of input.decisions ?? []) {
        if (d.childId !== null && !known.has(d.childId)) {
          throw new UserError(
            'invalid_input',
            'errors.attendance.decisionChild',
            { sheet: d.sheet, row: d.row },
            { sheet: d.sheet, row: d.row },
          );
        }
      }
      return { files: await commitBatch(ctx, preview, indexes, input.decisions ?? []) };
    },
  }),

  /** The registers imported so far, newest first; `current` is false for one a corrected file replaced. */
  'attendance.imports': method({
    input: z.object({ schoolId: id.optional(), month: month.optional(), limit: z.number().int().min(1).max(5000).default(500) }),
    permission: 'attendance.read',
    handler: (ctx, input) => {
      const rows = ctx.sqlite
        .prepare(
          `SELECT i.id, i.file_name AS fileName, i.sha256, i.school_id AS schoolId, s.name AS schoolName, s.udise, i.month,
                  i.imported_at AS importedAt, u.full_name AS importedBy, i.children_count AS childrenCount,
                  i.replaced_import_id AS replacedImportId,
                  i.id = (SELECT max(n.id) FROM attendance_imports n WHERE n.school_id = i.school_id AND n.month = i.month) AS current
             FROM attendance_imports i JOIN schools s ON s.id = i.school_id JOIN users u ON u.id = i.imported_by
            WHERE (? IS NULL OR i.school_id = ?) AND (? IS NULL OR i.month = ?)
            ORDER BY i.imported_at DESC, i.id DESC LIMIT ?`,
        )
        .all(input.schoolId ?? null, input.schoolId ?? null, input.month ?? null, input.month ?? null, input.limit) as {
        id: number;
        fileName: string;
        sha256: string;
        schoolId: number;
        schoolName: string;
        udise: string;
        month: string;
        importedAt: string;
        importedBy: string;
        childrenCount: number;
        replacedImportId: number | null;
        current: number;
      }[];
      return { rows: rows.map((r) => ({ ...r, current: r.current === 1 })) };
    },
  }),
} satisfies ApiArea;
