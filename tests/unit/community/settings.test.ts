import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeWithAdmin, userWithRole, type Caller, type TestHost } from '../testHost';

let t: TestHost & { admin: Caller };
beforeAll(async () => {
  t = await officeWithAdmin();
});
afterAll(() => t.cleanup());

describe('the committee settings an administrator edits', () => {
  it('a VLCPC set to meet quarterly is no longer overdue after one missed month; the quorum follows the percentage', async () => {
    const committee = await t.ok(
      'committees.create',
      { name: 'Dakshin Bagundi VLCPC', level: 'village', area: 'Dakshin Bagundi', gramPanchayat: 'Bagundi', formedOn: '2026-07-02' },
      t.admin,
    );
    const members = [];
    for (const name of ['Abdul Karim', 'Shefali Bibi', 'Rina Das', 'Tapas Sen']) {
      members.push(
        await t.ok(
          'committees.addMember',
          {
            committeeId: committee.id,
            person: { newPerson: { name, sex: 'female', category: 'community_member' } },
            role: 'member',
            joinedOn: '2026-07-02',
          },
          t.admin,
        ),
      );
    }
    await t.ok('meetings.create', { committeeId: committee.id, heldOn: '2026-09-20', place: 'Club', memberIds: [] }, t.admin);
    // Monthly: October ended without a meeting.
    expect((await t.ok('committees.get', { id: committee.id }, t.admin)).committee.due).toMatchObject({
      state: 'overdue',
      dueBy: '2026-10-31',
    });
    await t.ok('settings.update', { cpcVillageFrequencyMonths: 3, cpcQuorumPercent: 75 }, t.admin);
    expect((await t.ok('committees.get', { id: committee.id }, t.admin)).committee.due).toEqual({ state: 'due', dueBy: '2026-12-31' });
    const [first, second] = members;
    if (!first || !second) throw new Error('members missing');
    const meeting = await t.ok(
      'meetings.create',
      { committeeId: committee.id, heldOn: '2026-11-20', place: 'Club', memberIds: [first.id, second.id] },
      t.admin,
    );
    expect([meeting.quorumRequired, meeting.quorate]).toEqual([3, false]);
  });

  it('refuses a frequency that does not divide the year, at the field, and only an administrator may change them', async () => {
    const bad = await t.raw('settings.update', { cpcBlockFrequencyMonths: 5 }, t.admin);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect([bad.error.field, bad.error.key]).toEqual(['cpcBlockFrequencyMonths', 'errors.community.frequencyRange']);
    const manager = await userWithRole(t, t.admin, 'mina', 'manager');
    const denied = await t.raw('settings.update', { cpcQuorumPercent: 40 }, manager);
    expect(denied.ok).toBe(false);
  });
});
