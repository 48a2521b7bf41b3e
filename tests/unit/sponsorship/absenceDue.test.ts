import { afterEach, describe, expect, it } from 'vitest';
import { importRinaAbsentSinceOctober } from '../attendance/absentSinceOctober';
import { sponsorshipOffice, type SponsorshipOffice } from './fixture';

let office: SponsorshipOffice | undefined;
afterEach(() => office?.t.cleanup());

describe('the due list and school attendance (Mission Vatsalya: absent more than 30 days in a row)', () => {
  it('shows a sponsored child absent since October, from the registers imported, and not one who attends', async () => {
    office = await sponsorshipOffice();
    const { t, coordinator } = office;
    await importRinaAbsentSinceOctober(t);
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
