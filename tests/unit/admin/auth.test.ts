import { afterEach, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../../electron/db/schema';
import { adminPassword, createTestHost, officeWithAdmin, userWithRole, type Caller, type TestHost } from '../testHost';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

const setupInput = {
  organisation: 'Jabala',
  officeName: 'Basirhat',
  officeCode: 'BSH',
  district: 'North 24 Parganas',
  block: 'Basirhat-II',
  adminName: 'Anita Sen',
  adminUsername: 'anita',
};

describe('first start and login', () => {
  it('refuses a weak first password at the field, then sets up once and logs the administrator in', async () => {
    t = await createTestHost();
    expect(await t.ok('setup.status', {})).toEqual({ initialized: false, office: null });
    const weak = await t.raw('setup.initialize', { ...setupInput, adminPassword: 'password' });
    expect(weak).toMatchObject({ ok: false, error: { field: 'adminPassword', key: 'errors.passwordMix' } });
    expect(t.host.database.db.select().from(users).all()).toHaveLength(0);

    const admin: Caller = { token: null };
    await t.ok('setup.initialize', { ...setupInput, adminPassword }, admin);
    expect(admin.token).toBeTruthy();
    expect(await t.ok('auth.me', {}, admin)).toMatchObject({ username: 'anita', role: 'admin' });
    expect((await t.ok('setup.status', {})).office).toMatchObject({ officeName: 'Basirhat', officeCode: 'BSH' });
    expect(await t.raw('setup.initialize', { ...setupInput, adminPassword })).toMatchObject({ ok: false, status: 409 });
  });

  it('makes a caller wait after five wrong passwords, doubling the wait, and records it', async () => {
    const office = await officeWithAdmin();
    t = office;
    await userWithRole(office, office.admin, 'rina', 'data_entry');
    const guesser: Caller = { token: null, address: '192.168.1.50' };
    for (let i = 0; i < 5; i++) {
      expect(await office.raw('auth.login', { username: 'rina', password: 'wrong1234' }, guesser)).toMatchObject({
        ok: false,
        status: 401,
        error: { code: 'login_failed' },
      });
    }
    // Even the right password waits while the wait holds, from that caller.
    expect(await office.raw('auth.login', { username: 'rina', password: adminPassword }, guesser)).toMatchObject({
      ok: false,
      status: 429,
      error: { code: 'login_throttled', key: 'errors.access.loginWait', values: { seconds: 30 } },
    });
    const actions = office.host.database.db
      .select()
      .from(auditLog)
      .all()
      .map((r) => r.action);
    expect(actions).toContain('auth.locked');
    expect(actions.filter((a) => a === 'auth.loginFailed').length).toBe(5);

    office.advance(1);
    expect(await office.raw('auth.login', { username: 'rina', password: 'wrong1234' }, guesser)).toMatchObject({ status: 401 });
    expect(await office.raw('auth.login', { username: 'rina', password: adminPassword }, guesser)).toMatchObject({
      status: 429,
      error: { values: { seconds: 60 } },
    });
    office.advance(2);
    await office.ok('auth.login', { username: 'rina', password: adminPassword }, guesser);
    expect(guesser.token).toBeTruthy();
  });

  it('ends a session after 30 minutes without activity, and on logout', async () => {
    const office = await officeWithAdmin();
    t = office;
    office.advance(29);
    expect(await office.raw('schools.list', {}, office.admin)).toMatchObject({ ok: true });
    office.advance(29);
    expect(await office.raw('schools.list', {}, office.admin)).toMatchObject({ ok: true });
    office.advance(31);
    expect(await office.raw('schools.list', {}, office.admin)).toMatchObject({
      ok: false,
      status: 401,
      error: { code: 'session_expired' },
    });

    const again: Caller = { token: null };
    await office.ok('auth.login', { username: 'anita', password: adminPassword }, again);
    await office.ok('auth.logout', {}, again);
    expect(again.token).toBeNull();
  });

  it('lets a user change their own password and an administrator deactivate a user', async () => {
    const office = await officeWithAdmin();
    t = office;
    const rina = await userWithRole(office, office.admin, 'rina', 'case_worker');
    expect(await office.raw('auth.changePassword', { currentPassword: 'nope', newPassword: 'Better2026x' }, rina)).toMatchObject({
      ok: false,
      error: { field: 'currentPassword' },
    });
    await office.ok('auth.changePassword', { currentPassword: adminPassword, newPassword: 'Better2026x' }, rina);
    const fresh: Caller = { token: null };
    await office.ok('auth.login', { username: 'rina', password: 'Better2026x' }, fresh);

    const list = await office.ok('users.list', {}, office.admin);
    const rinaRow = list.find((u) => u.username === 'rina');
    expect(rinaRow).toBeDefined();
    await office.ok('users.update', { id: rinaRow?.id ?? 0, fullName: 'Rina Das', role: 'case_worker', active: false }, office.admin);
    expect(await office.raw('schools.list', {}, fresh)).toMatchObject({ ok: false, status: 401 });
    expect(await office.raw('auth.login', { username: 'rina', password: 'Better2026x' })).toMatchObject({ ok: false, status: 401 });
  });
});
