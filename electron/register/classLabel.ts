import { translate, type Language } from '../api/messages';

const roman = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** A class as schools write it (Class IV-A), in the user's language; 0 is pre-primary. */
export function classLabel(language: Language, grade: number | null, section: string | null): string {
  if (grade === null) return '';
  const name = grade === 0 ? translate(language, 'register.classes.prePrimary') : (roman[grade] ?? String(grade));
  return section ? `${name}-${section}` : name;
}
