import { currentLanguage } from './i18n';

const bengaliDigits = '০১২৩৪৫৬৭৮৯';

/** Bengali keyboards type Bengali digits; dates, ages, phones and codes are stored with ASCII ones. */
export function asciiDigits(text: string): string {
  return text.replace(/[০-৯]/g, (d) => String(bengaliDigits.indexOf(d)));
}

/** Today on this PC as ISO (YYYY-MM-DD), in local time. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Dates are stored ISO (YYYY-MM-DD) and always shown DD/MM/YYYY. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

/** A timestamp shown in the office's local time: DD/MM/YYYY HH:MM. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(at.getDate())}/${pad(at.getMonth() + 1)}/${at.getFullYear()} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** Bengali digits (০–৯) as ASCII, so what is typed in either digit set reads the same. */
export function latinDigits(text: string): string {
  return text.replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - 0x09e6));
}

const typedDate = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;

/** Parses what a user typed as DD/MM/YYYY (also D/M/YYYY, with - or ., in either digit set) into ISO, or null. */
export function parseDate(text: string): string | null {
  const m = typedDate.exec(latinDigits(text));
  if (!m) return null;
  const iso = `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().startsWith(iso) ? iso : null;
}

/** Why a typed date was not taken: not written as a date at all, or a date that does not exist (31/02/2014). */
export function dateProblem(text: string): 'errors.date' | 'errors.dateNotExist' {
  return typedDate.test(latinDigits(text)) ? 'errors.dateNotExist' : 'errors.date';
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(currentLanguage() === 'bn' ? 'bn-IN' : 'en-IN').format(n);
}
