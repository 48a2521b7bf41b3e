import { wordsOf } from './text';

/**
 * Reading a class as schools write it: "Class II", "Class-3", "CL IV", "III-A", "3A", "শ্রেণি ৩",
 * "তৃতীয় শ্রেণি", "Pre-primary". Grades are 1..12, 0 for pre-primary.
 */

const gradeWords = new Map<string, number>();
const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const englishOrdinals = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];
const englishNumbers = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const suffixes = ['st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th', 'th', 'th', 'th'];
const bengaliOrdinals = ['প্রথম', 'দ্বিতীয়', 'তৃতীয়', 'চতুর্থ', 'পঞ্চম', 'ষষ্ঠ', 'সপ্তম', 'অষ্টম', 'নবম', 'দশম', 'একাদশ', 'দ্বাদশ'];
for (let grade = 1; grade <= 12; grade++) {
  const i = grade - 1;
  for (const word of [
    romans[i],
    englishOrdinals[i],
    englishNumbers[i],
    bengaliOrdinals[i],
    String(grade),
    `0${grade}`,
    `${grade}${suffixes[i]}`,
  ]) {
    if (word) gradeWords.set(word.normalize('NFC'), grade);
  }
}
for (const word of ['pp', 'kg', 'lkg', 'ukg', 'nursery', 'preprimary', 'pre primary', 'prak prathamik', 'প্রাক প্রাথমিক', 'প্রাক']) {
  gradeWords.set(word.normalize('NFC'), 0);
}

const classLabels = new Set(['class', 'cl', 'cls', 'std', 'standard', 'grade', 'শ্রেণি', 'শ্রেণী', 'ক্লাস'].map((w) => w.normalize('NFC')));
const sectionLabels = new Set(['sec', 'section', 'বিভাগ', 'সেকশন'].map((w) => w.normalize('NFC')));
const sectionLetters = new Map<string, string>([
  ...'abcdefgh'.split('').map((l): [string, string] => [l, l.toUpperCase()]),
  ['ক', 'ক'],
  ['খ', 'খ'],
  ['গ', 'গ'],
  ['ঘ', 'ঘ'],
]);

export interface ClassOf {
  grade: number;
  section: string | null;
}

function gradeAt(tokens: string[], i: number): { grade: number; used: number; section: string | null } | null {
  const token = tokens[i];
  if (token === undefined) return null;
  const two = `${token} ${tokens[i + 1] ?? ''}`;
  const twoWord = gradeWords.get(two);
  if (twoWord !== undefined) return { grade: twoWord, used: 2, section: null };
  const grade = gradeWords.get(token);
  if (grade !== undefined) return { grade, used: 1, section: null };
  // "3A", "10B": grade and section written together.
  const glued = /^(\d{1,2})([a-h])$/.exec(token);
  const gluedGrade = glued ? gradeWords.get(glued[1] ?? '') : undefined;
  if (glued && gluedGrade !== undefined) return { grade: gluedGrade, used: 1, section: (glued[2] ?? '').toUpperCase() };
  return null;
}

function sectionAt(tokens: string[], i: number): { section: string; used: number } | null {
  const token = tokens[i];
  if (token === undefined) return null;
  if (sectionLabels.has(token)) {
    const letter = sectionLetters.get(tokens[i + 1] ?? '');
    return letter ? { section: letter, used: 2 } : null;
  }
  const letter = sectionLetters.get(token);
  return letter ? { section: letter, used: 1 } : null;
}

/**
 * A class written as the whole text (a sheet name, a class column's cell): an optional "Class"
 * word, the grade, an optional section, and nothing else.
 */
export function classOfText(text: string): ClassOf | null {
  const tokens = wordsOf(text).split(' ');
  let i = classLabels.has(tokens[0] ?? '') ? 1 : 0;
  const grade = gradeAt(tokens, i);
  if (!grade) return null;
  i += grade.used;
  // Bengali puts the class word after the grade: "তৃতীয় শ্রেণি".
  if (i === tokens.length - 1 && classLabels.has(tokens[i] ?? '')) return { grade: grade.grade, section: grade.section };
  let section = grade.section;
  if (i < tokens.length && section === null) {
    const found = sectionAt(tokens, i);
    if (!found) return null;
    section = found.section;
    i += found.used;
  }
  return i === tokens.length ? { grade: grade.grade, section } : null;
}

/** A class named inside a longer title ("Class: III   Section: A", "শ্রেণি - ৩"), after a class word. */
export function classInTitle(text: string): ClassOf | null {
  const tokens = wordsOf(text).split(' ');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (classLabels.has(token)) {
      const grade = gradeAt(tokens, i + 1);
      if (!grade) continue;
      const at = i + 1 + grade.used;
      const section = grade.section ?? sectionAt(tokens, at)?.section ?? null;
      return { grade: grade.grade, section };
    }
    // "তৃতীয় শ্রেণি"
    const grade = gradeAt(tokens, i);
    if (grade && classLabels.has(tokens[i + grade.used] ?? '') && !/^\d/.test(token)) return { grade: grade.grade, section: null };
  }
  return null;
}
