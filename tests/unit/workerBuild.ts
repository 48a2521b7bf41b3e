import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * A worker entry (`electron/...Worker.ts`) bundled as the app bundles it, for tests that run the
 * TypeScript sources. It is written under out/ so that better-sqlite3 resolves from the project's node_modules.
 */
export async function builtWorker(entry: string): Promise<string> {
  const outfile = join(root, 'out', 'test-workers', `${basename(entry, '.ts')}-${process.pid}.cjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(root, entry)],
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
