import { translate, type Language } from '../api/messages';
import type { ListColumn } from '../reports/excel/listWorkbook';
import { addressHeaderKeys } from './addressSheet';
import { classLabel } from './classLabel';

/** What a workbook of the register's children says of each child besides the name: as the query reads it. */
export interface ChildWorkbookRow {
  childCode: string;
  schoolName: string | null;
  classGrade: number | null;
  section: string | null;
  roll: string | null;
  guardianName: string | null;
  phone: string | null;
  village: string | null;
  gramPanchayat: string | null;
}

/**
 * The columns every workbook of the register's children writes alike (the register export, the
 * missing-address sheet): the child's code, where they study, and where the family is to be found.
 * The headers are the address sheet's own, so a filled-in sheet reads back by the words it was written with.
 */
export function childWorkbookColumns<T extends ChildWorkbookRow>(language: Language) {
  const header = (column: keyof typeof addressHeaderKeys) => translate(language, addressHeaderKeys[column]);
  return {
    code: { header: header('code'), width: 14, value: (r) => r.childCode },
    school: { header: header('school'), width: 30, value: (r) => r.schoolName },
    class: { header: header('class'), width: 10, value: (r) => classLabel(language, r.classGrade, r.section) },
    roll: { header: header('roll'), width: 6, value: (r) => r.roll },
    guardianName: { header: header('guardianName'), width: 22, value: (r) => r.guardianName },
    phone: { header: header('phone'), width: 14, value: (r) => r.phone },
    village: { header: header('village'), width: 20, value: (r) => r.village },
    gramPanchayat: { header: header('gramPanchayat'), width: 20, value: (r) => r.gramPanchayat },
  } satisfies Record<string, ListColumn<T>>;
}
