import { nameKeyOf } from './nameKey';

export interface DuplicateCandidate {
  id: number;
  nameKey: string;
  age: number | null;
}

function keySet(nameKey: string): Set<string> {
  return new Set(nameKey.trim().split(' ').filter(Boolean));
}

/**
 * A likely duplicate is a child of the same school every part of whose name (or of the new name,
 * whichever has fewer parts) matches a part of the other, with an age within a year. Spelling
 * variants share keys by construction, so "Priya Mondal" meets "Prya Mandal" but not "Sourav Mondal".
 */
export function likelyDuplicates<T extends DuplicateCandidate>(
  names: { nameEn: string | null; nameBn: string | null },
  age: number | null,
  candidates: T[],
): T[] {
  const mine = keySet(nameKeyOf(names.nameEn, names.nameBn));
  if (mine.size === 0) return [];
  return candidates.filter((c) => {
    if (age !== null && c.age !== null && Math.abs(age - c.age) > 1) return false;
    const theirs = keySet(c.nameKey);
    let shared = 0;
    for (const k of mine) if (theirs.has(k)) shared += 1;
    const smaller = Math.min(mine.size, theirs.size);
    return shared > 0 && shared === smaller;
  });
}
