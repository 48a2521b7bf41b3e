import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { storeChecked, type StoredAttachment } from '../cases/attachments';

const stagingDir = (dataDir: string) => join(dataDir, 'attachments', '.staging');
const finalDir = (dataDir: string) => join(dataDir, 'attachments', 'disbursements');

/**
 * Writes a checked proof into the staging folder, under the name it will have in
 * attachments/disbursements/. Nothing outside staging exists until the payment is committed
 * (`moveProofsIn`), so a batch killed half-way leaves no file that no posting references.
 */
export function stageProof(dataDir: string, fileName: string, bytes: Buffer): StoredAttachment {
  const staged = storeChecked(dataDir, join('attachments', '.staging'), fileName, bytes);
  return { ...staged, storedPath: join('attachments', 'disbursements', basename(staged.storedPath)) };
}

/** After the commit: the staged proofs move to where their postings say they are. */
export function moveProofsIn(dataDir: string, stored: readonly StoredAttachment[]): void {
  if (stored.length === 0) return;
  mkdirSync(finalDir(dataDir), { recursive: true });
  for (const s of stored) renameSync(join(stagingDir(dataDir), basename(s.storedPath)), join(dataDir, s.storedPath));
}

/** Removes proofs staged for a batch whose transaction then failed. */
export function removeStagedProofs(dataDir: string, stored: readonly StoredAttachment[]): void {
  for (const s of stored) rmSync(join(stagingDir(dataDir), basename(s.storedPath)), { force: true });
}

/**
 * At start: a staged proof whose posting was committed (the process died between the commit and
 * the move) is moved in; every other staged file belongs to a payment that never happened and goes.
 */
export function sweepProofStaging(dataDir: string, committed: (storedPath: string) => boolean): number {
  const dir = stagingDir(dataDir);
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const storedPath = join('attachments', 'disbursements', name);
    if (committed(storedPath)) {
      mkdirSync(finalDir(dataDir), { recursive: true });
      renameSync(join(dir, name), join(dataDir, storedPath));
    } else {
      rmSync(join(dir, name), { force: true, recursive: true });
      removed += 1;
    }
  }
  return removed;
}
