import { englishMessage } from '../../api/messages';
import type { Under } from '../../shared/problem';
import type { ProblemAt } from '../types';

type AttendanceProblem = Under<'errors.attendance.'>;

/** A problem of the file, with its i18n key under errors.attendance.* and its English message. */
export function problemAt(
  key: AttendanceProblem,
  values: Record<string, string | number>,
  at: { sheet?: string; cell?: string; row?: number } = {},
): ProblemAt {
  const fullKey = `errors.attendance.${key}` as const;
  return { sheet: at.sheet ?? '', cell: at.cell ?? '', row: at.row ?? 0, key: fullKey, values, message: englishMessage(fullKey, values) };
}

/** A sheet with hundreds of the same mistake gets the first ones one by one, then one line counting the rest. */
const problemsShownPerKind = 20;

/** The key of the line that counts the rest of each kind of problem. */
const moreKeys: Partial<Record<AttendanceProblem, AttendanceProblem>> = {
  invalidMark: 'moreInvalidMarks',
  totalMismatch: 'moreTotalMismatches',
  rowWithoutName: 'moreRowsWithoutName',
  phoneUnreadable: 'morePhonesUnreadable',
};

/** The problems of one sheet, capped per kind; every message names the file and the sheet. */
export class SheetProblems {
  readonly list: ProblemAt[] = [];
  private readonly counts = new Map<AttendanceProblem, number>();

  constructor(
    private readonly file: string,
    private readonly sheet: string,
  ) {}

  add(key: AttendanceProblem, values: Record<string, string | number>, cell: string, row: number): void {
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count <= problemsShownPerKind || !moreKeys[key])
      this.list.push(problemAt(key, { file: this.file, sheet: this.sheet, ...values }, { sheet: this.sheet, cell, row }));
  }

  /** The problems, with one "N more like these" line for each capped kind. */
  done(): ProblemAt[] {
    for (const [key, count] of this.counts) {
      const moreKey = moreKeys[key];
      if (count > problemsShownPerKind && moreKey) {
        this.list.push(
          problemAt(moreKey, { file: this.file, sheet: this.sheet, count: count - problemsShownPerKind }, { sheet: this.sheet }),
        );
      }
    }
    return this.list;
  }
}
