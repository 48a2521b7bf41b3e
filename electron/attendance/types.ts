/**
 * What the register parser makes of one file, before anything touches the database.
 * Shared by the parser (attendance/parse), the importer and the preview/commit API.
 */

import type { Problem } from '../shared/problem';

/**
 * One character per day of the month, index 0 = day 1:
 * P present, A absent, L leave, D half day (½, HD), H holiday, '.' no mark (blank, or the school was closed).
 */
export type DayMark = 'P' | 'A' | 'L' | 'D' | 'H' | '.';

/** A problem of a file the user gave, at its sheet, cell and row; `message` is the English text. */
export interface ProblemAt extends Problem {
  /** Sheet name as in the file ('' for a whole-file problem). */
  sheet: string;
  /** A1-style cell, '' when the problem is not about one cell. */
  cell: string;
  /** 1-based row number in the sheet, 0 when not about one row. */
  row: number;
  message: string;
}

export interface ParsedChild {
  sheet: string;
  /** 1-based row in the sheet. */
  row: number;
  roll: string | null;
  name: string;
  /** 1..12; 0 pre-primary; null when the sheet does not say. */
  class: number | null;
  section: string | null;
  sex: 'female' | 'male' | 'other' | null;
  /** Length = days in the month. */
  marks: string;
  /** Present days, half days counted 0.5. */
  daysPresent: number;
  /** Days the school was open on which this child has a mark (P, A, L or D). */
  daysOpen: number;
  /** Longest run of consecutive open days absent (A or L) within this month. */
  longestAbsenceRun: number;
  /** Open days absent at the start / end of the month: lets a run be counted across months. */
  leadingAbsence: number;
  trailingAbsence: number;
  /** The register's own "total present" column, when there is one (reported when it disagrees). */
  statedTotal: number | null;
}

/** Which columns of a sheet hold what, 1-based column numbers; what the user confirms when the parser cannot tell. */
export interface ColumnMapping {
  headerRow: number;
  roll: number | null;
  name: number;
  class: number | null;
  section: number | null;
  sex: number | null;
  /** Column of day 1; days follow left to right. */
  firstDay: number;
  total: number | null;
}

export interface ParsedSheet {
  name: string;
  /** Summary sheets, or sheets with no register in them, are skipped and said so. */
  skipped: boolean;
  mapping: ColumnMapping | null;
  /** Class from the sheet name or title rows (e.g. "Class II", "শ্রেণি ৩"), when found. */
  class: number | null;
  /**
   * The sheet's first rows as the user sees them (firstRows[0] is row 1; through the header and a
   * few children; at most 45 columns), for choosing the columns in the preview when the parser
   * could not tell. Empty for an empty sheet.
   */
  firstRows?: string[][];
}

export interface ParsedFile {
  name: string;
  /** false = the file could not be read at all; problems[0] says why, naming the file. */
  ok: boolean;
  /** sha256 of the bytes: re-importing the same file changes nothing. */
  sha256: string;
  /** What the title rows say; the importer resolves it to a school in the register. */
  schoolHint: { udise: string | null; name: string | null };
  /** YYYY-MM, or null when neither title rows, day dates, sheet names nor file name say. */
  month: string | null;
  /** Days any sheet of the file was open (union over sheets). */
  daysOpen: number;
  /** Header texts and sheet names, normalised: the same layout next month gives the same key. */
  layoutKey: string;
  sheets: ParsedSheet[];
  children: ParsedChild[];
  problems: ProblemAt[];
}

/** What the user decided in the preview, applied on a second parse. */
export interface ParseOverrides {
  month?: string;
  /** Per sheet name, or '*' for every sheet. */
  mappings?: Record<string, ColumnMapping>;
}
