/**
 * Money is integer paise everywhere; this module is the one place that turns paise into text and back.
 * Pure (no Node APIs) so the renderer imports it too. No floating point touches an amount: rupees and
 * paise are split with integer arithmetic and parsed by splitting the string.
 */

export type MoneyLanguage = 'en' | 'bn';

/** ₹10 crore: far above any sponsorship payment or a month's batch line, below Number.MAX_SAFE_INTEGER. */
export const MAX_AMOUNT_PAISE = 10_000_000_000;

const formatters = new Map<MoneyLanguage, Intl.NumberFormat>();
const digitFormatters = new Map<MoneyLanguage, Intl.NumberFormat>();

function currencyFormat(lang: MoneyLanguage): Intl.NumberFormat {
  let f = formatters.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'bn' ? 'bn-IN' : 'en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2 });
    formatters.set(lang, f);
  }
  return f;
}

function localDigits(digits: string, lang: MoneyLanguage): string {
  let f = digitFormatters.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'bn' ? 'bn-IN' : 'en-IN', { useGrouping: false });
    digitFormatters.set(lang, f);
  }
  const fmt = f;
  return [...digits].map((d) => fmt.format(Number(d))).join('');
}

/** 12345600 → '₹1,23,456.00' (lakh grouping); Bengali: '₹১,২৩,৪৫৬.০০'. Negative amounts keep their sign. */
export function formatRupees(paise: number, lang: MoneyLanguage = 'en'): string {
  if (!Number.isSafeInteger(paise)) throw new RangeError(`not an amount in paise: ${paise}`);
  const negative = paise < 0;
  const abs = Math.abs(paise);
  const rupees = Math.trunc(abs / 100);
  const fraction = String(abs % 100).padStart(2, '0');
  // The whole rupees are formatted by Intl (grouping, symbol, digits); the paise are put in as text.
  const parts = currencyFormat(lang).formatToParts(BigInt(rupees));
  const text = parts.map((p) => (p.type === 'fraction' ? localDigits(fraction, lang) : p.value)).join('');
  // The sign is added by hand because -0n does not exist (a debit of under one rupee); both locales put it first.
  return negative ? `-${text}` : text;
}

const bengaliDigits = '০১২৩৪৫৬৭৮৯';

/**
 * '1,234.50' / '₹1,23,456' / '১২৩৪.৫' → paise; null for anything that is not a positive-or-zero amount
 * with at most two decimals (so '12.345', '1e3', '-5', '' are refused rather than rounded).
 */
export function parseRupees(text: string): number | null {
  const ascii = [...text.trim()]
    .map((ch) => {
      const i = bengaliDigits.indexOf(ch);
      return i >= 0 ? String(i) : ch;
    })
    .join('')
    .replace(/^(₹|Rs\.?|INR)\s*/i, '')
    .replace(/,/g, '')
    .trim();
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(ascii);
  if (!m) return null;
  const rupeesText = m[1] ?? '';
  const fractionText = (m[2] ?? '').padEnd(2, '0');
  // Count digits before multiplying so an absurdly long number cannot lose precision.
  if (rupeesText.replace(/^0+/, '').length > 13) return null;
  const paise = Number(rupeesText) * 100 + Number(fractionText);
  return paise <= MAX_AMOUNT_PAISE ? paise : null;
}
