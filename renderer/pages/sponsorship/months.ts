import { monthPattern } from '../../../electron/shared/periods';
import { formatMonth } from '../../format';

/** Months are YYYY-MM text, as the API and the database keep them; shown as "November 2026". */
export { addMonths, financialYearOf, monthOf, monthRange } from '../../../electron/shared/periods';

export function isMonth(text: string | undefined): text is string {
  return text !== undefined && monthPattern.test(text);
}

export function monthLabel(month: string, lang: 'en' | 'bn'): string {
  return formatMonth(month, 'long', lang);
}
