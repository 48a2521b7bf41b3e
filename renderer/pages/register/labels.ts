import type { TFunction } from 'i18next';
import type { ApiInput } from '../../../electron/api/contract';

export type Sex = ApiInput<'children.create'>['sex'];
export type SchoolType = ApiInput<'schools.create'>['type'];

export const sexes: readonly Sex[] = ['female', 'male', 'other'];
export const schoolTypes: readonly SchoolType[] = ['primary', 'upper_primary', 'secondary', 'madrasah', 'other'];

/** 0 = pre-primary, 1..12 = Class I..XII, as West Bengal school registers write them. */
export const classGrades: readonly number[] = Array.from({ length: 13 }, (_, i) => i);

const roman = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** The class as written in a register: "Class V", "Pre-primary". */
export function classLabel(t: TFunction, grade: number | null | undefined): string {
  if (grade === null || grade === undefined) return '';
  if (grade === 0) return t('register.classes.prePrimary');
  return t('register.classes.named', { roman: roman[grade] ?? String(grade) });
}

/** The class and section in a table cell: "V-A", "PP". */
export function classSectionShort(t: TFunction, grade: number | null | undefined, section: string | null | undefined): string {
  const cls =
    grade === null || grade === undefined ? '' : grade === 0 ? t('register.classes.prePrimaryShort') : (roman[grade] ?? String(grade));
  return [cls, section ?? ''].filter(Boolean).join('-');
}

export { asciiDigits } from '../../format';
