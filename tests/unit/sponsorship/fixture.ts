import type { ApiInput } from '../../../electron/api/contract';
import { adminPassword, officeWithAdmin, userWithRole, type Caller, type TestHost } from '../testHost';

export type SponsorInput = ApiInput<'sponsors.create'>;

/** An office with a sponsorship coordinator and helpers to add children, families, sponsors and sponsorships. */
export async function sponsorshipOffice() {
  const t = await officeWithAdmin();
  const coordinator = await userWithRole(t, t.admin, 'ruma', 'sponsorship');
  let children = 0;

  async function family(
    options: { name?: string; dateOfBirth?: string; ageYears?: number; monthlySupportPaise?: number; payoutMethod?: 'bank' | 'cash' } = {},
  ) {
    children += 1;
    const child = await t.ok(
      'children.create',
      {
        nameEn: options.name ?? `Child ${children}`,
        sex: 'female',
        ...(options.ageYears !== undefined ? { ageYears: options.ageYears } : { dateOfBirth: options.dateOfBirth ?? '2016-06-15' }),
        village: 'Uttar Bagundi',
      },
      t.admin,
    );
    const enrolled = await t.ok(
      'sponsoredChildren.create',
      {
        childId: child.id,
        guardianName: `Mother of ${options.name ?? `Child ${children}`}`,
        guardianRelation: 'mother',
        payoutMethod: options.payoutMethod ?? 'cash',
        ...(options.payoutMethod === 'bank' ? { accountNumber: '123456789012', ifsc: 'SBIN0001234', bankName: 'SBI Basirhat' } : {}),
        monthlySupportPaise: options.monthlySupportPaise ?? 150_000,
      },
      coordinator,
    );
    return { childId: child.id, childCode: child.childCode, sponsoredChildId: enrolled.id };
  }

  async function sponsor(name: string, extra: Partial<SponsorInput> = {}) {
    return t.ok('sponsors.create', { kind: 'individual', name, citizenship: 'indian', ...extra }, coordinator);
  }

  async function sponsorship(sponsorId: number, sponsoredChildId: number, monthlyPaise = 100_000, startMonth = '2026-11') {
    return t.ok('sponsorships.create', { sponsorId, sponsoredChildId, purpose: 'living', monthlyPaise, startMonth }, coordinator);
  }

  /** Cash a sponsor handed in at the office: office cash pays out only what it received. */
  async function receiveCash(sponsorId: number, amountPaise: number, valueDate = '2026-11-02') {
    return t.ok('ledger.receive', { sponsorId, valueDate, amountPaise, mode: 'cash', account: 'office_cash' }, coordinator);
  }

  /** Moves the clock forward by whole days; the coordinator logs in again, as after a night away. */
  async function advanceDays(days: number): Promise<void> {
    t.advance(days * 24 * 60);
    await t.ok('auth.login', { username: 'ruma', password: adminPassword }, coordinator);
  }

  return { t, coordinator, family, sponsor, sponsorship, receiveCash, advanceDays };
}

export type SponsorshipOffice = Awaited<ReturnType<typeof sponsorshipOffice>>;

export async function failure(t: TestHost, method: string, input: unknown, caller: Caller) {
  const outcome = await t.raw(method, input, caller);
  if (outcome.ok) throw new Error(`${method} unexpectedly succeeded`);
  return outcome.error;
}
