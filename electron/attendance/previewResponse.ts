import { problemAt, sameBatchConflicts } from './preview';
import type { Preview, PreviewedFile } from './previewStore';
import type { RowMatch } from './matching';
import type { FlagSettings } from './flags';
import type { ParsedChild } from './types';

/** The preview as the API answers it (issue 4 "The import over HTTP", plus the contract's extras). */

function matchOut(match: RowMatch | undefined) {
  if (!match || match.kind === 'new') return { kind: 'new' as const };
  if (match.kind === 'matched') return { kind: 'matched' as const, childId: match.childId, childCode: match.childCode };
  return { kind: 'ambiguous' as const, candidates: match.candidates };
}

/** The month's percent as the flags compute it (present × 100 / open, rounded); null when the school was never open. */
function percentOf(c: ParsedChild): number | null {
  return c.daysOpen > 0 ? Math.round((c.daysPresent * 100) / c.daysOpen) : null;
}

function fileOut(f: PreviewedFile, conflictWith: string | undefined, settings: FlagSettings) {
  const problems = [...f.problems];
  if (conflictWith !== undefined) problems.push(problemAt('errors.attendance.sameBatch', { file: f.name, other: conflictWith }));
  const children = f.parsed.children.map((c, i) => ({
    sheet: c.sheet,
    row: c.row,
    roll: c.roll,
    name: c.name,
    class: c.class,
    section: c.section,
    sex: c.sex,
    daysPresent: c.daysPresent,
    daysOpen: c.daysOpen,
    unmarkedDays: c.unmarkedDays,
    percent: percentOf(c),
    // What this month alone raises on the worklist (a run may also carry in from last month).
    belowThreshold: c.daysOpen > 0 && (c.daysPresent * 100) / c.daysOpen < settings.attendanceThresholdPercent,
    longAbsence: c.longestAbsenceRun >= settings.absenceRunDays,
    longestAbsenceRun: c.longestAbsenceRun,
    statedTotal: c.statedTotal,
    marks: c.marks,
    match: matchOut(f.matches[i]),
  }));
  const count = (kind: RowMatch['kind']) => f.matches.filter((m) => m.kind === kind).length;
  return {
    index: f.index,
    name: f.name,
    ok: f.ok && conflictWith === undefined,
    sha256: f.parsed.sha256,
    school: f.school,
    schoolGuess: f.schoolGuess,
    /** The school as the file names it (for "Add this school"), whether or not it was found. */
    schoolHint: f.parsed.schoolHint,
    month: f.month,
    daysOpen: f.parsed.daysOpen,
    unmarkedDays: f.parsed.unmarkedDays ?? 0,
    thresholds: { percent: settings.attendanceThresholdPercent, absenceRunDays: settings.absenceRunDays },
    unknownMarks: f.parsed.unknownMarks ?? [],
    duplicateRolls: f.parsed.duplicateRolls ?? [],
    chosen: { markMeanings: f.chosen.markMeanings ?? {}, rolls: f.chosen.rolls ?? {} },
    layoutKey: f.parsed.layoutKey,
    sheets: f.parsed.sheets,
    children,
    counts: {
      found: children.length,
      matched: count('matched'),
      new: count('new'),
      ambiguous: count('ambiguous'),
      missingFromLastMonth: f.missingFromLastMonth.length,
    },
    missingFromLastMonth: f.missingFromLastMonth,
    alreadyImported: f.alreadyImported,
    problems,
  };
}

/** The preview's files, or only those in `read` and any file in a same-school-and-month clash. */
export function previewResponse(preview: Preview, settings: FlagSettings, read?: ReadonlySet<number>) {
  const conflicts = sameBatchConflicts(preview);
  return {
    previewId: preview.id,
    files: [...preview.files]
      .filter((f) => !read || read.has(f.index) || conflicts.has(f.index))
      .sort((a, b) => a.index - b.index)
      .map((f) => fileOut(f, conflicts.get(f.index), settings)),
  };
}
