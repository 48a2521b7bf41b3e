import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Writes a checked proof under attachments/disbursements/, kept beside the database in backups like case attachments. */
export function storeProof(dataDir: string, fileName: string, bytes: Buffer): StoredAttachment {
  const kind = attachmentKind(bytes);
  if (!kind) throw new UserError('attachment_type', 'errors.attachmentType', { file: fileName }, { file: fileName });
  const relative = join('attachments', 'disbursements', `${randomUUID()}.${kind.ext}`);
  mkdirSync(join(dataDir, 'attachments', 'disbursements'), { recursive: true });
  writeFileSync(join(dataDir, relative), bytes, { flag: 'wx' });
  return {
    fileName,
    mimeType: kind.mimeType,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    storedPath: relative,
  };
}

/** Removes proofs written for a batch whose transaction then failed, so no file outlives its refused payment. */
export function removeProofs(dataDir: string, stored: readonly StoredAttachment[]): void {
  for (const s of stored) rmSync(join(dataDir, s.storedPath), { force: true });
}
