import { afterEach, describe, expect, it } from 'vitest';
import { registerWorkbook, presentThenAbsent } from '../../fixtures/attendance';
import { sponsorshipOffice, type SponsorshipOffice } from './fixture';

let office: SponsorshipOffice | undefined;
afterEach(() => office?.t.cleanup());

describe('the due list and school attendance (Mission Vatsalya: absent more than 30 days in a row)', () => {
  it('shows a sponsored child absent since October, from the registers imported, and not one who attends', async () => {
    office = await sponsorshipOffice();
    const { t, coordinator } = office;
    await t.ok(
      'schools.create',
      { name: 'Uttar Bagundi FP School', udise: '19112300101', type: 'primary', gramPanchayat: 'Bagundi', village: 'Uttar Bagundi' },
      t.admin,
    );
    for (const [month, rinaPresent] of [
      ['2026-10', 5],
      ['2026-11', 0],
    ] as const) {
      const bytes = await registerWorkbook({
        month,
        schoolName: 'Uttar Bagundi FP School',
        schoolUdise: '19112300101',
        classes: [
          {
            sheetName: 'Class IV',
            children: [
              { roll: 3, name: 'Rina Khatun', sex: 'F', marks: presentThenAbsent(month, rinaPresent) },
              { roll: 4, name: 'Salma Bibi', sex: 'F', marks: presentThenAbsent(month, 40) },
            ],
          },
        ],
      });
      const preview = await t.ok(
        'attendance.preview',
        { files: [{ name: `${month}.xlsx`, contentBase64: bytes.toString('base64') }] },
        t.admin,
      );
      await t.ok('attendance.commit', { previewId: preview.previewId }, t.admin);
    }
    const found = await t.ok('children.search', {}, t.admin);
    const idOf = (name: string) => found.rows.find((c) => c.nameEn === name)?.id ?? 0;
    const sponsor = await office.sponsor('Meera Iyer');
    for (const name of ['Rina Khatun', 'Salma Bibi']) {
      const family = await t.ok(
        'sponsoredChildren.create',
        { childId: idOf(name), guardianName: 'Amina Bibi', guardianRelation: 'mother', payoutMethod: 'cash', monthlySupportPaise: 150_000 },
        coordinator,
      );
      await office.sponsorship(sponsor.id, family.id, 150_000, '2026-10');
    }

    const due = await t.ok('sponsorships.due', {}, coordinator);
    // Present on 1–3 and 5–6 October (4th a Sunday); absent from 7 October to 30 November.
    expect(due.absentChildren).toEqual([
      expect.objectContaining({ name: 'Rina Khatun', since: '2026-10-07', through: '2026-11-30', daysAbsent: 55 }),
    ]);
  });
});
