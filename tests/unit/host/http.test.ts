import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { translate } from '../../../electron/api/messages';
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

describe('the HTTP host and a page whose name was rebound to 127.0.0.1', () => {
  it('answers only to the names it listens on, before any method runs', async () => {
    const { base } = await serving();
    const port = new URL(base).port;
    const asked = (host: string, method = 'setup.status') =>
      new Promise<{ status: number; body: string }>((done, fail) => {
        const req = request(
          { host: '127.0.0.1', port, path: `/api/${method}`, method: 'POST', headers: { Host: host, 'Content-Type': 'application/json' } },
          (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString()));
            res.on('end', () => done({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', fail);
        req.end(JSON.stringify({ username: 'anita', password: adminPassword }));
      });
    // The attacker's page at http://evil.example:PORT is same-origin with itself: its Host says so.
    const rebound = await asked(`evil.example:${port}`);
    expect(rebound.status).toBe(421);
    expect(JSON.parse(rebound.body)).toMatchObject({
      error: { code: 'unknown_host', key: 'errors.host.unknownHost', values: {}, message: expect.stringContaining('address') },
    });
    expect((await asked(`evil.example:${port}`, 'auth.login')).status).toBe(421);
    expect((await asked(`127.0.0.1:${Number(port) + 1}`)).status).toBe(421);
    for (const name of ['127.0.0.1', 'localhost', '[::1]']) expect((await asked(`${name}:${port}`)).status).toBe(200);
  });

  it('answers every transport refusal in the envelope of every other error, with a key in both languages', async () => {
    const { base, post } = await serving();
    const bad = await fetch(`${base}/api/setup.status`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{nope' });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { key: string; values: object; message: string } };
    expect(body.error).toMatchObject({ code: 'bad_json', key: 'errors.host.badJson', values: {} });
    expect(translate('bn', body.error.key)).not.toBe(body.error.key);
    const cross = await post('setup.status', {}, { Origin: 'http://evil.example' });
    expect(await cross.json()).toMatchObject({ error: { code: 'cross_origin', key: 'errors.host.crossOrigin', values: {} } });
    const get = await fetch(`${base}/api/setup.status`);
    expect(await get.json()).toMatchObject({ error: { code: 'method_not_allowed', key: 'errors.host.usePost' } });
  });
});
