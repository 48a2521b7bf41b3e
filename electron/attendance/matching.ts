import { nameTokens, tokenKey } from '../register/nameKey';

/**
 * Which child of the register a row of a school's attendance sheet is: pure, so it is tested
 * without a database. The register's spelling-variant keys (register/nameKey.ts) make "Prya Mandal"
 * the same name as "Priya Mondal", in either script.
 */

/** A child of the register at the school the sheet came from. */
export interface RegisterChild {
  id: number;
  childCode: string;
  nameEn: string | null;
  nameBn: string | null;
  /** children.name_key: space-padded keys of every name token. */
  nameKey: string;
  classGrade: number | null;
  section: string | null;
  roll: string | null;
}

export interface SheetRow {
  name: string;
  class: number | null;
  roll: string | null;
}

export interface MatchCandidate {
  childId: number;
  childCode: string;
  name: string;
  roll: string | null;
  class: number | null;
}

export type RowMatch =
  { kind: 'matched'; childId: number; childCode: string } | { kind: 'new' } | { kind: 'ambiguous'; candidates: MatchCandidate[] };

const bengaliZero = 0x09e6;

/** Roll numbers as schools write them: "07", "৭", " 7 " are the same roll. */
export function normalRoll(roll: string | null): string | null {
  if (roll === null) return null;
  const latin = roll.replace(/[\u09E6-\u09EF]/g, (d) => String(d.charCodeAt(0) - bengaliZero));
  const trimmed = latin
    .trim()
    .toUpperCase()
    .replace(/^0+(?=\d)/, '');
  return trimmed === '' ? null : trimmed;
}

function keySet(nameKey: string): Set<string> {
  return new Set(nameKey.trim().split(' ').filter(Boolean));
}

// A block's registers repeat a few hundred first names and surnames: each is keyed once.
const tokenKeys = new Map<string, string>();

/** The keys of a sheet's name, as register/nameKey.ts keys the register's names. */
function rowKeySet(name: string): Set<string> {
  const keys = new Set<string>();
  for (const token of nameTokens(name)) {
    let key = tokenKeys.get(token);
    if (key === undefined) {
      if (tokenKeys.size > 100_000) tokenKeys.clear();
      tokenKeys.set(token, (key = tokenKey(token)));
    }
    keys.add(key);
  }
  return keys;
}

/**
 * Names are similar when every part of the shorter one matches a part of the other, as the register's
 * duplicate check has it: "Priya Mondal" ~ "Prya Mandal" ~ "Priya", not "Sourav Mondal".
 */
function similar(row: Set<string>, child: Set<string>): boolean {
  if (row.size === 0 || child.size === 0) return false;
  let shared = 0;
  for (const k of row) if (child.has(k)) shared += 1;
  return shared === Math.min(row.size, child.size);
}

interface Indexed {
  child: RegisterChild;
  keys: Set<string>;
  roll: string | null;
}

function candidateOf(c: RegisterChild): MatchCandidate {
  return { childId: c.id, childCode: c.childCode, name: c.nameEn ?? c.nameBn ?? '', roll: c.roll, class: c.classGrade };
}

/**
 * Matches every row of one school's file to that school's register children:
 * 1. same class, same roll and a similar name → that child;
 * 2. otherwise one child of the same class (or a class apart: promoted in January, or an older
 *    month imported late) with a similar name → that child, unless another child of the class holds
 *    the row's roll;
 * 3. a roll that matches while the name clearly differs, or several similar children → ambiguous,
 *    for the user to decide;
 * 4. nobody → a new child.
 * A register child claimed by two rows makes both ambiguous: a file never merges two children.
 */
export function matchRows(rows: readonly SheetRow[], register: readonly RegisterChild[]): RowMatch[] {
  const byClass = new Map<number | null, Indexed[]>();
  const all: Indexed[] = [];
  for (const child of register) {
    const entry = { child, keys: keySet(child.nameKey), roll: normalRoll(child.roll) };
    all.push(entry);
    const list = byClass.get(child.classGrade) ?? [];
    list.push(entry);
    byClass.set(child.classGrade, list);
  }
  const withoutClass = byClass.get(null) ?? [];
  const classLists = new Map<number, Indexed[]>();
  const inClass = (grade: number | null): Indexed[] => {
    if (grade === null) return all;
    let list = classLists.get(grade);
    if (!list) classLists.set(grade, (list = [...(byClass.get(grade) ?? []), ...withoutClass]));
    return list;
  };

  const matches = rows.map((row): RowMatch => {
    const keys = rowKeySet(row.name);
    const roll = normalRoll(row.roll);
    const sameClass = inClass(row.class);
    const rollHolders = roll === null ? [] : sameClass.filter((c) => c.roll === roll);

    const exact = rollHolders.filter((c) => similar(keys, c.keys));
    if (exact.length === 1 && exact[0]) return { kind: 'matched', childId: exact[0].child.id, childCode: exact[0].child.childCode };
    if (exact.length > 1) return { kind: 'ambiguous', candidates: exact.map((c) => candidateOf(c.child)) };

    // A class apart: promoted in January, or an older month's sheet imported after the register moved on.
    const neighbours = row.class === null ? [] : [...(byClass.get(row.class - 1) ?? []), ...(byClass.get(row.class + 1) ?? [])];
    const byName = [...sameClass, ...neighbours].filter((c) => similar(keys, c.keys));
    if (byName.length === 1 && byName[0]) {
      const named = byName[0];
      const other = rollHolders.filter((c) => c !== named);
      if (other.length === 0) return { kind: 'matched', childId: named.child.id, childCode: named.child.childCode };
      return { kind: 'ambiguous', candidates: [named, ...other].map((c) => candidateOf(c.child)) };
    }
    if (byName.length > 1) return { kind: 'ambiguous', candidates: byName.map((c) => candidateOf(c.child)) };
    if (rollHolders.length > 0) return { kind: 'ambiguous', candidates: rollHolders.map((c) => candidateOf(c.child)) };
    return { kind: 'new' };
  });

  const claims = new Map<number, number>();
  for (const m of matches) if (m.kind === 'matched') claims.set(m.childId, (claims.get(m.childId) ?? 0) + 1);
  const registerById = new Map(register.map((c) => [c.id, c]));
  return matches.map((m) => {
    if (m.kind !== 'matched' || (claims.get(m.childId) ?? 0) < 2) return m;
    const child = registerById.get(m.childId);
    return { kind: 'ambiguous', candidates: child ? [candidateOf(child)] : [] };
  });
}
