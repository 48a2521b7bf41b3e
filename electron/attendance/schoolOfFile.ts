import { nameTokens, tokenKey } from '../register/nameKey';
import type { ColumnMapping } from './types';

/**
 * Which school of the register a file is from: its UDISE code in the title rows, else its name
 * (spelling variants, either script), else the school remembered for the file's layout.
 */

export interface KnownSchool {
  id: number;
  name: string;
  udise: string;
}

export interface RememberedLayout {
  schoolId: number;
  mappings: Record<string, ColumnMapping>;
}

export type SchoolGuess = 'udise' | 'name' | 'layout' | 'chosen';

// Words every school name is made of; two names that differ only in these are the same school
// ("Taki High School" = "টাকি উচ্চ বিদ্যালয়"). Girls/boys stay: they tell two schools of a village apart.
const genericWords = [
  'school',
  'vidyalaya',
  'vidyalay',
  'bidyalaya',
  'bidyalay',
  'vidyapith',
  'vidyapeeth',
  'primary',
  'prathamik',
  'high',
  'higher',
  'secondary',
  'junior',
  'jr',
  'fp',
  'free',
  'sishu',
  'shishu',
  'siksha',
  'shiksha',
  'kendra',
  'ssk',
  'msk',
  'madrasah',
  'madrasa',
  'বিদ্যালয়',
  'প্রাথমিক',
  'উচ্চ',
  'উচ্চতর',
  'মাধ্যমিক',
  'শিশু',
  'শিক্ষা',
  'কেন্দ্র',
  'মাদ্রাসা',
  'অবৈতনিক',
];
const genericKeys = new Set(genericWords.map(tokenKey));

function tokensOf(name: string): string[] {
  // "F.P." is one word written with stops.
  return nameTokens(name.replace(/\b([a-z])\.(?=[a-z]\.)/gi, '$1')).map(tokenKey);
}

/** The whole name's skeleton ("Uttar Bagundi F.P. School" = "UTTAR BAGUNDI FP SCHOOL"). */
function fullKey(name: string): string {
  return tokensOf(name).join('');
}

/** The distinctive words' skeletons, sorted. */
function coreKey(name: string): string {
  return [...new Set(tokensOf(name).filter((k) => !genericKeys.has(k)))].sort().join(' ');
}

function onlyOne<T>(list: T[]): T | null {
  return list.length === 1 ? (list[0] ?? null) : null;
}

export function schoolByName(name: string, schools: readonly KnownSchool[]): KnownSchool | null {
  const full = fullKey(name);
  if (!full) return null;
  const exact = onlyOne(schools.filter((s) => fullKey(s.name) === full));
  if (exact) return exact;
  const core = coreKey(name);
  return core ? onlyOne(schools.filter((s) => coreKey(s.name) === core)) : null;
}

export function schoolOfFile(options: {
  chosenId: number | null;
  hint: { udise: string | null; name: string | null };
  layout: RememberedLayout | null;
  schools: readonly KnownSchool[];
}): { school: KnownSchool; guess: SchoolGuess } | null {
  const { chosenId, hint, layout, schools } = options;
  const byId = (id: number) => schools.find((s) => s.id === id) ?? null;
  const chosen = chosenId === null ? null : byId(chosenId);
  if (chosen) return { school: chosen, guess: 'chosen' };
  const udise = hint.udise?.replace(/\D/g, '');
  const byUdise = udise ? schools.find((s) => s.udise === udise) : undefined;
  if (byUdise) return { school: byUdise, guess: 'udise' };
  const byName = hint.name ? schoolByName(hint.name, schools) : null;
  if (byName) return { school: byName, guess: 'name' };
  const remembered = layout ? byId(layout.schoolId) : null;
  if (remembered) return { school: remembered, guess: 'layout' };
  return null;
}
