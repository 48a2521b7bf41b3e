/**
 * What the register parser makes of one file, before anything touches the database.
 * Shared by the parser (attendance/parse), the importer and the preview/commit API.
 */

import type { Problem } from '../shared/problem';

/**
 * One character per day of the month, index 0 = day 1:
 * P present, A absent, L leave, D half day (½, HD), H holiday, '.' the school was closed (no mark),
 * U unmarked: the school was open that day (its sheet has children marked on it) and this child's
 * cell was left blank, or held a mark the user chose to read as unmarked. An unmarked day counts
 * against attendance: it is an open day the child is not known to have been present.
 */
export type DayMark = 'P' | 'A' | 'L' | 'D' | 'H' | '.' | 'U';

/** What the user may say an unknown mark means, for one import. */
export type MarkMeaning = 'P' | 'A' | 'U';

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

/** What a child's marks for a month add up to (attendance/marks.ts counts them). */
export interface MarkCounts {
  /** Present days, half days counted 0.5. */
  daysPresent: number;
  /** Open days: P, A, L, D or U (unmarked). */
  daysOpen: number;
  /** Open days this child's cell was blank (or read as unmarked): counted against attendance. */
  unmarkedDays: number;
  /** Longest run of consecutive open days absent (A, L or unmarked) within this month. */
  longestAbsenceRun: number;
  /** Open days absent at the start / end of the month: lets a run be counted across months. */
  leadingAbsence: number;
  trailingAbsence: number;
}

export interface ParsedChild extends MarkCounts {
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
  /** The sheet's open days: every child of a sheet has the same (rule: days open belong to the school). */
  daysOpen: number;
  /** The register's own "total present" column, when there is one (reported when it disagrees). */
  statedTotal: number | null;
  /**
   * Where the child lives and whom to ask for, when the register has the columns (null otherwise, or
   * when the cell is blank or a dash). Optional: a preview kept from before they were read has none.
   */
  guardianName?: string | null;
  /** The relation the guardian's column names ("Father's name" → Father), in the register's language. */
  guardianRelation?: string | null;
  village?: string | null;
  gramPanchayat?: string | null;
  /** A phone number as the register's form stores it (10 or 11 digits, or +91 and 10); null when unreadable (reported). */
  phone?: string | null;
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

/** Days a sheet shows the school closed: a block merged over day columns, a Sunday column, a vacation written once. */
export interface Closure {
  /** First and last day of the month closed, inclusive. */
  from: number;
  to: number;
  /** What the register wrote ("Puja vacation", "Sunday", "ছুটি"). */
  text: string;
  /** Where it is written (A1), '' when read from the weekday row. */
  cell: string;
}

/** Why a row of a register sheet is not a child. */
export type SkippedReason =
  | 'total'
  | 'dailyCount'
  | 'weekdays'
  | 'workingDays'
  | 'signature'
  | 'remarks'
  | 'header'
  | 'section'
  | 'subheading'
  | 'noName'
  | 'noMarks'
  | 'leftOut';

export interface SkippedRow {
  /** 1-based row. */
  row: number;
  reason: SkippedReason;
  /** The row's first text, as written (for the user to recognise it). */
  text: string;
}

/** A mark the parser does not know, with what it was read as (null = the user has not said yet). */
export interface UnknownMark {
  /** As written, trimmed and upper-cased: the key of the user's choice. */
  value: string;
  count: number;
  /** The first few cells holding it, "Sheet!B7". */
  cells: string[];
  meaning: MarkMeaning | null;
}

/** One roll written on two or more rows of the same class and section. */
export interface DuplicateRoll {
  sheet: string;
  class: number | null;
  section: string | null;
  roll: string;
  rows: { sheet: string; row: number; name: string }[];
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
  /** Days this sheet's school was open: a day column where children are marked, not closed. 0 for a skipped sheet. */
  openDays?: number;
  /** Unmarked child-days of the sheet (blank cells on open days). */
  unmarkedDays?: number;
  closures?: Closure[];
  /** Rows of the register that are not children, with why (totals, weekday row, signatures…). */
  skippedRows?: SkippedRow[];
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
  /** Unmarked child-days of the whole file. */
  unmarkedDays?: number;
  /** Marks the parser does not know: the file imports only once each has a meaning. */
  unknownMarks?: UnknownMark[];
  /** Rolls written twice in one class and section: the file imports only once each is resolved. */
  duplicateRolls?: DuplicateRoll[];
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
  /** What each unknown mark (UnknownMark.value) means, for this import. */
  markMeanings?: Record<string, MarkMeaning>;
  /**
   * A roll written twice, resolved per row (`${sheet}!${row}`): the row's corrected roll (a different
   * child), or null to leave the row out (the same child written twice).
   */
  rolls?: Record<string, string | null>;
}
