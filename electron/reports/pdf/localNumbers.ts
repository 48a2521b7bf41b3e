export type ReportLanguage = 'en' | 'bn';

const BENGALI_ZERO = 0x09e6;

/** Writes ASCII digits as Bengali digits (০–৯) in a Bengali report, as printed Bengali does. */
export function localDigits(text: string, language: ReportLanguage): string {
  if (language === 'en') return text;
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(BENGALI_ZERO + Number(digit)));
}

/** An ISO date (YYYY-MM-DD, as stored) the way reports print it: DD/MM/YYYY. */
export function printedDate(isoDate: string, language: ReportLanguage): string {
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate) ?? [];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    date.getUTCDate() !== Number(day) ||
    date.getUTCMonth() !== Number(month) - 1
  ) {
    throw new Error(`A report date must be a real date written YYYY-MM-DD, not "${isoDate}"`);
  }
  return localDigits(`${day}/${month}/${year}`, language);
}
