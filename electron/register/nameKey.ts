/**
 * Spelling-variant keys for names: the one name key the register's search (register/childrenQuery.ts)
 * and the attendance import's matching (attendance/matching.ts) share. The same child is written
 * Mondal, Mandal or Mondol in English transliteration, মণ্ডল in Bengali, and registers abbreviate
 * Sheikh to Sk. and Mohammad to Md. Each name token is reduced to a consonant skeleton that these
 * variants share: vowels and the aspiration `h` dropped, sounds that transliterations mix up merged,
 * doubled letters collapsed. Bengali script is reduced to the same Latin skeleton, so a search in
 * either script finds both.
 *
 * Where the equivalences come from:
 * - The Library of Congress ALA-LC romanization table for Bengali
 *   (https://www.loc.gov/catdir/cpso/romanization/bengali.pdf): one Latin letter per consonant pair
 *   (ক/খ k/kh, চ/ছ c/ch, জ/ঝ j/jh, ট/ঠ ṭ/ṭh, ত/থ t/th, দ/ধ d/dh, ব/ভ b/bh), ś ṣ s for শ ষ স, ẏ for
 *   য়, and both য and জ read j in Bengali: hence h dropped, sh = s, z = j, w/v = b (Bengali has no
 *   separate v: ব is written b, v or w, "Biswas"/"Wiswas", "Vijay"/"Bijoy").
 * - The Hunterian system, the Government of India's romanisation of place and personal names in the
 *   British period (https://en.wikipedia.org/wiki/Hunterian_transliteration), with its anglicised
 *   hard c before a, o, u ("Calcutta", "Cooch Behar", renamed Kolkata in 2001:
 *   https://en.wikipedia.org/wiki/Kolkata#Etymology): c before a, o, u = k; ee = i and oo = u (its
 *   long vowels); a final inherent a written or not (Rahima/Rahim-a); double letters for geminates.
 * - Wikipedia's "Bengali name" (https://en.wikipedia.org/wiki/Bengali_name): the same name as
 *   Shumon/Sumon/Suman (সুমন), Choudhuri/Chowdhury (চৌধুরী), Md./Mohammad: hence vowels dropped, w
 *   after a vowel a glide (ow = ou), y after a vowel a glide (Roy/Ray/Rai, রায়), -jit/-jeet (জিৎ).
 */

const latinMerges: [RegExp, string][] = [
  // Hard c of the anglicised spellings (Calcutta, Cooch): before a, o, u it is k.
  [/c(?=[aou])/g, 'k'],
  [/ph/g, 'f'],
  [/h/g, ''],
  // w and y after a vowel are glides of the vowel (Chowdhury/Choudhury, Roy/Rai, Priya/Prya); a word-initial y is j (Yasmin/Jasmin).
  [/(?<=[aeiou])w/g, ''],
  [/(?<=.)y/g, ''],
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
  mohmmad: 'mohammad',
  kr: 'kumar',
  mahammad: 'mohammad',
  muhammad: 'mohammad',
};

/** Bengali abbreviations of Mohammad (মোঃ, মো:, মহঃ), keyed as Md. */
const bengaliAbbreviations = new Set(['মোঃ', 'মো', 'মহঃ', 'মোহাঃ', 'মুহঃ'].map((w) => w.normalize('NFC')));

// Bengali consonants mapped to the Latin skeleton letters above. NFC keeps ড়, ঢ় and য় as a
// consonant plus nukta, so those pairs are replaced first. য় after a vowel letter at the start
// (ইয়াসমিন) is the y of Yasmin, j like a word-initial Latin y; elsewhere (রায়, প্রিয়া) and the
// ya-phala (সত্য) it is a glide, dropped like a Latin y after a vowel.
const bengaliPairs: [RegExp, string][] = [
  [/^[\u0985-\u0994]\u09AF\u09BC/g, 'j'],
  [/\u09CD\u09AF/g, ''], // ya-phala
  [/\u09A1\u09BC/g, 'r'],
  [/\u09A2\u09BC/g, 'r'],
  [/\u09AF\u09BC/g, ''], // য়
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
  if (bengaliAbbreviations.has(text)) return latinSkeleton('mohammad');
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

/**
 * Keys of what the user typed in the search box; each must match the start of a stored token key.
 * An initial ("A. Rahman") or a one-letter word keys to a single letter that no full name's key need
 * start with: among several words it is left out, so the query does not fail on it.
 */
export function queryKeys(query: string): string[] {
  const words = nameTokens(query);
  const keys = words.map(tokenKey).filter(Boolean);
  const full = keys.filter((k, i) => k.length > 1 || (words[i]?.length ?? 0) > 2);
  return full.length > 0 ? full : keys;
}
