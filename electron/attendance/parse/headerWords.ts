import { wordsOf } from './text';

/**
 * What a header cell says a column holds, in the words English and Bengali registers use.
 * A serial number ("Sl. No.", "ক্রমিক নং") is not the roll: it is only the row's position.
 */
export type HeaderRole = 'name' | 'student' | 'roll' | 'class' | 'section' | 'sex' | 'total' | 'guardian' | 'village' | 'gp' | 'phone';

const nfc = (words: string[]) => words.map((w) => w.normalize('NFC'));

const nameWords = new Set(nfc(['name', 'names', 'নাম', 'নামঃ']));
/** Words for the child, alone ("Student") or with "name" ("Name of the student", "ছাত্র/ছাত্রীর নাম"). */
const studentStarts = nfc(['student', 'pupil', 'child', 'ছাত্র', 'শিক্ষার্থী', 'পড়ুয়া']);
/** A title about the school or its staff: not a column of the child. */
const otherPeopleStarts = nfc(['school', 'teacher', 'head', 'বিদ্যালয়', 'স্কুল', 'শিক্ষক', 'প্রধান']);
/** The child's guardian: "Father's name", "Guardian", "পিতার নাম", "অভিভাবকের নাম", "মায়ের নাম". */
const guardianStarts = nfc(['father', 'mother', 'guardian', 'parent', 'পিতা', 'মাতা', 'বাবা', 'অভিভাবক']);
const guardianWords = new Set(nfc(['মা', 'মায়ের']));
/** A column about the guardian that is not their name. */
const notGuardianNameWords = new Set(nfc(['occupation', 'profession', 'income', 'age', 'পেশা', 'আয়', 'বয়স']));
/** Where the child lives: "Village", "Vill./Para", "Address", "গ্রাম", "পাড়া", "ঠিকানা". */
const villageStarts = nfc(['village', 'vill', 'para', 'address', 'mohalla', 'গ্রাম', 'পাড়া', 'ঠিকানা', 'মহল্লা']);
/** The Gram Panchayat: "G.P.", "Gram Panchayat", "গ্রাম পঞ্চায়েত"; a ward in a municipality. */
const gpStarts = nfc(['panchayat', 'panchayet', 'পঞ্চায়েত', 'পঞ্চায়েৎ']);
const gpWords = new Set(nfc(['gp', 'g p', 'ward']));
/** A phone number: "Mobile No.", "Guardian's phone", "Contact", "ফোন নং", "মোবাইল". */
const phoneStarts = nfc(['phone', 'mobile', 'contact', 'tel', 'ফোন', 'মোবাইল', 'যোগাযোগ']);
const phoneWords = new Set(nfc(['mob', 'ph', 'ph no']));
const rollStarts = nfc(['roll', 'রোল']);
const classWords = new Set(nfc(['class', 'cl', 'cls', 'std', 'standard', 'grade', 'শ্রেণি', 'শ্রেণী', 'ক্লাস']));
const sectionWords = new Set(nfc(['sec', 'section', 'div', 'division', 'বিভাগ', 'সেকশন']));
const sexWords = new Set(nfc(['sex', 'gender', 'লিঙ্গ']));
const sexPairs = new Set(nfc(['b g', 'g b', 'm f', 'f m', 'boy girl', 'girl boy', 'ছেলে মেয়ে', 'বালক বালিকা', 'ছাত্র ছাত্রী']));
const totalWords = new Set(nfc(['total', 'মোট', 'সর্বমোট']));
const presentWords = new Set(nfc(['present', 'presence', 'attendance', 'attended', 'p', 'উপস্থিত', 'উপস্থিতি', 'উপস্থিতির', 'হাজিরা']));
/** A total of something other than days present. */
const notPresentWords = new Set(
  nfc([
    'absent',
    'absence',
    'abs',
    'a',
    'ab',
    'working',
    'open',
    'school',
    'percentage',
    'percent',
    '%',
    'অনুপস্থিত',
    'অনুপস্থিতি',
    'কার্যদিবস',
    'খোলা',
    'শতাংশ',
  ]),
);
const dayWords = new Set(nfc(['days', 'day', 'দিন', 'দিবস']));

