import { presentThenAbsent, registerWorkbook, type FixtureChild } from '../../fixtures/attendance';
import { uttarBagundiSchool } from '../../fixtures/office';
import type { Caller, TestHost } from '../testHost';

/**
 * Uttar Bagundi FP School's class IV registers for October and November 2026, imported: Rina Khatun
 * present on the first five open days of October (1–3 and 5–6, the 4th a Sunday) and absent from
 * 7 October on, Salma Bibi present throughout; `more` adds children to a month's sheet.
 */
export async function importRinaAbsentSinceOctober(
  office: TestHost & { admin: Caller },
  more: (month: string) => FixtureChild[] = () => [],
): Promise<void> {
  await office.ok('schools.create', uttarBagundiSchool, office.admin);
  for (const [month, rinaPresent] of [
    ['2026-10', 5],
    ['2026-11', 0],
  ] as const) {
    const bytes = await registerWorkbook({
      month,
      schoolName: uttarBagundiSchool.name,
      schoolUdise: uttarBagundiSchool.udise,
      classes: [
        {
          sheetName: 'Class IV',
          children: [
            { roll: 3, name: 'Rina Khatun', sex: 'F', marks: presentThenAbsent(month, rinaPresent) },
            { roll: 4, name: 'Salma Bibi', sex: 'F', marks: presentThenAbsent(month, 40) },
            ...more(month),
          ],
        },
      ],
    });
    const preview = await office.ok(
      'attendance.preview',
      { files: [{ name: `${month}.xlsx`, contentBase64: bytes.toString('base64') }] },
      office.admin,
    );
    await office.ok('attendance.commit', { previewId: preview.previewId }, office.admin);
  }
}
