import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { UserError } from '../api/errors';
import { attachmentKind, maxAttachmentBytes, type StoredAttachment } from '../cases/attachments';

export const sheetUpload = z.object({
  fileName: z.string().trim().min(1, 'errors.required').max(200, 'errors.tooLong'),
  contentBase64: z.string(),
});
export type SheetUpload = z.output<typeof sheetUpload>;

/**
 * The photo (or scan) of a meeting's signed attendance sheet, checked the way case attachments are
 * (size, and the type read from its first bytes) before anything is written.
 */
export function checkSheet(upload: SheetUpload, field: string): Buffer {
  const bytes = Buffer.from(upload.contentBase64, 'base64');
  const where = { field, file: upload.fileName };
  if (bytes.length > maxAttachmentBytes)
    throw new UserError('attachment_too_large', 'errors.attachmentTooLarge', { file: upload.fileName, max: '10 MB' }, where);
  if (bytes.length === 0) throw new UserError('attachment_empty', 'errors.attachmentEmpty', { file: upload.fileName }, where);
  if (!attachmentKind(bytes)) throw new UserError('attachment_type', 'errors.attachmentType', { file: upload.fileName }, where);
  return bytes;
}

/** Writes a checked sheet under attachments/committee-meetings/, which backups carry with the database. */
export function storeSheet(dataDir: string, fileName: string, bytes: Buffer): StoredAttachment {
  const kind = attachmentKind(bytes);
  if (!kind) throw new UserError('attachment_type', 'errors.attachmentType', { file: fileName }, { file: fileName });
  const relative = join('attachments', 'committee-meetings', `${randomUUID()}.${kind.ext}`);
  mkdirSync(join(dataDir, 'attachments', 'committee-meetings'), { recursive: true });
  writeFileSync(join(dataDir, relative), bytes, { flag: 'wx' });
  return {
    fileName,
    mimeType: kind.mimeType,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    storedPath: relative,
  };
}

export function removeSheet(dataDir: string, stored: StoredAttachment | null): void {
  if (stored) rmSync(join(dataDir, stored.storedPath), { force: true });
}

export function sheetColumns(stored: StoredAttachment) {
  return {
    sheetFileName: stored.fileName,
    sheetMimeType: stored.mimeType,
    sheetBytes: stored.bytes,
    sheetSha256: stored.sha256,
    sheetStoredPath: stored.storedPath,
  };
}
