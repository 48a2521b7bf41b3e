import { asciiDigits } from './text';

/**
 * What the title rows say about the school: its 11-digit UDISE code (in either script, sometimes
 * spaced "1911 2300 101") and its name ("Name of the School: Nabapally F.P. School").
 */

const udiseLabelled = /u\s*[-.]?\s*dise[^0-9]{0,25}([0-9][0-9 \-/]{9,20}[0-9])/i;
const bengaliUdiseLabelled = /ইউ\s*-?\s*ডাইস[^0-9]{0,25}([0-9][0-9 \-/]{9,20}[0-9])/;
const elevenDigits = /(?<!\d)(\d{11})(?!\d)/;

/** The UDISE code in a title, when there is one. */
export function udiseIn(title: string): string | null {
  const text = asciiDigits(title);
  const labelled = udiseLabelled.exec(text) ?? bengaliUdiseLabelled.exec(text.normalize('NFC'));
  const digits = labelled?.[1]?.replace(/\D/g, '');
  if (digits && digits.length === 11) return digits;
  return elevenDigits.exec(text)?.[1] ?? null;
}

const schoolLabel =
  /^\s*(name\s+of\s+(the\s+)?(school|institution|vidyalaya)|school'?s?\s+name|school|বিদ্যালয়ের\s+নাম|বিদ্যালয়|স্কুলের\s+নাম|প্রতিষ্ঠানের\s+নাম)\s*[:：\-–—]?\s*/i;
const schoolWords =
  /\b(school|vidyalaya?|bidyalaya?|vidyapith|bidyapith|vidyapeeth|vidyamandir|bidyamandir|madrasah?|shiksha\s+kendra|siksha\s+kendra|ssk|msk|academy|niketan|f\s*\.?\s*p\.?)(?=$|[\s,.:;)\-–—])|বিদ্যালয়|বিদ্যাপীঠ|বিদ্যামন্দির|বিদ্যানিকেতন|নিকেতন|মাদ্রাসা|শিক্ষা\s*কেন্দ্র/i;
/** Where a school's name ends in a title: its code, the month, the class. */
const afterName = /\s*([,|;(]|\s[-–—]\s|\bu\s*[-.]?\s*dise\b|ইউ\s*-?\s*ডাইস|\bcode\b|\bclass\b|\bmonth\b|শ্রেণি|শ্রেণী).*$/i;

function cleanName(text: string): string | null {
  const name = text
    .replace(afterName, '')
    .replace(/^[\s:：\-–—]+|[\s:：\-–—.]+$/g, '')
    .trim();
  return name.length >= 3 && /\p{L}/u.test(name) ? name : null;
}

/** The school's name in the title texts (in reading order), when they give it. */
export function schoolNameIn(titles: readonly string[]): string | null {
  for (let i = 0; i < titles.length; i++) {
    const title = (titles[i] ?? '').normalize('NFC');
    const label = schoolLabel.exec(title);
    if (label) {
      const rest = title.slice(label[0].length);
      // "Name of the School:" in one cell and the name in the next.
      const name = cleanName(rest) ?? (rest.trim() === '' ? cleanName(titles[i + 1] ?? '') : null);
      if (name) return name;
    }
  }
  for (const raw of titles) {
    const title = raw.normalize('NFC');
    if (!schoolWords.test(title)) continue;
    // "Attendance Register — Nabapally F.P. School — November 2026": the part that names the school.
    const part = title.split(/\s[-–—|]\s|[|,;]/).find((p) => schoolWords.test(p)) ?? title;
    const name = cleanName(part);
    if (name) return name;
  }
  return null;
}
