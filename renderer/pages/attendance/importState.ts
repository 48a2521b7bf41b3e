import type { ApiInput, ApiResult } from '../../../electron/api/contract';
import type { ColumnMapping, MarkMeaning } from '../../../electron/attendance/types';
import { readBase64 } from '../../components/fileBase64';

export type PreviewAnswer = ApiResult<'attendance.preview'>;
type PreviewFile = PreviewAnswer['files'][number];
export type PreviewChild = PreviewFile['children'][number];
export type CommitResult = ApiResult<'attendance.commit'>['files'][number];
export type PreviewInputFile = ApiInput<'attendance.preview'>['files'][number];

/**
 * What the screen keeps of a file's preview. The full list of children (with every day's marks)
 * stays in the host's memory; here only the rows the user must decide on and counts per sheet,
 * so a batch of 200 registers does not hold 60,000 rows in the window.
 */
export type FilePreview = Omit<PreviewFile, 'children'> & {
  ambiguous: PreviewChild[];
  childrenPerSheet: Record<string, number>;
  /** Each child's numbers as the flags will see them, without the day-by-day marks. */
  rows: ChildNumbers[];
};

export type ChildNumbers = Omit<PreviewChild, 'marks' | 'match'>;

export interface Overrides {
  schoolId?: number;
  month?: string;
  mappings?: Record<string, ColumnMapping>;
  /** What each unknown mark means (the user's choice, for this import). */
  markMeanings?: Record<string, MarkMeaning>;
  /** Rows of a roll written twice: corrected roll, or null to leave the row out. */
  rolls?: Record<string, string | null>;
}

/** One picked file, its place in the host's preview and the user's choices for it. */
export interface FileEntry {
  key: number;
  /** The picked file; its bytes only until the host has read it (after a reload, only its name is known). */
  file: { name: string; bytes: File | null };
  /** The file's index in the host's preview, once read: a second look at it needs only this, not the bytes again. */
  index: number | null;
  preview: FilePreview | null;
  /** The call that read it failed (e.g. the host stopped answering): the error text, shown in place of a preview. */
  failure: string | null;
  overrides: Overrides;
  /** `${sheet}!${row}` → the register child the row is, or null = add as a new child. */
  decisions: Record<string, number | null>;
  /** A new preview of this file (another school, month or columns) is under way. */
  rereading: boolean;
}

export type FileStatus =
  | 'reading'
  | 'failed'
  | 'unreadable'
  | 'conflict'
  | 'needsSchool'
  | 'needsMonth'
  | 'needsColumns'
  | 'needsChoice'
  | 'needsMarks'
  | 'needsRolls'
  | 'same'
  | 'replaces'
  | 'ready';

// A file the host refused (ok: false) for a reason the user can put right in the preview.
const schoolProblems = new Set(['errors.attendance.chooseSchool', 'errors.attendance.schoolUnknown']);
const monthProblems = new Set(['errors.attendance.chooseMonth', 'errors.attendance.monthFuture']);

export function rowKey(child: { sheet: string; row: number }): string {
  return `${child.sheet}!${child.row}`;
}

/** A sheet the parser took for a register but whose columns it could not find. */
export function needsColumns(p: FilePreview): boolean {
  return p.sheets.some((s) => !s.skipped && s.mapping === null) || p.problems.some((x) => x.key === 'errors.attendance.mapColumns');
}

export function undecidedCount(entry: FileEntry): number {
  return entry.preview ? entry.preview.ambiguous.filter((c) => !(rowKey(c) in entry.decisions)).length : 0;
}

