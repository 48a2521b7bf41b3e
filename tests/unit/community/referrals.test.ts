import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marriageCase } from '../../fixtures/office';
import { officeWithAdmin, type Caller, type TestHost } from '../testHost';

let t: TestHost & { admin: Caller };
beforeAll(async () => {
  t = await officeWithAdmin();
});
afterAll(() => t.cleanup());

describe('a case referred to an official in the stakeholders’ register', () => {
  it('counts as working with them, once however often they are met', async () => {
    const officer = await t.ok(
      'stakeholders.create',
      { name: 'Rakesh Das', sex: 'male', category: 'police', institution: 'Basirhat PS' },
      t.admin,
    );
    const child = await t.ok('children.create', { nameEn: 'Priya Mondal', sex: 'female', ageYears: 15 }, t.admin);
    const file = await t.ok(
      'cases.create',
      marriageCase([child.id], { reportedOn: '2026-11-01', summary: 'Marriage fixed', gramPanchayat: 'Bagundi' }),
      t.admin,
    );
    await t.ok(
      'cases.refer',
      {
        caseId: file.id,
        authority: 'police',
        authorityName: 'Rakesh Das, Basirhat PS',
        referredOn: '2026-11-21',
        reason: 'Stop the wedding',
        stakeholderId: officer.id,
        consent: { from: 'guardian', method: 'verbal_witnessed', witness: 'Mina Das, ASHA worker' },
      },
      t.admin,
    );
    await t.ok(
      'activities.create',
      {
        type: 'sensitisation_police',
        heldOn: '2026-11-10',
        gramPanchayat: 'Bagundi',
        facilitators: 'Anita Sen',
        participants: [{ stakeholderId: officer.id }],
      },
      t.admin,
    );
    const count = async (from: string, to: string, gramPanchayat?: string) =>
      (await t.ok('community.counts', { from, to, ...(gramPanchayat ? { gramPanchayat } : {}) }, t.admin)).policeOfficersCollaborated;
    expect(await count('2026-11-01', '2026-11-30')).toBe(1);
    expect(await count('2026-11-16', '2026-11-30')).toBe(1);
    expect(await count('2026-11-16', '2026-11-30', 'Bagundi')).toBe(1);
    expect(await count('2026-11-16', '2026-11-30', 'Khejurtala')).toBe(0);
    expect(await count('2026-10-01', '2026-10-31')).toBe(0);
    const [row] = await t.ok('stakeholders.list', { category: 'police' }, t.admin);
    expect([row?.referrals, row?.activities]).toEqual([1, 1]);
  });
});
