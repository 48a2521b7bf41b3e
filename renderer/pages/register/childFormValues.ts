import type { TFunction } from 'i18next';
import type { ApiInput, ApiResult } from '../../../electron/api/contract';
import { dateProblem, formatDate, parseDate } from '../../format';
import { asciiDigits, type Sex } from './labels';

export type ChildDetail = ApiResult<'children.get'>;
export type ChildInput = ApiInput<'children.create'>;

export type ChildField =
  | 'nameEn'
  | 'nameBn'
  | 'sex'
  | 'dateOfBirth'
  | 'ageYears'
  | 'guardianName'
  | 'guardianRelation'
  | 'phone'
  | 'village'
  | 'gramPanchayat'
  | 'schoolId'
  | 'classGrade'
  | 'section'
  | 'roll';

export const childFields: readonly ChildField[] = [
  'nameEn',
  'nameBn',
  'sex',
  'dateOfBirth',
  'ageYears',
  'guardianName',
  'guardianRelation',
  'phone',
  'village',
  'gramPanchayat',
  'schoolId',
  'classGrade',
  'section',
  'roll',
];

/** What the form holds: text as typed (dates DD/MM/YYYY, digits possibly Bengali), choices as values. */
export interface ChildFormValues {
  nameEn: string;
  nameBn: string;
  sex: Sex | null;
  birthKnown: 'dob' | 'age';
  dateOfBirth: string;
  ageYears: string;
  guardianName: string;
  guardianRelation: string;
  phone: string;
  village: string;
  gramPanchayat: string;
  schoolId: number | null;
  classGrade: number | null;
  section: string;
  roll: string;
}

export function initialChildValues(child: ChildDetail | null): ChildFormValues {
  return {
    nameEn: child?.nameEn ?? '',
    nameBn: child?.nameBn ?? '',
    sex: child?.sex ?? null,
    birthKnown: child?.birthBasis ?? 'dob',
    dateOfBirth: formatDate(child?.dateOfBirth),
    // A reported age is shown as it is today; the server keeps the day it was told if it is unchanged.
    ageYears: child?.birthBasis === 'age' && child.age !== null ? String(child.age) : '',
    guardianName: child?.guardianName ?? '',
    guardianRelation: child?.guardianRelation ?? '',
    phone: child?.phone ?? '',
    village: child?.village ?? '',
    gramPanchayat: child?.gramPanchayat ?? '',
    schoolId: child?.schoolId ?? null,
    classGrade: child?.classGrade ?? null,
    section: child?.section ?? '',
    roll: child?.roll ?? '',
  };
}

/**
 * The API input from the form, or the field errors the user must fix first. Only what the UI alone
 * can know is checked here (a date that does not parse, a choice not made); the server checks the rest.
 */
export function childInputOf(
  t: TFunction,
  v: ChildFormValues,
): { input: ChildInput; errors?: undefined } | { input?: undefined; errors: Partial<Record<ChildField, string>> } {
  const errors: Partial<Record<ChildField, string>> = {};
  if (!v.nameEn.trim() && !v.nameBn.trim()) errors.nameEn = t('errors.childName');
  if (!v.sex) errors.sex = t('errors.sex');
  let dateOfBirth: string | null = null;
  let ageYears: number | null = null;
  if (v.birthKnown === 'dob') {
    const typed = asciiDigits(v.dateOfBirth).trim();
    dateOfBirth = typed ? parseDate(typed) : null;
    if (!typed) errors.dateOfBirth = t('errors.birthRequired');
    else if (!dateOfBirth) errors.dateOfBirth = t(dateProblem(typed));
  } else {
    const typed = asciiDigits(v.ageYears).trim();
    ageYears = /^\d{1,2}$/.test(typed) ? Number(typed) : null;
    if (!typed) errors.ageYears = t('errors.birthRequired');
    else if (ageYears === null || ageYears > 25) errors.ageYears = t('errors.age');
  }
  if (!v.sex || Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      nameEn: v.nameEn,
      nameBn: v.nameBn,
      sex: v.sex,
      dateOfBirth,
      ageYears,
      guardianName: v.guardianName,
      guardianRelation: v.guardianRelation,
      phone: asciiDigits(v.phone),
      village: v.village,
      gramPanchayat: v.gramPanchayat,
      schoolId: v.schoolId,
      classGrade: v.classGrade,
      section: v.section,
      roll: asciiDigits(v.roll),
    },
  };
}

/** A new child is always checked for duplicates; an edited one only when its name or school changed. */
export function needsDuplicateCheck(child: ChildDetail | null, input: ChildInput): boolean {
  if (!input.schoolId) return false;
  if (!child) return true;
  const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').trim() === (b ?? '').trim();
  return !same(child.nameEn, input.nameEn) || !same(child.nameBn, input.nameBn) || child.schoolId !== input.schoolId;
}

/** What the duplicate check looks at: the user's "save anyway" holds while these stay the same. */
export function duplicateIdentity(input: ChildInput): string {
  return JSON.stringify([input.nameEn, input.nameBn, input.schoolId, input.dateOfBirth, input.ageYears]);
}
