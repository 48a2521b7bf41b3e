import type { MessageKey } from '../api/errors';
import { englishMessage } from '../api/messages';
import type { Sqlite } from '../db/connection';
import { matchRows, type RowMatch } from './matching';
import { addMonths } from '../shared/periods';
import { parseRegisters } from './parseRunner';
import type { ParseJob } from './parseJobs';
import type { Preview, PreviewedFile } from './previewStore';
import {
  allSchools,
  currentImport,
  lastMonthChildren,
  registerOfSchool,
  registerStamp,
  rememberedLayout,
  type LastMonthChild,
} from './registerReads';
import { schoolOfFile } from './schoolOfFile';
import type { ColumnMapping, ParsedFile, ProblemAt } from './types';

/**
 * The preview of a batch: read every file (off the main thread), find its school and month, match
 * its rows to the register and say what an import would do. Reads the database, writes nothing.
 */

export interface PreviewFileInput {
  /** Re-read a file already in the preview (with a school, month or mapping chosen), without sending it again. */
  index?: number;
  name?: string;
  contentBase64?: string;
  schoolId?: number;
  month?: string;
  /** Per sheet name, or '*' for every sheet. */
  mappings?: Record<string, ColumnMapping>;
}

export function problemAt(
  key: MessageKey,
  values: Record<string, string | number>,
  at: { sheet?: string; cell?: string; row?: number } = {},
): ProblemAt {
  return { sheet: at.sheet ?? '', cell: at.cell ?? '', row: at.row ?? 0, key, values, message: englishMessage(key, values) };
}

/** What the user chose for a file; kept so a later call that changes one choice keeps the others. */
interface Choices {
  index: number;
  name: string;
  bytes: Uint8Array;
  schoolId: number | null;
  month: string | null;
  mappings: Record<string, ColumnMapping> | null;
}

function choicesOf(preview: Preview, input: PreviewFileInput, nextIndex: () => number): Choices {
  const before = input.index === undefined ? undefined : preview.files.find((f) => f.index === input.index);
  const bytes =
    input.contentBase64 !== undefined ? new Uint8Array(Buffer.from(input.contentBase64, 'base64')) : (before?.bytes ?? new Uint8Array());
  return {
    index: before?.index ?? nextIndex(),
    name: input.name ?? before?.name ?? '',
    bytes,
    schoolId: input.schoolId ?? before?.chosen.schoolId ?? null,
    month: input.month ?? before?.chosen.month ?? null,
    mappings: input.mappings ?? before?.chosen.mappings ?? null,
  };
}

function jobOf(choices: Choices, mappings: Record<string, ColumnMapping> | null): ParseJob {
  const overrides = { ...(choices.month ? { month: choices.month } : {}), ...(mappings ? { mappings } : {}) };
  return { name: choices.name, bytes: choices.bytes, overrides };
}

function newChildProblems(parsed: ParsedFile, matches: RowMatch[]): ProblemAt[] {
  const out: ProblemAt[] = [];
  parsed.children.forEach((child, i) => {
    if (matches[i]?.kind === 'new' && child.sex === null) {
      out.push(
        problemAt(
          'errors.attendance.sexMissing',
          { sheet: child.sheet, row: child.row, name: child.name },
          { sheet: child.sheet, row: child.row },
        ),
      );
    }
  });
  return out;
}

