import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Where a connected PC keeps its device token. The desktop app wraps it with Electron's
 * safeStorage (main.ts); tests and PCs without an OS keyring use a file only this user can read.
 */
export interface SecretStore {
  read(): string | null;
  write(secret: string | null): void;
}

/** A secret in a file of mode 0600, written whole or not at all; `seal`/`open` may encrypt it. */
export function fileSecretStore(
  file: string,
  seal: (text: string) => Buffer = (text) => Buffer.from(text, 'utf8'),
  open: (bytes: Buffer) => string = (bytes) => bytes.toString('utf8'),
): SecretStore {
  return {
    read: () => {
      try {
        return open(readFileSync(file));
      } catch {
        return null;
      }
    },
    write: (secret) => {
      if (secret === null) {
        rmSync(file, { force: true });
        return;
      }
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      writeFileSync(`${file}.part`, seal(secret), { mode: 0o600 });
      renameSync(`${file}.part`, file);
    },
  };
}
