import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { serving, streamBody, type Serving } from './serving';

let s: Serving | undefined;
afterEach(() => s?.close());

const mb = 1024 * 1024;

/** Asks setup.status every 50 ms until stopped; answers how many answers came and the slowest. */
function keepAsking(srv: Serving) {
  let answers = 0;
  let slowest = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const started = Date.now();
      const res = await srv.post('setup.status', {});
      if (res.status === 200) answers += 1;
      slowest = Math.max(slowest, Date.now() - started);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return { answers, slowest };
    },
  };
}

describe('bodies the host will not hold in memory', () => {
  it('refuses a 600 MB anonymous POST after 64 KB, keeps answering others, and its memory stays bounded', async () => {
    s = await serving();
    const before = process.memoryUsage().rss;
    const other = keepAsking(s);
    const answer = await streamBody(s.port, '/api/auth.login', 600 * mb, { 'Content-Type': 'application/json' });
    const rss = process.memoryUsage().rss;
    const { answers } = await other.stop();
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({
      error: { code: 'too_large', key: 'errors.host.bodyTooLarge', values: { max: '64 KB' } },
    });
    expect(answer.sent).toBeLessThan(600 * mb);
    expect(answers).toBeGreaterThan(0);
    expect(rss - before).toBeLessThan(150 * mb);
    expect((await s.post('setup.status', {})).status).toBe(200);
  });

  it('refuses a declared 600 MB body before reading it, even from a logged-in caller', async () => {
    s = await serving();
    const cookie = await s.adminCookie();
    const answer = await streamBody(s.port, '/api/children.search', 40 * mb, {
      'Content-Type': 'application/json',
      Cookie: cookie,
      'Content-Length': String(600 * mb),
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { values: { max: '32768 KB' } } });
  });

  it('streams a 600 MB restore upload to disk while answering others, with bounded memory', async () => {
    s = await serving();
    const cookie = await s.adminCookie();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const other = keepAsking(s);
    const answer = await streamBody(s.port, '/upload/restore', 600 * mb, { 'Content-Type': 'application/octet-stream', Cookie: cookie });
    clearInterval(sampler);
    const { answers } = await other.stop();
    expect(answer.status).toBe(200);
    const { uploadId } = (JSON.parse(answer.body) as { result: { uploadId: string } }).result;
    expect(readdirSync(s.office.host.tmpDir)).toEqual([`upload-${uploadId}.sqlite`]);
    expect(answers).toBeGreaterThan(0);
    expect(peak - before).toBeLessThan(150 * mb);
    // 600 MB of spaces is not a backup: refused with a reason, and nothing was read into memory.
    const inspect = await s.post('admin.inspectBackup', { uploadId, fileName: 'big.sqlite' }, { Cookie: cookie });
    expect(await inspect.json()).toMatchObject({ error: { code: 'backup_unreadable' } });
  }, 120_000);

  it('takes no upload from a caller who may not restore, without reading it', async () => {
    s = await serving();
    const anonymous = await streamBody(s.port, '/upload/restore', 50 * mb, { 'Content-Type': 'application/octet-stream' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.sent).toBeLessThan(50 * mb);
  });
});
