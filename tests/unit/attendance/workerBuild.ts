import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * The commit worker bundled as the app bundles it, for tests that run the TypeScript sources. It is
 * written under out/ so that better-sqlite3 resolves from the project's node_modules.
 */
export async function builtCommitWorker(): Promise<string> {
  const outfile = join(root, 'out', 'test-workers', `commitWorker-${process.pid}.cjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(root, 'electron/attendance/commitWorker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  return outfile;
}
