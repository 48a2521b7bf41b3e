import { afterEach, describe, expect, it } from 'vitest';
import { cases } from '../../../electron/db/schema';
import { serving, type Serving } from './serving';

let s: Serving | undefined;
afterEach(() => {
  s?.close();
  s = undefined;
});

describe('the Idempotency-Key header', () => {
  it('answers a write sent again with the same key with the first answer, and refuses it with other input (422)', async () => {
    s = await serving();
    const cookie = await s.adminCookie();
    const child = (await (
      await s.post('children.create', { nameEn: 'Priya Mondal', sex: 'female', ageYears: 12 }, { Cookie: cookie })
    ).json()) as {
      result: { id: number };
    };
    const input = {
      types: ['child_marriage'],
      childIds: [child.result.id],
      reporterKind: 'volunteer',
      reportedOn: '2026-11-20',
      summary: 'A marriage is being arranged.',
      riskLevel: 'high',
      riskReason: 'Date fixed',
    };
    const headers = { Cookie: cookie, 'Idempotency-Key': 'case-from-pc-2-0001' };
    const first = await s.post('cases.create', input, headers);
    const again = await s.post('cases.create', input, headers);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect(s.office.host.database.db.select().from(cases).all()).toHaveLength(1);

    const other = await s.post('cases.create', { ...input, summary: 'Something else.' }, headers);
    expect(other.status).toBe(422);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('idempotency_key_reused');
    expect(s.office.host.database.db.select().from(cases).all()).toHaveLength(1);
  });
});