function describe(
  sqlite: Sqlite,
  choices: Choices,
  parsed: ParsedFile,
  mappings: Record<string, ColumnMapping>,
  today: string,
): PreviewedFile {
  const problems = [...parsed.problems];
  const layout = rememberedLayout(sqlite, parsed.layoutKey);
  const found = parsed.ok
    ? schoolOfFile({ chosenId: choices.schoolId, hint: parsed.schoolHint, layout, schools: allSchools(sqlite) })
    : null;
  const month = parsed.ok ? (choices.month ?? parsed.month) : null;
  if (parsed.ok && !found) {
    const hint = [parsed.schoolHint.name, parsed.schoolHint.udise].filter(Boolean).join(', ');
    problems.push(problemAt(hint ? 'errors.attendance.schoolUnknown' : 'errors.attendance.chooseSchool', { file: choices.name, hint }));
  }
  if (parsed.ok && !month) problems.push(problemAt('errors.attendance.chooseMonth', { file: choices.name }));
  const future = month !== null && month > today.slice(0, 7);
  if (future) problems.push(problemAt('errors.attendance.monthFuture', { file: choices.name, month: month ?? '' }));

  let matches: RowMatch[] = parsed.children.map(() => ({ kind: 'new' }));
  let missing: LastMonthChild[] = [];
  let alreadyImported: PreviewedFile['alreadyImported'] = null;
  let stamp: string | null = null;
  if (found && month) {
    const previous = addMonths(month, -1);
    stamp = registerStamp(sqlite, found.school.id, previous);
    const register = registerOfSchool(sqlite, found.school.id, previous);
    matches = matchRows(parsed.children, register);
    problems.push(...newChildProblems(parsed, matches));
    // Candidates of an undecided row may well be that child: not "missing" until the user says otherwise.
    const present = new Set<number>();
    for (const m of matches) {
      if (m.kind === 'matched') present.add(m.childId);
      if (m.kind === 'ambiguous') for (const c of m.candidates) present.add(c.childId);
    }
    missing = lastMonthChildren(sqlite, found.school.id, previous, register).filter((c) => !present.has(c.childId));
    const current = currentImport(sqlite, found.school.id, month);
    alreadyImported = current ? (current.sha256 === parsed.sha256 ? 'same' : 'replaces') : null;
  }
  return {
    index: choices.index,
    name: choices.name,
    bytes: choices.bytes,
    parsed,
    school: found?.school ?? null,
    schoolGuess: found?.guess ?? null,
    month,
    mappings,
    chosen: { schoolId: choices.schoolId, month: choices.month, mappings: choices.mappings },
    matches,
    registerStamp: stamp,
    missingFromLastMonth: missing,
    alreadyImported,
    problems,
    ok: parsed.ok && found !== null && month !== null && !future,
  };
}

/** Reads the given files into the preview (added, or replacing the same index), then returns it. */
export async function previewFiles(sqlite: Sqlite, preview: Preview, inputs: PreviewFileInput[], today: string): Promise<Preview> {
  let last = preview.files.reduce((max, f) => Math.max(max, f.index), -1);
  const choices = inputs.map((input) => choicesOf(preview, input, () => ++last));
  const place = (described: PreviewedFile) => {
    const at = preview.files.findIndex((f) => f.index === described.index);
    if (at >= 0) preview.files[at] = described;
    else preview.files.push(described);
  };

  // Each file is described as soon as it is read, while the workers read the next ones. A layout whose
  // columns the user once mapped is read again with that mapping, unless a mapping was just given.
  const again: { choices: Choices; mappings: Record<string, ColumnMapping> }[] = [];
  await parseRegisters(
    choices.map((c) => jobOf(c, c.mappings)),
    (i, parsed) => {
      const c = choices[i];
      if (!c) return;
      const remembered = c.mappings === null && parsed.ok ? rememberedLayout(sqlite, parsed.layoutKey)?.mappings : undefined;
      if (remembered && Object.keys(remembered).length > 0) again.push({ choices: c, mappings: remembered });
      else place(describe(sqlite, c, parsed, c.mappings ?? {}, today));
    },
  );
  await parseRegisters(
    again.map((a) => jobOf(a.choices, a.mappings)),
    (i, parsed) => {
      const a = again[i];
      if (a) place(describe(sqlite, a.choices, parsed, a.mappings, today));
    },
  );
  return preview;
}

/** Files of the batch for the same school and month as an earlier one: importing both would replace one by the other. */
export function sameBatchConflicts(preview: Preview): Map<number, string> {
  const seen = new Map<string, string>();
  const conflicts = new Map<number, string>();
  for (const f of [...preview.files].sort((a, b) => a.index - b.index)) {
    if (!f.ok || !f.school || !f.month) continue;
    const key = `${f.school.id}|${f.month}`;
    const first = seen.get(key);
    if (first !== undefined) conflicts.set(f.index, first);
    else seen.set(key, f.name);
  }
  return conflicts;
}
