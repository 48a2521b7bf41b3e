import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, type CallOutcome } from '../../../electron/api/dispatch';
import { Host } from '../../../electron/host/host';
import { cases, postings } from '../../../electron/db/schema';
import { sponsorshipOffice } from '../sponsorship/fixture';
import { adminPassword, migrationsFolder, type Caller } from '../testHost';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** A call as a transport sends it with an Idempotency-Key. */
function keyed(host: Host, method: string, input: unknown, caller: Caller, idempotencyKey: string): Promise<CallOutcome> {
  return dispatch(host, {
    method,
    input,
    sessionToken: caller.token,
    idempotencyKey,
    setSessionToken: (token) => {
      caller.token = token;
    },
  });
}

async function office() {
  const o = await sponsorshipOffice();
  cleanups.push(o.t.cleanup);
  const s = await o.sponsor('Anjali Ghosh');
  const receipt = { sponsorId: s.id, valueDate: '2026-11-02', amountPaise: 500_000, mode: 'cash', account: 'office_cash' };
  const receipts = () =>
    o.t.host.database.db
      .select()
      .from(postings)
      .all()
      .filter((p) => p.kind === 'receipt');
  return { ...o, receipt, receipts };
}

describe('idempotency keys', () => {
  it('answers the same receipt to the same key: one receipt, one number', async () => {
    const { t, coordinator, receipt, receipts } = await office();
    const first = await keyed(t.host, 'ledger.receive', receipt, coordinator, 'key-receipt-0001');
    const again = await keyed(t.host, 'ledger.receive', receipt, coordinator, 'key-receipt-0001');
    expect(first).toMatchObject({ ok: true, result: { receiptNo: expect.any(String) } });
    expect(again).toEqual(first);
    expect(receipts()).toHaveLength(1);
    // A new key is a new receipt, with the next number.
    const other = await keyed(t.host, 'ledger.receive', receipt, coordinator, 'key-receipt-0002');
    expect(other.ok && first.ok && other.result).not.toEqual(first.ok && first.result);
    expect(receipts()).toHaveLength(2);
  });

  it('answers a retry that arrives while the first call still runs with the first answer', async () => {
    const { t, coordinator, receipt, receipts } = await office();
    const [a, b] = await Promise.all([
      keyed(t.host, 'ledger.receive', receipt, coordinator, 'key-receipt-race'),
      keyed(t.host, 'ledger.receive', receipt, coordinator, 'key-receipt-race'),
    ]);
    expect(b).toEqual(a);
    expect(receipts()).toHaveLength(1);
  });

  it('opens one case for the same key twice', async () => {
    const { t, family } = await office();
    const f = await family({ name: 'Priya Das' });
    const input = {
      types: ['child_marriage'],
      childIds: [f.childId],
      reporterKind: 'volunteer',
      reportedOn: '2026-11-20',
      summary: 'Marriage being arranged for February.',
      riskLevel: 'high',
      riskReason: 'Date fixed, girl is 16',
    };
    const first = await keyed(t.host, 'cases.create', input, t.admin, 'key-case-000001');
    const again = await keyed(t.host, 'cases.create', input, t.admin, 'key-case-000001');
    expect(first.ok).toBe(true);
    expect(again).toEqual(first);
    expect(t.host.database.db.select().from(cases).all()).toHaveLength(1);
  });

  it('refuses a key used again for other input or another method, in both languages', async () => {
    const { t, coordinator, receipt, receipts } = await office();
    await keyed(t.host, 'ledger.receive', receipt, coordinator, 'key-receipt-0003');
    const otherAmount = await keyed(t.host, 'ledger.receive', { ...receipt, amountPaise: 700_000 }, coordinator, 'key-receipt-0003');
    expect(otherAmount).toMatchObject({
      ok: false,
      status: 422,
      error: { code: 'idempotency_key_reused', key: 'errors.idempotency.reused', values: { method: 'ledger.receive' } },
    });
    if (!otherAmount.ok) expect(otherAmount.error.message).toContain('already used for another request (ledger.receive)');
    const otherMethod = await keyed(
      t.host,
      'sponsors.create',
      { kind: 'individual', name: 'X', citizenship: 'indian' },
      coordinator,
      'key-receipt-0003',
    );
    expect(otherMethod).toMatchObject({ ok: false, status: 422 });
    expect(receipts()).toHaveLength(1);
    expect(await keyed(t.host, 'ledger.receive', receipt, coordinator, 'short')).toMatchObject({
      ok: false,
      status: 400,
      error: { key: 'errors.idempotency.badKey' },
    });
  });

  it('keeps the key with the write: after a crash and a restart the retry gets the first answer, not a second receipt', async () => {
    const { t, coordinator, receipt, receipts } = await office();
    const first = await keyed(t.host, 'ledger.receive', receipt, coordinator, 'key-receipt-crash');
    // The power goes: the host never wrote its final answer (only the transaction's result is on disk).
    t.host.database.sqlite.prepare('UPDATE idempotency_keys SET final = 0').run();
    t.host.close();
    const reopened = await Host.open({ dataDir: t.dataDir, migrationsFolder, clock: () => t.host.now(), log: () => undefined });
    cleanups.unshift(() => reopened.close());
    const again: Caller = { token: null };
    await dispatch(reopened, {
      method: 'auth.login',
      input: { username: 'ruma', password: adminPassword },
      sessionToken: null,
      setSessionToken: (token) => {
        again.token = token;
      },
    });
    const retried = await keyed(reopened, 'ledger.receive', receipt, again, 'key-receipt-crash');
    expect(retried).toEqual(first);
    expect(
      reopened.database.db
        .select()
        .from(postings)
        .all()
        .filter((p) => p.kind === 'receipt'),
    ).toHaveLength(1);
    void receipts;
  });

  it('keeps no key for a read that only audits, and forgets keys after a day', async () => {
    const { t, coordinator, receipt } = await office();
    await keyed(t.host, 'sponsors.list', {}, coordinator, 'key-read-000001');
    const count = () => (t.host.database.sqlite.prepare('SELECT count(*) AS n FROM idempotency_keys').get() as { n: number }).n;
    expect(count()).toBe(0);
    await keyed(t.host, 'ledger.receive', receipt, coordinator, 'key-receipt-0004');
    expect(count()).toBe(1);
    t.advance(25 * 60);
    await t.ok('auth.login', { username: 'ruma', password: adminPassword }, coordinator);
    // A day later the key is gone: the same key is a new write (and the old one is swept).
    t.advance(24 * 60);
    await t.ok('auth.login', { username: 'ruma', password: adminPassword }, coordinator);
    const later = await keyed(t.host, 'ledger.receive', receipt, coordinator, 'key-receipt-0004');
    expect(later.ok).toBe(true);
    expect(count()).toBe(1);
  });
});