export function fileStatus(entry: FileEntry): FileStatus {
  const p = entry.preview;
  if (entry.failure !== null) return 'failed';
  if (!p || entry.rereading) return 'reading';
  if (!p.ok) {
    if (p.problems.some((x) => schoolProblems.has(x.key))) return 'needsSchool';
    if (p.problems.some((x) => monthProblems.has(x.key))) return 'needsMonth';
    if (p.problems.some((x) => x.key === 'errors.attendance.sameBatch')) return 'conflict';
    if (p.unknownMarks.some((m) => m.meaning === null)) return 'needsMarks';
    if (p.duplicateRolls.length > 0) return 'needsRolls';
    return 'unreadable';
  }
  if (!p.school) return 'needsSchool';
  if (!p.month) return 'needsMonth';
  // A register sheet whose columns were not found would import as if its children had left school.
  if (needsColumns(p)) return 'needsColumns';
  if (undecidedCount(entry) > 0) return 'needsChoice';
  if (p.alreadyImported === 'same') return 'same';
  if (p.alreadyImported === 'replaces') return 'replaces';
  return 'ready';
}

/** Files the "Import" button sends: read, with a school and a month, every ambiguous row decided. */
export function isImportable(entry: FileEntry): boolean {
  const status = fileStatus(entry);
  return status === 'ready' || status === 'same' || status === 'replaces';
}

export function needsAttention(entry: FileEntry): boolean {
  const status = fileStatus(entry);
  return !isImportable(entry) || (entry.preview?.problems.length ?? 0) > 0 || status === 'replaces';
}

export function summarisePreview(file: PreviewFile): FilePreview {
  const { children, ...rest } = file;
  const childrenPerSheet: Record<string, number> = {};
  for (const child of children) childrenPerSheet[child.sheet] = (childrenPerSheet[child.sheet] ?? 0) + 1;
  const rows = children.map(({ marks: _marks, match: _match, ...numbers }) => numbers);
  return { ...rest, ambiguous: children.filter((c) => c.match.kind === 'ambiguous'), childrenPerSheet, rows };
}

/** Could not be read at all, or not imported with another file: its one message says why. */
export function isRefused(status: FileStatus): boolean {
  return status === 'failed' || status === 'unreadable' || status === 'conflict';
}

/**
 * Puts a preview answer into the batch. The host numbers the files of a call in the order sent,
 * after the ones it has: the files of `added` (not read yet) take the new indexes in that order.
 * The answer may hold files of earlier calls too; each entry takes its own file's latest preview.
 */
export function withAnswer(entries: FileEntry[], answer: PreviewAnswer, added: ReadonlySet<number>): FileEntry[] {
  const known = new Set(entries.flatMap((e) => (e.index === null ? [] : [e.index])));
  const fresh = answer.files.filter((f) => !known.has(f.index)).sort((a, b) => a.index - b.index);
  let next = 0;
  const byIndex = new Map(answer.files.map((f) => [f.index, f]));
  return entries.map((entry) => {
    let index = entry.index;
    if (index === null && added.has(entry.key)) index = fresh[next++]?.index ?? null;
    const file = index === null ? undefined : byIndex.get(index);
    return file ? { ...entry, index, file: { name: entry.file.name, bytes: null }, preview: summarisePreview(file), failure: null } : entry;
  });
}

export async function previewInput(entry: FileEntry): Promise<PreviewInputFile> {
  if (!entry.file.bytes) throw new Error(entry.file.name);
  return { name: entry.file.name, contentBase64: await readBase64(entry.file.bytes) };
}

/** A second look at a file the host already has: only the choices, not the bytes. */
export function rereadInput(index: number, overrides: Overrides): PreviewInputFile {
  const { schoolId, month, mappings, markMeanings, rolls } = overrides;
  return {
    index,
    ...(schoolId !== undefined ? { schoolId } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(mappings !== undefined ? { mappings } : {}),
    ...(markMeanings !== undefined ? { markMeanings } : {}),
    ...(rolls !== undefined ? { rolls } : {}),
  };
}

/** The decisions of one file in the shape attendance.commit takes. */
export function commitDecisions(entry: FileEntry): { file: number; sheet: string; row: number; childId: number | null }[] {
  const index = entry.index;
  if (index === null) return [];
  return (entry.preview?.ambiguous ?? []).flatMap((c) => {
    const key = rowKey(c);
    return key in entry.decisions ? [{ file: index, sheet: c.sheet, row: c.row, childId: entry.decisions[key] ?? null }] : [];
  });
}

/** How many files go to the host in one preview call: large enough to be quick, small enough to show progress. */
export const PREVIEW_CHUNK = 10;
