import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../../electron/db/schema';
import { officeWithAdmin, adminPassword, type Caller, type TestHost } from '../testHost';

/**
 * An import committing in its worker holds the write turn; a login attempt that arrives then is run
 * again in a turn of its own. The attempt is still one attempt: counted once, audited once.
 */
describe('logging in while an import commits', () => {
  let t: TestHost & { admin: Caller };
  beforeAll(async () => {
    t = await officeWithAdmin();
  });
  afterAll(() => t.cleanup());

  /** Runs a login while a worker holds the write turn, releasing it only once the login waits for a turn. */
  async function loginBehindImport(password: string) {
    let release = () => undefined as void;
    const importing = t.host.writeTurn.run('worker', () => new Promise<void>((resolve) => (release = resolve)));
    const waits = vi.spyOn(t.host.writeTurn, 'run');
    const login = t.raw('auth.login', { username: 'anita', password }, { token: null, address: '192.168.1.20' });
    await vi.waitFor(() => expect(waits).toHaveBeenCalledWith('main', expect.any(Function)), { timeout: 10_000, interval: 5 });
    waits.mockRestore();
    release();
    await importing;
    return login;
  }

  it('counts each wrong password once, so the fourth wrong try is still a wrong password and not a wait', async () => {
    const before = t.host.database.db.select().from(auditLog).where(eq(auditLog.action, 'auth.loginFailed')).all().length;
    for (let attempt = 1; attempt <= 4; attempt++) {
      const outcome = await loginBehindImport('not the password');
      expect(outcome, `attempt ${attempt}`).toMatchObject({ ok: false, status: 401, error: { code: 'login_failed' } });
    }
    const failed = t.host.database.db.select().from(auditLog).where(eq(auditLog.action, 'auth.loginFailed')).all();
    expect(failed.length - before).toBe(4);
    expect(t.host.database.db.select().from(auditLog).where(eq(auditLog.action, 'auth.locked')).all()).toHaveLength(0);
    // The right password on the fifth try logs in, behind the import too.
    expect(await loginBehindImport(adminPassword)).toMatchObject({ ok: true, result: { username: 'anita' } });
  });
});
