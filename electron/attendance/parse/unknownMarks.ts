import type { MarkMeaning, UnknownMark } from '../types';

/** The unknown marks of one file, by the key the user's choice is made under. */
export type UnknownTally = Map<string, UnknownMark>;

/** Cells listed per unknown mark: enough for the user to find them, not ten thousand. */
const cellsListed = 5;

export function tallyUnknown(tally: UnknownTally, key: string, cell: string, meaning: MarkMeaning | null): void {
  let entry = tally.get(key);
  if (!entry) tally.set(key, (entry = { value: key, count: 0, cells: [], meaning }));
  entry.count += 1;
  if (entry.cells.length < cellsListed) entry.cells.push(cell);
}
