/** Calendar arithmetic on YYYY-MM months, the unit attendance is imported and flagged in. */

export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Whole months from `a` to `b` (b − a); 1 when b is the month after a. */
export function monthsBetween(a: string, b: string): number {
  // Sliced, not split: the worklist of a block asks this a few hundred thousand times.
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

/** The ISO date of day `day` (1-based) of a month. */
export function dayOf(month: string, day: number): string {
  return `${month}-${String(day).padStart(2, '0')}`;
}

export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
