import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UserError } from '../api/errors';
import { attachmentKind, maxAttachmentBytes, type StoredAttachment } from '../cases/attachments';

export interface ProofUpload {
  fileName: string;
  contentBase64: string;
}

/** Checks a proof of payment (a photo of the signed slip, a bank advice as PDF) before anything is written. */
export function checkProof(upload: ProofUpload, field: string): Buffer {
  const bytes = Buffer.from(upload.contentBase64, 'base64');
  const where = { field, file: upload.fileName };
  if (bytes.length > maxAttachmentBytes)
    throw new UserError('attachment_too_large', 'errors.attachmentTooLarge', { file: upload.fileName, max: '10 MB' }, where);
  if (bytes.length === 0) throw new UserError('attachment_empty', 'errors.attachmentEmpty', { file: upload.fileName }, where);
  if (!attachmentKind(bytes)) throw new UserError('attachment_type', 'errors.attachmentType', { file: upload.fileName }, where);
  return bytes;
}

const stagingDir = (dataDir: string) => join(dataDir, 'attachments', '.staging');
const finalDir = (dataDir: string) => join(dataDir, 'attachments', 'disbursements');

/**
 * Writes a checked proof into the staging folder, under the name it will have in
 * attachments/disbursements/. Nothing outside staging exists until the payment is committed
 * (`moveProofsIn`), so a batch killed half-way leaves no file that no posting references.
 */
export function stageProof(dataDir: string, fileName: string, bytes: Buffer): StoredAttachment {
  const kind = attachmentKind(bytes);
  if (!kind) throw new UserError('attachment_type', 'errors.attachmentType', { file: fileName }, { file: fileName });
  const name = `${randomUUID()}.${kind.ext}`;
  mkdirSync(stagingDir(dataDir), { recursive: true });
  writeFileSync(join(stagingDir(dataDir), name), bytes, { flag: 'wx' });
  return {
    fileName,
    mimeType: kind.mimeType,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    storedPath: join('attachments', 'disbursements', name),
  };
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