function startsWithAny(token: string, starts: readonly string[]): boolean {
  for (const start of starts) if (token.startsWith(start)) return true;
  return false;
}

/** The role a header cell names, or null. */
export function headerRoleOf(text: string): HeaderRole | null {
  const words = wordsOf(text);
  if (words === '' || words.length > 60) return null;
  const tokens = words.split(' ');
  const [first = ''] = tokens;
  const about = addressRoleOf(words, tokens);
  if (about !== undefined) return about;
  let hasName = false;
  let hasStudent = false;
  let hasTotal = false;
  let hasPresent = false;
  let hasDays = false;
  let hasOtherCount = false;
  for (const token of tokens) {
    if (startsWithAny(token, otherPeopleStarts)) return null;
    if (nameWords.has(token)) hasName = true;
    if (startsWithAny(token, studentStarts)) hasStudent = true;
    if (totalWords.has(token)) hasTotal = true;
    if (presentWords.has(token)) hasPresent = true;
    if (dayWords.has(token)) hasDays = true;
    if (notPresentWords.has(token)) hasOtherCount = true;
    if (startsWithAny(token, rollStarts)) return 'roll';
    if (sexWords.has(token)) return 'sex';
  }
  if (sexPairs.has(words)) return 'sex';
  if (hasName && tokens.length <= 6) return 'name';
  if (classWords.has(first) && tokens.length <= 3) return 'class';
  if (sectionWords.has(first) && tokens.length <= 2) return 'section';
  if (!hasOtherCount && hasTotal && (hasPresent || tokens.length <= 2)) return 'total';
  if (!hasOtherCount && hasPresent && hasDays) return 'total';
  if (hasStudent && tokens.length <= 3) return 'student';
  return null;
}

/** Whether a total header speaks of presence ("Total present") rather than a bare "Total". */
export function isPresentTotal(text: string): boolean {
  return wordsOf(text)
    .split(' ')
    .some((t) => presentWords.has(t));
}

/** Whether a name header speaks of the child ("Name of the student") rather than a bare "Name". */
export function isStudentName(text: string): boolean {
  return wordsOf(text)
    .split(' ')
    .some((t) => startsWithAny(t, studentStarts));
}

/**
 * The columns of where the child lives and whom to ask for: phone first ("Guardian's mobile" is a
 * phone), then the Gram Panchayat ("গ্রাম পঞ্চায়েত" is not a village), the village, the guardian.
 * undefined when the header is none of these; null when it is about the guardian but not their name.
 */
function addressRoleOf(words: string, tokens: string[]): HeaderRole | null | undefined {
  if (tokens.length > 6 || tokens.some((t) => startsWithAny(t, otherPeopleStarts))) return undefined;
  if (phoneWords.has(words) || tokens.some((t) => startsWithAny(t, phoneStarts))) return 'phone';
  if (gpWords.has(words) || (tokens[0] === 'g' && tokens[1] === 'p') || tokens.some((t) => startsWithAny(t, gpStarts) || t === 'gp'))
    return 'gp';
  if (tokens.some((t) => startsWithAny(t, villageStarts))) return 'village';
  if (tokens.some((t) => startsWithAny(t, guardianStarts) || guardianWords.has(t))) {
    return tokens.some((t) => notGuardianNameWords.has(t)) ? null : 'guardian';
  }
  return undefined;
}

/** The guardian's relation a header names ("Father's name" → father), in the register's own language; null for "Guardian". */
export function guardianRelationOf(text: string): string | null {
  const tokens = wordsOf(text).split(' ');
  const bengali = /[\u0980-\u09FF]/.test(text);
  if (tokens.some((t) => t.startsWith('father') || t.startsWith('পিতা') || t.startsWith('বাবা'))) return bengali ? 'বাবা' : 'Father';
  if (tokens.some((t) => t.startsWith('mother') || t.startsWith('মাতা') || t === 'মা' || t === 'মায়ের'.normalize('NFC')))
    return bengali ? 'মা' : 'Mother';
  return null;
}
