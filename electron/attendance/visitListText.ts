import { translate } from '../api/messages';
import { localDigits, type ReportLanguage } from '../reports/pdf';
import type { FlagReason } from './flags';
import { reasonParams } from '../shared/reasonWords';

export { monthName } from '../shared/reasonWords';

/**
 * The words of a volunteer's visit list, from the catalogue (attendance.visitList.*), with every
 * number in the list's own digits: a Bengali list is read by volunteers who read Bengali numerals.
 */
export function visitListWord(language: ReportLanguage, key: string, values: Record<string, string> = {}): string {
  return translate(language, `attendance.visitList.${key}`, values);
}

/** A whole percentage: "55%" / "৫৫%". */
export function percentText(language: ReportLanguage, percent: number): string {
  return localDigits(`${Math.round(percent)}%`, language);
}

/**
 * Days present from the stored halves: "10.5". The report font has no "½" glyph, and a decimal
 * reads the same in both scripts.
 */
export function daysFromHalves(language: ReportLanguage, halves: number): string {
  return localDigits(halves % 2 === 1 ? `${(halves - 1) / 2}.5` : String(halves / 2), language);
}

/**
 * Why a child is on the list, in the worklist's own words (attendance.reasons.*), so the paper says
 * what the screen says. Two values are written for print: the report font has no arrow glyph, and
 * percentages are whole, as in the attendance column beside them.
 */
export function reasonText(language: ReportLanguage, reason: FlagReason): string {
  const values = reasonParams(reason, language);
  if (reason.code === 'low_attendance') values.percent = localDigits(String(Math.round(reason.values.percent)), language);
  if (reason.code === 'falling') values.percents = reason.values.percents.map((p) => percentText(language, p)).join(', ');
  return translate(language, `attendance.reasons.${reason.code}`, values);
}

/** "12 of 22 days, 55%" for a month on a register; what to say when there is nothing to count. */
export function attendanceText(language: ReportLanguage, month: { daysPresentHalves: number; daysOpen: number } | null): string {
  if (month === null) return visitListWord(language, 'noRegister');
  if (month.daysOpen === 0) return visitListWord(language, 'noSchoolDays');
  return visitListWord(language, 'attendance', {
    present: daysFromHalves(language, month.daysPresentHalves),
    open: localDigits(String(month.daysOpen), language),
    percent: percentText(language, (50 * month.daysPresentHalves) / month.daysOpen),
  });
}
