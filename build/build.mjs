// Builds what the app runs: the main-process side bundled by esbuild (the serve host, the Electron
// main and preload) and the renderer by Vite. `--if-stale` skips the work when nothing changed.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// SURAKSHA_OUT lets two builds (e.g. two people testing different screens) live side by side.
const out = process.env.SURAKSHA_OUT ?? 'out';
const outputs = [
  `${out}/electron/serve.cjs`,
  `${out}/electron/main.cjs`,
  `${out}/electron/preload.cjs`,
  `${out}/electron/parseWorker.cjs`,
  `${out}/electron/commitWorker.cjs`,
  `${out}/electron/disburseWorker.cjs`,
  `${out}/renderer/index.html`,
];

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(join(root, path)).mtimeMs);
  }
  return latest;
}

function stale() {
  try {
    const built = Math.min(...outputs.map((o) => statSync(join(root, o)).mtimeMs));
    const sources = Math.max(newest('electron'), newest('renderer'), statSync(join(root, 'package-lock.json')).mtimeMs);
    return sources > built;
  } catch {
    return true;
  }
}

if (process.argv.includes('--if-stale') && !stale()) process.exit(0);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // harfbuzzjs uses top-level await (not bundleable to CJS); pdfmake and pdfkit stay together so the
  // engine patches the very pdfkit that pdfmake draws with.
  external: ['electron', 'better-sqlite3', 'harfbuzzjs', 'pdfmake', 'pdfkit'],
  logLevel: 'warning',
};
await Promise.all([
  build({ ...common, entryPoints: [join(root, 'electron/host/serve.ts')], outfile: join(root, out, 'electron/serve.cjs') }),
  build({ ...common, entryPoints: [join(root, 'electron/main.ts')], outfile: join(root, out, 'electron/main.cjs') }),
  build({ ...common, entryPoints: [join(root, 'electron/preload.ts')], outfile: join(root, out, 'electron/preload.cjs') }),
  build({
    ...common,
    entryPoints: [join(root, 'electron/attendance/parseWorker.ts')],
    outfile: join(root, out, 'electron/parseWorker.cjs'),
  }),
  build({
    ...common,
    entryPoints: [join(root, 'electron/attendance/commitWorker.ts')],
    outfile: join(root, out, 'electron/commitWorker.cjs'),
  }),
  build({
    ...common,
    entryPoints: [join(root, 'electron/sponsorship/disburseWorker.ts')],
    outfile: join(root, out, 'electron/disburseWorker.cjs'),
  }),
]);

const { build: viteBuild } = await import('vite');
await viteBuild({
  root: join(root, 'renderer'),
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'warn',
  build: { outDir: join(root, out, 'renderer') },
});
