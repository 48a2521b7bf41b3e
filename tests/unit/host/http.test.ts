import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpHost } from '../../../electron/host/http';
import { adminPassword, officeWithAdmin, type TestHost } from '../testHost';

let t: TestHost | undefined;
let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  t?.cleanup();
});

async function serving() {
  const office = await officeWithAdmin();
  t = office;
  const server = createHttpHost(office.host, '/nonexistent-renderer');
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  close = () => server.close();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  return { base, post };
}

describe('the HTTP host', () => {
  it('lists every method with its input schema at GET /api', async () => {
    const { base } = await serving();
    const body = (await (await fetch(`${base}/api`)).json()) as {
      methods: { method: string; input: { properties?: Record<string, unknown> } }[];
    };
    const names = body.methods.map((m) => m.method);
    for (const required of [
      'setup.status',
      'setup.initialize',
      'auth.login',
      'auth.logout',
      'users.create',
      'users.list',
      'schools.create',
      'schools.list',
      'children.create',
      'children.get',
      'children.search',
      'admin.backupNow',
      'admin.restore',
      'audit.list',
    ]) {
      expect(names).toContain(required);
    }
    expect(body.methods.find((m) => m.method === 'schools.create')?.input.properties).toHaveProperty('udise');
  });

  it('sets an HttpOnly SameSite=Strict cookie at login and answers 401 / 403 with an error body', async () => {
    const { post } = await serving();
    expect((await post('users.list', {})).status).toBe(401);
    const login = await post('auth.login', { username: 'anita', password: adminPassword });
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const session = cookie.split(';')[0] ?? '';
    const list = await post('users.list', {}, { Cookie: session });
    expect(list.status).toBe(200);
    const bad = await post('schools.create', { name: 'X', udise: '123', type: 'primary' }, { Cookie: session });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_input', field: 'udise', message: expect.any(String) } });
  });

  it('refuses cross-origin calls even with a valid session', async () => {
    const { post } = await serving();
    const login = await post('auth.login', { username: 'anita', password: adminPassword });
    const session = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const refused = await post('users.list', {}, { Cookie: session, Origin: 'http://evil.example' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'cross_origin' } });
    const form = await fetch(refused.url, { method: 'POST', headers: { 'Content-Type': 'text/plain', Cookie: session }, body: '{}' });
    expect(form.status).toBe(415);
  });
});
