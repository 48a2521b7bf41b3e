/**
 * The words and digits of each language that both sides print: the screens (renderer/format.ts),
 * the PDFs and the exported workbooks. Pure and free of Node, so a month is called the same in a
 * table, a visit list and the audit log's Excel file.
 */

export type WordsLanguage = 'en' | 'bn';

const bengaliDigits = '০১২৩৪৫৬৭৮৯';

/** The digits of each language: Bengali text writes ০–৯, English 0–9. */
export function digitsFor(text: string, lang: WordsLanguage): string {
  return lang === 'bn' ? text.replace(/[0-9]/g, (d) => bengaliDigits.charAt(Number(d))) : text;
}

/** Bengali digits (০–৯) as ASCII, so what is typed in either digit set reads the same. */
export function latinDigits(text: string): string {
  return text.replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - 0x09e6));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function numberFormat(lang: WordsLanguage, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const cacheKey = `${lang}${JSON.stringify(options)}`;
  let f = numberFormats.get(cacheKey);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'bn' ? 'bn-IN' : 'en-IN', options);
    numberFormats.set(cacheKey, f);
  }
  return f;
}

/** 12345 → "12,345" / "১২,৩৪৫" (lakh grouping past a lakh). */
export function numberIn(n: number, lang: WordsLanguage): string {
  return numberFormat(lang).format(n);
}

/** An ISO date (YYYY-MM-DD) as DD/MM/YYYY in the language's digits. */
export function dateIn(iso: string | null | undefined, lang: WordsLanguage): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return y && m && d ? digitsFor(`${d}/${m}/${y}`, lang) : iso;
}

/**
 * A moment (an ISO timestamp) as the office reads it: DD/MM/YYYY HH:MM on this PC's clock, in the
 * language's digits. Anything that is not a timestamp is given back as it is.
 */
export function momentIn(iso: string | null | undefined, lang: WordsLanguage): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return digitsFor(
    `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()} ${two(at.getHours())}:${two(at.getMinutes())}`,
    lang,
  );
}

/**
 * Month names written out by us rather than by Intl, whose abbreviations differ by browser and
 * clash on one screen (en-IN "Sept" beside "Jul"; bn-IN "আগ", "নভেঃ"). Bengali abbreviations
 * follow the newspapers': a word of four letters or fewer stays whole, a longer one is cut with a dot.
 */
export const monthNames = {
  en: {
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  bn: {
    long: ['জানুয়ারি', 'ফেব্রুয়ারি', 'মার্চ', 'এপ্রিল', 'মে', 'জুন', 'জুলাই', 'আগস্ট', 'সেপ্টেম্বর', 'অক্টোবর', 'নভেম্বর', 'ডিসেম্বর'],
    short: ['জানু.', 'ফেব্রু.', 'মার্চ', 'এপ্রিল', 'মে', 'জুন', 'জুলাই', 'আগস্ট', 'সেপ্টে.', 'অক্টো.', 'নভে.', 'ডিসে.'],
  },
} as const;

export type MonthStyle = 'short' | 'long';

/** A month's name alone (of a YYYY-MM month): "Sep" / "সেপ্টে.". */
export function monthNameIn(month: string, style: MonthStyle, lang: WordsLanguage): string {
  const m = Number(month.slice(5, 7));
  return monthNames[lang][style][m - 1] ?? month;
}

/** A YYYY-MM month as read: "Nov 2026" / "নভে. ২০২৬", or "November 2026" / "নভেম্বর ২০২৬". */
export function monthIn(month: string | null | undefined, style: MonthStyle, lang: WordsLanguage): string {
  if (!month || !/^\d{4}-(0[1-9]|1[0-2])/.test(month)) return month ?? '';
  return `${monthNameIn(month, style, lang)} ${digitsFor(month.slice(0, 4), lang)}`;
}
