import { formatRupees } from './money';
import { dateIn, momentIn, type WordsLanguage } from './words';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoMoment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A message's values as its sentence says them, in the reader's language: a message carries amounts
 * and days raw (`shortPaise`, `dateOn`), and each is said where the sentence names it (`{{short}}`
 * as ₹500.00 / ₹৫০০.০০, `{{date}}` as 20/11/2026 / ২০/১১/২০২৬, `{{taken}}` of `takenAt` as
 * 20/11/2026 14:05 / ২০/১১/২০২৬ ১৪:০৫). The server's English text and the
 * screens' Bengali both come from the same raw values.
 */
export function sentenceValues<V extends string | number>(values: Record<string, V>, lang: WordsLanguage): Record<string, V | string> {
  const said: Record<string, V | string> = { ...values };
  for (const [name, value] of Object.entries(values)) {
    if (name.endsWith('Paise') && name.length > 5 && typeof value === 'number' && Number.isSafeInteger(value))
      said[name.slice(0, -5)] = formatRupees(value, lang);
    else if (name.endsWith('On') && name.length > 2 && typeof value === 'string' && isoDate.test(value))
      said[name.slice(0, -2)] = dateIn(value, lang);
    else if (name.endsWith('At') && name.length > 2 && typeof value === 'string' && isoMoment.test(value))
      said[name.slice(0, -2)] = momentIn(value, lang);
  }
  return said;
}
