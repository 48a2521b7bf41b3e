import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RunningHost {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

const serve = fileURLToPath(new URL(`../../${process.env.SURAKSHA_OUT ?? 'out'}/electron/serve.cjs`, import.meta.url));

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'suraksha-e2e-'));
}

/**
 * Starts `serve` exactly as `npm run serve` does (built output), with a data folder (and e.g. `--snapshot DIR`):
 * on a free port, or on `port` (a host started again where the browser's tab still is, for a restart).
 */
export function startServeHost(dataDir: string, extraArgs: readonly string[] = [], port = 0): Promise<RunningHost> {
  return new Promise((resolvePromise, reject) => {
    const child: ChildProcess = spawn(process.execPath, [serve, '--port', String(port), '--data', dataDir, ...extraArgs], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`serve host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise({
          url: match[1],
          dataDir,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve host exited (${code}):\n${output}`));
    });
  });
}
