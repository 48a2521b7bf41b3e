import { afterEach, describe, expect, it, vi } from 'vitest';
import { children } from '../../../electron/db/schema';
import { serving, type Serving } from '../host/serving';

let s: Serving | undefined;
afterEach(() => {
  vi.unstubAllGlobals();
  s?.close();
  s = undefined;
});

describe('the screens’ API client', () => {
  it('retries a write whose answer was lost with the same key: the host answers the first answer, one child registered', async () => {
    s = await serving();
    const { base } = s;
    const cookie = await s.adminCookie();
    const keys: string[] = [];
    let dropNextAnswer = true;
    const realFetch = globalThis.fetch;
    vi.stubGlobal('window', {});
    // The browser's fetch, reaching the real host; the first answer is lost on the way back, as on a dropped link.
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      const headers = new Headers(init.headers);
      keys.push(headers.get('Idempotency-Key') ?? '');
      headers.set('Cookie', cookie);
      const answer = await realFetch(`${base}/${url}`, { ...init, headers, signal: null });
      if (dropNextAnswer) {
        dropNextAnswer = false;
        throw new TypeError('Failed to fetch');
      }
      return answer;
    });
    const { call } = await import('../../../renderer/api/client');

    const saved = await call('children.create', { nameEn: 'Priya Mondal', sex: 'female', ageYears: 12 });
    expect(saved.childCode).toBe('BSH-C00001');
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(s.office.host.database.db.select().from(children).all()).toHaveLength(1);

    // The next user action is a new key, and a new child.
    await call('children.create', { nameEn: 'Rahim Sheikh', sex: 'male', ageYears: 11 });
    expect(keys[2]).not.toBe(keys[0]);
    expect(s.office.host.database.db.select().from(children).all()).toHaveLength(2);
  });
});
