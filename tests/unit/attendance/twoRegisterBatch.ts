import { present, registerWorkbook, type Office } from './importFiles';

/** Priya and Sourav of class III, present every open day of November 2026. */
export const classThreeRows = [
  { roll: '7', name: 'Priya Mondal', class: 3, sex: 'F' as const, marks: present('2026-11') },
  { roll: '8', name: 'Sourav Mondal', class: 3, sex: 'M' as const, marks: present('2026-11') },
];

/**
 * Two November registers of class III read as one batch: the first (`names[0]`) names Dakshin Para FP
 * School, which the office does not have; the second (`names[1]`) names no school at all.
 */
export async function previewTwoRegisters(o: Office, names: [string, string]) {
  const unknown = await registerWorkbook({
    school: 'Dakshin Para FP School',
    udise: '19112300202',
    month: '2026-11',
    rows: classThreeRows,
  });
  const unnamed = await registerWorkbook({ month: '2026-11', rows: classThreeRows });
  return o.t.ok(
    'attendance.preview',
    {
      files: [
        { name: names[0], contentBase64: unknown },
        { name: names[1], contentBase64: unnamed },
      ],
    },
    o.t.admin,
  );
}
