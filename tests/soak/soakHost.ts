import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const serve = fileURLToPath(new URL(`../../${process.env.SURAKSHA_OUT ?? 'out'}/electron/serve.cjs`, import.meta.url));

/** A serve host as `npm run serve` runs it, logged in as the administrator, that can be killed like a power cut. */
export class SoakHost {
  private cookie = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    private readonly dataDir: string,
  ) {}

  static start(dataDir: string, password: string): Promise<SoakHost> {
    return new Promise((resolvePromise, reject) => {
      const child = spawn(process.execPath, [serve, '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 60_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          const host = new SoakHost(child, match[1], dataDir);
          host
            .logIn(password)
            .then(() => resolvePromise(host))
            .catch(reject);
        }
      });
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`serve exited (${code}):\n${output}`));
      });
    });
  }

  private async logIn(password: string): Promise<void> {
    const status = (await this.call('setup.status', {})) as { initialized: boolean };
    if (!status.initialized) return;
    await this.call('auth.login', { username: 'anita', password });
  }

  async call(method: string, input: unknown): Promise<unknown> {
    const res = await fetch(`${this.url}api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(this.cookie ? { Cookie: this.cookie } : {}) },
      body: JSON.stringify(input),
    });
    const cookie = res.headers.get('set-cookie');
    if (cookie) this.cookie = cookie.split(';')[0] ?? '';
    const body = (await res.json()) as { result?: unknown; error?: { message: string } };
    if (!res.ok) throw new Error(`${method}: ${body.error?.message ?? res.status}`);
    return body.result;
  }

  /** SIGKILL: no handler runs, nothing is flushed, as when the power goes. */
  kill(): Promise<void> {
    return new Promise((done) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) return done();
      this.child.removeAllListeners('exit');
      this.child.once('exit', () => done());
      this.child.kill('SIGKILL');
    });
  }

  stop(): Promise<void> {
    return new Promise((done) => {
      this.child.removeAllListeners('exit');
      this.child.once('exit', () => done());
      this.child.kill('SIGTERM');
    });
  }

  /** A line of what the data folder holds, for the report. */
  summary(): string {
    const db = new Database(join(this.dataDir, 'suraksha.sqlite'), { readonly: true });
    try {
      const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      return [
        `${n('SELECT count(*) AS n FROM attendance_imports')} registers imported`,
        `${n('SELECT count(*) AS n FROM attendance_months')} child-months`,
        `${n("SELECT count(*) AS n FROM postings WHERE kind = 'disbursement'")} payments`,
        `${n('SELECT count(*) AS n FROM children')} children`,
      ].join(', ');
    } finally {
      db.close();
    }
  }
}
