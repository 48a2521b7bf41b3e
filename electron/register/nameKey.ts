/**
 * Spelling-variant keys for names. The same child is written Mondal, Mandal or Mondol in English
 * transliteration, মণ্ডল in Bengali, and registers abbreviate Sheikh to Sk. and Mohammad to Md.
 * Each name token is reduced to a consonant skeleton that these variants share: vowels and the
 * aspiration `h` dropped, sounds that transliterations mix up merged, doubled letters collapsed.
 * Bengali script is reduced to the same Latin skeleton, so a search in either script finds both.
 */

const latinMerges: [RegExp, string][] = [
  [/ph/g, 'f'],
  [/h/g, ''],
  [/[aeiou]/g, ''],
  [/w/g, 'b'],
  [/v/g, 'b'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/z/g, 'j'],
  [/y/g, 'j'],
  [/ck/g, 'k'],
  [/(.)\1+/g, '$1'],
];

/** Abbreviations registers use, expanded before keying. */
const abbreviations: Record<string, string> = {
  sk: 'sheikh',
  sekh: 'sheikh',
  shaikh: 'sheikh',
  md: 'mohammad',
  mohd: 'mohammad',
  mahammad: 'mohammad',
  muhammad: 'mohammad',
};

// Bengali consonants mapped to the Latin skeleton letters above. NFC keeps ড়, ঢ় and য় as a
// consonant plus nukta, so those pairs are replaced first.
const bengaliPairs: [RegExp, string][] = [
  [/\u09CD\u09AF/g, 'j'], // ya-phala
  [/\u09A1\u09BC/g, 'r'],
  [/\u09A2\u09BC/g, 'r'],
  [/\u09AF\u09BC/g, 'j'], // য়, written y or j in transliteration
];
const bengaliConsonants = new Map<string, string>(
  Object.entries({
    k: 'কখ',
    g: 'গঘ',
    n: 'ঙঞণনং',
    c: 'চছ',
    j: 'জঝয',
    t: 'টঠতথৎ',
    d: 'ডঢদধ',
    p: 'প',
    f: 'ফ',
    b: 'বভ',
    m: 'ম',
    r: 'র',
    l: 'ল',
    s: 'শষস',
  }).flatMap(([latin, letters]) => [...letters].map((l): [string, string] => [l, latin])),
);

function bengaliSkeleton(token: string): string {
  let text = token.normalize('NFC');
  for (const [pattern, latin] of bengaliPairs) text = text.replace(pattern, latin);
  let out = '';
  for (const ch of text) {
    const mapped = bengaliConsonants.get(ch);
    if (mapped !== undefined) out += mapped;
    else if (/[a-z0-9]/.test(ch)) out += ch;
    // হ, vowels, vowel signs, hasanta, chandrabindu: no consonant of the skeleton, like Latin vowels and h
  }
  return out.replace(/(.)\1+/g, '$1');
}

function latinSkeleton(token: string): string {
  const expanded = abbreviations[token] ?? token;
  let out = expanded;
  // A name that is only vowels (e.g. "Ai") keeps its first letter so it is not an empty key.
  const first = out[0] ?? '';
  for (const [pattern, replacement] of latinMerges) out = out.replace(pattern, replacement);
  return out || first;
}

const bengaliBlock = /[\u0980-\u09FF]/;

export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{Nd}]+/u)
    .filter(Boolean);
}

export function tokenKey(token: string): string {
  const t = token.toLowerCase();
  return bengaliBlock.test(t) ? bengaliSkeleton(t) : latinSkeleton(t.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** The stored search key of a child: the skeleton of every token of every name, space-padded. */
export function nameKeyOf(...names: (string | null | undefined)[]): string {
  const keys = new Set<string>();
  for (const name of names) for (const token of nameTokens(name ?? '')) keys.add(tokenKey(token));
  return ` ${[...keys].join(' ')} `;
}

/** Keys of what the user typed in the search box; each must match the start of a stored token key. */
export function queryKeys(query: string): string[] {
  return nameTokens(query).map(tokenKey).filter(Boolean);
}
