/**
 * A day as the office lives it: the local date of the PC the app runs on. Timestamps are stored in
 * UTC, but between midnight and 05:30 in India the UTC date is still yesterday.
 */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
