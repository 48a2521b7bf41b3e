/** The digits of each language: Bengali screens write ০–৯, English ones 0–9. Pure, so i18n and format share it. */
const bengaliDigits = '০১২৩৪৫৬৭৮৯';

export function digitsFor(text: string, lang: 'en' | 'bn'): string {
  return lang === 'bn' ? text.replace(/[0-9]/g, (d) => bengaliDigits.charAt(Number(d))) : text;
}
