import { currentLanguage } from '../../i18n';

const units = [
  [1024 ** 3, 'gigabyte'],
  [1024 ** 2, 'megabyte'],
  [1024, 'kilobyte'],
] as const;

/** A file size for people: 12.4 MB, in the UI's language. */
export function formatBytes(bytes: number): string {
  const locale = currentLanguage() === 'bn' ? 'bn-IN' : 'en-IN';
  const [size, unit] = units.find(([step]) => bytes >= step) ?? [1, 'byte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(bytes / size);
}
