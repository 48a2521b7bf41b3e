import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { syncToDisk } from './backup';

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The same file, byte for byte: equal size first (cheap), then equal hash. */
function sameFile(a: string, b: string): boolean {
  return statSync(a).size === statSync(b).size && sha256(a) === sha256(b);
}

/**
 * Case attachments and payment proofs live as files beside the database, and a backup folder keeps
 * one shared `attachments/` copy. A file is copied when the copy is missing or differs in size or
 * hash (a copy cut by a power failure is repaired by the next backup), always to a temporary name
 * renamed when whole. The staging folder of payments not yet committed is never copied.
 */
export function copyAttachments(fromDir: string, toDir: string): number {
  if (!existsSync(fromDir)) return 0;
  let copied = 0;
  for (const entry of readdirSync(fromDir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.endsWith('.partial')) continue;
    const from = join(fromDir, entry.name);
    const to = join(toDir, entry.name);
    if (entry.isDirectory()) {
      copied += copyAttachments(from, to);
    } else if (entry.isFile() && !(existsSync(to) && sameFile(from, to))) {
      mkdirSync(toDir, { recursive: true });
      const partial = `${to}.partial`;
      copyFileSync(from, partial);
      syncToDisk(partial);
      renameSync(partial, to);
      copied += 1;
    }
  }
  return copied;
}

/** Leftovers of copies cut short: removed before the next copy. */
export function removePartialCopies(dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removePartialCopies(path);
    else if (entry.name.endsWith('.partial')) rmSync(path, { force: true });
  }
}
