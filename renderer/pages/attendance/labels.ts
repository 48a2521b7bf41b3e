import type { TFunction } from 'i18next';
import type { ApiInput, ApiResult } from '../../../electron/api/contract';
import { reasonParams } from '../../../electron/shared/reasonWords';
import { formatMonth, formatNumber, formatPercent } from '../../format';
import { currentLanguage } from '../../i18n';
import { isOneOf, todayIso } from '../cases/labels';
import type { Problem } from '../../../electron/shared/problem';
import { problemText as sharedProblemText } from '../../components/errors';

export { isOneOf, todayIso } from '../cases/labels';

export type FlagRow = ApiResult<'attendance.flags'>['rows'][number];
export type FlagReason = FlagRow['reasons'][number];
export type ReasonCode = FlagReason['code'];
export type Finding = ApiInput<'followUps.create'>['finding'];
export type VolunteerRow = ApiResult<'volunteers.list'>[number];

export const reasonCodes: readonly ReasonCode[] = ['low_attendance', 'absence_run', 'dropped_off', 'falling'];

/** In the order a volunteer's answers come: the ones that may need a case first. */
export const findings: readonly Finding[] = [
  'marriage_arranged',
  'working',
  'migrated_with_family',
  'not_found',
  'ill',
  'caring_for_siblings',
  'moved_school',
  'back_in_school',
  'other',
];

/** A child's name in the script of the screen, when the register has it in both. */
export function childName(row: { name: string; nameEn: string | null; nameBn: string | null }): string {
  return (currentLanguage() === 'bn' ? row.nameBn : row.nameEn) ?? row.name;
}

/** A YYYY-MM month as the user reads it: "Nov 2026" / "নভেম্বর ২০২৬". */
export function monthLabel(month: string | null | undefined, style: 'short' | 'long' = 'short'): string {
  return formatMonth(month, style);
}

/** A percentage as a whole number in the user's digits: "55%" / "৫৫%". */
export function percentText(percent: number | null | undefined): string {
  return formatPercent(percent);
}

/** Days with half days: "12½" reads better on a register than "12.5". */
export function daysText(days: number): string {
  const whole = Math.floor(days);
  const digits = formatNumber(whole);
  return days - whole >= 0.5 ? `${whole === 0 ? '' : digits}½` : digits;
}

/** Why a child is on the worklist, in words, the same sentence the exports and the visit list print. */
export function reasonText(t: TFunction, reason: FlagReason): string {
  return sharedProblemText(t, { key: `attendance.reasons.${reason.code}`, values: reasonParams(reason, currentLanguage()) });
}

/** A finding read from the database as words; a finding this version does not know is shown as stored. */
export function findingText(t: TFunction, finding: string): string {
  return isOneOf(findings, finding) ? t(`attendance.followUp.findings.${finding}`) : finding;
}

/** The text of a problem the parser or importer found: the key and values in the user's language, else the English. */
export function problemText(t: TFunction, problem: Problem & { message: string }): string {
  return sharedProblemText(t, problem, problem.message);
}

/** The Monday of the week a day falls in: visit lists are for a week. */
export function mondayOf(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`);
  const back = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - back);
  return day.toISOString().slice(0, 10);
}

/** The last `count` months up to this one, newest first, for choosing a register's month. */
export function recentMonths(count: number, today = todayIso()): string[] {
  const [y, m] = today.split('-').map(Number);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1 - i, 1));
    out.push(at.toISOString().slice(0, 7));
  }
  return out;
}

/** A spreadsheet column as letters (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Letters typed by the user as a 1-based column number, or null when they are not column letters. */
export function columnNumber(letters: string): number | null {
  const text = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(text)) return null;
  let n = 0;
  for (const ch of text) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
