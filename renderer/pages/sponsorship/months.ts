import { monthPattern } from '../../../electron/shared/periods';

/** Months are YYYY-MM text, as the API and the database keep them; shown as "November 2026". */
export { addMonths, financialYearOf, monthOf, monthRange } from '../../../electron/shared/periods';

export function isMonth(text: string | undefined): text is string {
  return text !== undefined && monthPattern.test(text);
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

export function monthLabel(month: string, lang: 'en' | 'bn'): string {
  const locale = lang === 'bn' ? 'bn-IN' : 'en-IN';
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(`${month}-01T00:00:00Z`));
}
