/**
 * Six office users working over HTTP while a colleague's 200-file import commits (issue 17): each
 * searches the register, opens a child and a case, saves a case note and registers a child, one
 * after the other. Their p95 latencies with the import committing, against the same work with none.
 * The serve host runs as the app runs (its own process, the built parse and commit workers) on a
 * copy of the block database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchRow } from './benchKit';

export interface OfficeBenchOptions {
  root: string;
  cachedDb: string;
  benchDir: string;
  /** The 200 school files of attendanceBench (.bench/attendance-files). */
  filesDir: string;
}

const users = 6;
const baselineRounds = 15;

interface Serving {
  url: string;
  child: ChildProcess;
}

function serve(root: string, dataDir: string): Promise<Serving> {
  const child = spawn(process.execPath, [join(root, 'out/electron/serve.cjs'), '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve({ url: m[1], child });
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
}

function stopServing(s: Serving): Promise<void> {
  return new Promise((resolve) => {
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
  });
}

class Client {
  constructor(
    private readonly url: string,
    private cookie = '',
  ) {}
  /** Another user's client on the same session (the host slows repeated logins from one address). */
  another(): Client {
    return new Client(this.url, this.cookie);
  }
  async call<T>(method: string, input: unknown): Promise<T> {
    const response = await fetch(`${this.url}api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(this.cookie ? { Cookie: this.cookie } : {}) },
      body: JSON.stringify(input),
    });
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0] ?? '';
    const body = (await response.json()) as { result?: T; error?: unknown };
    if (!response.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
    return body.result as T;
  }
}

interface Timing {
  kind: 'read' | 'write';
  ms: number;
}

async function loggedIn(url: string): Promise<Client> {
  const c = new Client(url);
  await c.call('auth.login', { username: 'bench', password: 'Block2026x' });
  return c;
}

const names = ['Mandal', 'priya mondol', 'মণ্ডল', 'Sk Rahim', 'Biswas', 'Moumita', 'Roy', 'Khatun'];

/** One user's round: search, open a child, open a case, save a note on it, register a child. */
async function round(c: Client, user: number, n: number, caseId: number | null, schoolId: number, out: Timing[]): Promise<void> {
  const timed = async (kind: Timing['kind'], work: () => Promise<unknown>) => {
    const t0 = performance.now();
    await work();
    out.push({ kind, ms: performance.now() - t0 });
  };
  let childId = 0;
  await timed('read', async () => {
    const found = await c.call<{ rows: { id: number }[] }>('children.search', { q: names[(user + n) % names.length] });
    childId = found.rows[0]?.id ?? 1;
  });
  await timed('read', () => c.call('children.get', { id: childId }));
  if (caseId !== null) {
    await timed('read', () => c.call('cases.get', { id: caseId }));
    await timed('write', () =>
      c.call('cases.addEntry', { caseId, happenedOn: '2026-11-20', kind: 'note', text: `Bench note ${user}-${n}: spoke to the guardian` }),
    );
  }
  await timed('write', () =>
    c.call('children.create', { nameEn: `Bench Child ${user} ${n}`, sex: n % 2 ? 'male' : 'female', ageYears: 9, schoolId, classGrade: 4 }),
  );
}

function p95(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? 0;
}

async function officeCopy(options: OfficeBenchOptions, name: string): Promise<string> {
  const dir = join(options.benchDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(options.cachedDb, join(dir, 'suraksha.sqlite'));
  return dir;
}

/** A case the bench administrator may open, and a school to register children in. */
async function targets(c: Client): Promise<{ caseId: number | null; schoolId: number }> {
  const schools = await c.call<{ id: number }[]>('schools.list', {});
  const schoolId = schools[0]?.id ?? 1;
  const cases = await c.call<{ rows: { id: number }[] }>('cases.list', {}).catch(() => ({ rows: [] }));
  for (const row of cases.rows.slice(0, 5)) {
    const opened = await c
      .call('cases.get', { id: row.id })
      .then(() => true)
      .catch(() => false);
    if (opened) return { caseId: row.id, schoolId };
  }
  return { caseId: null, schoolId };
}

async function sixUsers(url: string, keepGoing: (n: number) => boolean): Promise<{ timings: Timing[]; rounds: number; withCase: boolean }> {
  const first = await loggedIn(url);
  const clients = Array.from({ length: users }, () => first.another());
  const { caseId, schoolId } = await targets(clients[0] as Client);
  const timings: Timing[] = [];
  let rounds = 0;
  await Promise.all(
    clients.map(async (c, user) => {
      for (let n = 0; keepGoing(n); n++) {
        await round(c, user, n, caseId, schoolId, timings);
        rounds += 1;
      }
    }),
  );
  return { timings, rounds, withCase: caseId !== null };
}

export async function officeBench(options: OfficeBenchOptions): Promise<BenchRow[]> {
  const ms = (t: number) => `${t.toFixed(1)} ms`;
  // Without the import: every user does the same rounds.
  const quietDir = await officeCopy(options, 'office-quiet');
  const quietHost = await serve(options.root, quietDir);
  const quiet = await sixUsers(quietHost.url, (n) => n < baselineRounds);
  await stopServing(quietHost);

  // With it: the files previewed first (twenty to a call, as the screen sends them), then committed in one call
  // while the six users work until it has finished.
  const busyDir = await officeCopy(options, 'office-import');
  const busyHost = await serve(options.root, busyDir);
  const importer = await loggedIn(busyHost.url);
  const fileNames = readdirSync(options.filesDir)
    .filter((n) => n.endsWith('.xlsx'))
    .sort();
  let previewId: string | undefined;
  for (let i = 0; i < fileNames.length; i += 20) {
    const files = fileNames
      .slice(i, i + 20)
      .map((name) => ({ name, contentBase64: readFileSync(join(options.filesDir, name)).toString('base64') }));
    previewId = (await importer.call<{ previewId: string }>('attendance.preview', { ...(previewId ? { previewId } : {}), files }))
      .previewId;
  }
  let committing = true;
  const t0 = performance.now();
  const commit = importer.call<{ files: { status: string }[] }>('attendance.commit', { previewId }).finally(() => (committing = false));
  const busy = await sixUsers(busyHost.url, (n) => committing || n < 1);
  const committed = await commit;
  const commitMs = performance.now() - t0;
  await stopServing(busyHost);

  const of = (t: Timing[], kind: Timing['kind']) => t.filter((x) => x.kind === kind).map((x) => x.ms);
  const rows: BenchRow[] = [];
  for (const kind of ['read', 'write'] as const) {
    const alone = p95(of(quiet.timings, kind));
    const during = p95(of(busy.timings, kind));
    rows.push({
      operation: `6 users over HTTP, ${kind}s p95, import committing`,
      time: ms(during),
      throughput: `${(during / alone).toFixed(2)}× without it (${ms(alone)})`,
      note:
        kind === 'read'
          ? `search, open a child${busy.withCase ? ', open a case' : ''}: ${of(busy.timings, kind).length} answers during the commit`
          : `${busy.withCase ? 'case note, ' : ''}register a child: ${of(busy.timings, kind).length} saved during the commit` +
            (busy.withCase ? '' : ' (no cases in the block yet: the full bench seeds them)'),
    });
  }
  const imported = committed.files.filter((f) => f.status !== 'skipped').length;
  rows.push({
    operation: '  the import meanwhile',
    time: `${(commitMs / 1000).toFixed(2)} s`,
    throughput: '',
    note: `${imported} of ${committed.files.length} files committed in the commit worker; ${busy.rounds} rounds of the 6 users`,
  });
  return rows;
}
