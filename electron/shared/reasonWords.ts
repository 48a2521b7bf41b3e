import type { FlagReason } from '../attendance/flags';
import { monthIn } from './words';

/**
 * The values a flag reason's sentence (i18n attendance.reasons.<code>) is filled with, in the
 * reader's language: months by name, dates DD/MM/YYYY, Bengali digits in Bengali. Pure and free of
 * Node, so the renderer, the exports and the visit-list PDF all say the same thing.
 */

export type ReasonLanguage = 'en' | 'bn';

function locale(language: ReasonLanguage): string {
  return language === 'bn' ? 'bn-IN' : 'en-IN';
}

// Building an Intl formatter costs far more than using one; a worklist formats thousands of numbers.
const numberFormats = new Map<ReasonLanguage, Intl.NumberFormat>();

function number(n: number, language: ReasonLanguage): string {
  let format = numberFormats.get(language);
  if (!format)
    numberFormats.set(language, (format = new Intl.NumberFormat(locale(language), { useGrouping: false, maximumFractionDigits: 1 })));
  return format.format(n);
}

/** "November 2026" / "নভেম্বর ২০২৬": the one formatter's month words, as on the screens. */
export function monthName(month: string, language: ReasonLanguage): string {
  return monthIn(month, 'long', language);
}

/** An ISO date as DD/MM/YYYY in the reader's digits. */
export function shownDate(iso: string, language: ReasonLanguage): string {
  const [y = '', m = '', d = ''] = iso.split('-');
  return [d, m, y].map((part) => (language === 'bn' ? number(Number(part), language).padStart(part.length, '০') : part)).join('/');
}

export function reasonParams(reason: FlagReason, language: ReasonLanguage): Record<string, string> {
  switch (reason.code) {
    case 'low_attendance':
      return {
        present: number(reason.values.present, language),
        open: number(reason.values.open, language),
        percent: number(reason.values.percent, language),
        month: monthName(reason.values.month, language),
      };
    case 'absence_run':
      return {
        days: number(reason.values.days, language),
        from: shownDate(reason.values.from, language),
        month: monthName(reason.values.month, language),
      };
    case 'dropped_off':
      return { month: monthName(reason.values.month, language), lastMonth: monthName(reason.values.lastMonth, language) };
    case 'falling':
      return {
        count: number(reason.values.percents.length, language),
        percents: reason.values.percents.map((p) => `${number(p, language)}%`).join(' → '),
        from: monthName(reason.values.from, language),
        to: monthName(reason.values.to, language),
      };
  }
}
