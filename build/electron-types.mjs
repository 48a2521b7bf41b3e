// Electron's own install script downloads its binary from the internet. Where that is impossible
// npm drops the optional `electron` package entirely, and with it electron.d.ts, which the main
// process and preload need to be type-checked. The npm registry is still reachable (or its cache
// is), so we fetch just the package tarball of the pinned version and keep its type declarations.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const installed = join(root, 'node_modules', 'electron', 'electron.d.ts');
const target = join(root, 'node_modules', '.electron-types');

if (existsSync(installed)) process.exit(0);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = pkg.optionalDependencies.electron;
if (existsSync(join(target, 'package', 'electron.d.ts'))) {
  const have = JSON.parse(readFileSync(join(target, 'package', 'package.json'), 'utf8')).version;
  if (have === version) process.exit(0);
}
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
try {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['pack', `electron@${version}`, '--silent', '--pack-destination', target], {
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  const tarball = readdirSync(target).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  execFileSync('tar', ['-xzf', tarball, 'package/electron.d.ts', 'package/package.json'], { cwd: target });
  rmSync(join(target, tarball));
  console.log(`Electron is not installed here; its type declarations (${version}) are in node_modules/.electron-types`);
} catch (err) {
  // Type declarations only matter for `npm run typecheck`; installing must not fail because of them.
  console.warn(`Could not fetch Electron's type declarations: ${err instanceof Error ? err.message : String(err)}`);
}
