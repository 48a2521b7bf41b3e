import { normalRoll } from '../matching';
import type { DuplicateRoll, ParsedChild } from '../types';

/**
 * Rolls written on two rows of the same class and section: which row is which child the user must
 * say (or correct one roll), since matching by roll would otherwise give both rows' marks to one child.
 * Rolls restart in each section, so the section is part of the key. A row whose class neither the
 * sheet nor a column says is not known to share a class with another: a whole school's list on one
 * sheet repeats roll 1 in every class, and matching then goes by name (matching.ts).
 */
export function duplicateRollsOf(children: readonly ParsedChild[]): DuplicateRoll[] {
  const groups = new Map<string, DuplicateRoll>();
  for (const child of children) {
    const roll = normalRoll(child.roll);
    if (roll === null || child.class === null) continue;
    const key = `${child.class}|${child.section ?? ''}|${roll}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { sheet: child.sheet, class: child.class, section: child.section, roll, rows: [] }));
    group.rows.push({ sheet: child.sheet, row: child.row, name: child.name });
  }
  return [...groups.values()].filter((g) => g.rows.length > 1);
}
