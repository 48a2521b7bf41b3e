// `npm start`: the Electron window where Electron's binary is installed; otherwise the browser host.
// Without its binary (no internet at install time) `require('electron')` throws or the package is
// missing altogether, and the same app is served on 127.0.0.1 instead.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
  return child;
}

const binary = electronBinary();
const build = spawn(process.execPath, [join(root, 'build/build.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit' });
build.on('exit', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  if (binary) {
    run(binary, [root, ...process.argv.slice(2)]);
  } else {
    console.log('Electron is not installed on this machine; starting Suraksha in your browser instead.');
    run(process.execPath, [join(root, 'out/electron/serve.cjs'), ...process.argv.slice(2)]);
  }
});
