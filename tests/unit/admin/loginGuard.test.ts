import { afterEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../../electron/db/schema';
import { adminPassword, officeWithAdmin, type Caller, type TestHost } from '../testHost';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

const failedChecks = (office: TestHost) =>
  office.host.database.db
    .select()
    .from(auditLog)
    .all()
    .filter((r) => r.action === 'auth.loginFailed').length;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

describe('password guessing', () => {
  it('counts 40 parallel guesses as 40: five are checked, the right one last is refused', async () => {
    const office = await officeWithAdmin();
    t = office;
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 39 ? adminPassword : `wrong-guess-${i}`));
    const answers = await Promise.all(
      guesses.map((password) => office.raw('auth.login', { username: 'anita', password }, { token: null, address: '10.0.0.9' })),
    );
    expect(answers.some((a) => a.ok)).toBe(false);
    expect(failedChecks(office)).toBe(5);
    expect(answers.filter((a) => !a.ok && a.status === 429)).toHaveLength(35);
  });

  it('lets waves of 20 guesses make one real guess per wait, the wait doubling each time', async () => {
    const office = await officeWithAdmin();
    t = office;
    const caller = { token: null, address: '10.0.0.9' };
    let waited = 0;
    for (let wave = 0; wave < 4; wave++) {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => office.raw('auth.login', { username: 'anita', password: `w${wave}-${i}` }, caller)),
      );
      const wait = 0.5 * 2 ** wave;
      office.advance(wait + 0.01);
      waited += wait;
    }
    // 5 free, then one per wave after the first: 8 real guesses in 7.5 minutes, not 80.
    expect(failedChecks(office)).toBe(8);
    expect(waited).toBe(7.5);
  });

  it('slows one caller trying many usernames', async () => {
    const office = await officeWithAdmin();
    t = office;
    const caller = { token: null, address: '10.0.0.9' };
    const answers = [];
    for (let i = 0; i < 22; i++) answers.push(await office.raw('auth.login', { username: `user${i}`, password: 'guess1234' }, caller));
    expect(answers.slice(0, 20).every((a) => !a.ok && a.status === 401)).toBe(true);
    expect(answers[21]).toMatchObject({ ok: false, status: 429 });
  }, 120_000);

  it('never keeps the administrator out: an anonymous guesser waits, the office PC logs in at once, and every wait is audited', async () => {
    const office = await officeWithAdmin();
    t = office;
    const guesser = { token: null, address: '192.168.1.77' };
    for (let i = 0; i < 22; i++) {
      await office.raw('auth.login', { username: 'anita', password: `nope-${i}` }, guesser);
      office.advance(16);
    }
    const officePc: Caller = { token: null };
    expect(await office.raw('auth.login', { username: 'anita', password: adminPassword }, officePc)).toMatchObject({ ok: true });
    const locks = office.host.database.db
      .select()
      .from(auditLog)
      .all()
      .filter((r) => r.action === 'auth.locked');
    expect(locks.length).toBeGreaterThanOrEqual(17);
    expect(locks[0]?.summary).toContain('192.168.1.77');
  }, 120_000);

  it('answers an unknown username and a wrong password alike, in the same time', async () => {
    const office = await officeWithAdmin();
    t = office;
    const unknown: number[] = [];
    const wrong: number[] = [];
    const bodies = new Set<string>();
    for (let i = 0; i < 7; i++) {
      for (const [username, times] of [
        ['nobody-here', unknown],
        ['anita', wrong],
      ] as const) {
        const started = performance.now();
        const answer = await office.raw('auth.login', { username, password: 'wrong1234' }, { token: null, address: `10.1.${i}.1` });
        times.push(performance.now() - started);
        bodies.add(JSON.stringify(answer));
      }
    }
    expect(bodies.size).toBe(1);
    expect([...bodies][0]).toContain('"status":401');
    expect(Math.abs(median(unknown) - median(wrong))).toBeLessThan(0.35 * median(wrong));
  });

  it('ends the previous session of a caller who logs in again', async () => {
    const office = await officeWithAdmin();
    t = office;
    const first = office.admin.token;
    const again: Caller = { token: first };
    await office.ok('auth.login', { username: 'anita', password: adminPassword }, again);
    expect(again.token).not.toBe(first);
    expect(await office.raw('users.list', {}, { token: first })).toMatchObject({ ok: false, status: 401 });
    expect(await office.raw('users.list', {}, again)).toMatchObject({ ok: true });
  });
});
