import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { UserError } from '../api/errors';

export const maxAttachmentBytes = 10 * 1024 * 1024;

/**
 * What a case file may hold: photos of an age proof or a letter, and PDFs. The type is read from
 * the file's first bytes, not from its name, so a renamed program is refused.
 */
const kinds = [
  { mimeType: 'image/jpeg', ext: 'jpg', magic: [0xff, 0xd8, 0xff] },
  { mimeType: 'image/png', ext: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mimeType: 'application/pdf', ext: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
] as const;

export function attachmentKind(bytes: Buffer): (typeof kinds)[number] | null {
  return kinds.find((k) => k.magic.every((b, i) => bytes[i] === b)) ?? null;
}

export interface StoredAttachment {
  fileName: string;
  mimeType: string;
  bytes: number;
  sha256: string;
  storedPath: string;
}

export interface Upload {
  fileName: string;
  contentBase64: string;
}

/**
 * An uploaded file's bytes, once its size and its type (read from its first bytes, not its name)
 * are checked; a refusal names the form's `field` and the file. Nothing is written yet.
 */
export function checkedUpload(upload: Upload, field: string): Buffer {
  const bytes = Buffer.from(upload.contentBase64, 'base64');
  const where = { field, file: upload.fileName };
  if (bytes.length > maxAttachmentBytes)
    throw new UserError('attachment_too_large', 'errors.attachmentTooLarge', { file: upload.fileName, max: '10 MB' }, where);
  if (bytes.length === 0) throw new UserError('attachment_empty', 'errors.attachmentEmpty', { file: upload.fileName }, where);
  if (!attachmentKind(bytes)) throw new UserError('attachment_type', 'errors.attachmentType', { file: upload.fileName }, where);
  return bytes;
}

/**
 * Writes checked bytes under a new random name in `folder` (relative to the data folder, so backups
 * carry it) and says what was stored; the caller records it in its transaction.
 */
export function storeChecked(dataDir: string, folder: string, fileName: string, bytes: Buffer): StoredAttachment {
  const kind = attachmentKind(bytes);
  if (!kind) throw new UserError('attachment_type', 'errors.attachmentType', { file: fileName }, { file: fileName });
  const relative = join(folder, `${randomUUID()}.${kind.ext}`);
  mkdirSync(join(dataDir, folder), { recursive: true });
  writeFileSync(join(dataDir, relative), bytes, { flag: 'wx' });
  return {
    fileName,
    mimeType: kind.mimeType,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    storedPath: relative,
  };
}

/** Checks an uploaded case file and writes it into the case's folder. */
export function storeAttachment(dataDir: string, caseId: number, upload: Upload): StoredAttachment {
  return storeChecked(dataDir, join('attachments', `case-${caseId}`), upload.fileName, checkedUpload(upload, 'attachment'));
}

/**
 * Runs the transaction that records a file written just before it; when the transaction fails the
 * file goes again, so no file is left that nothing references.
 */
export function recordingStored<T>(dataDir: string, stored: StoredAttachment | null, write: () => T): T {
  try {
    return write();
  } catch (err) {
    if (stored) rmSync(join(dataDir, stored.storedPath), { force: true });
    throw err;
  }
}

/**
 * A stored path as the database holds it is relative and stays under attachments/: a restored file
 * whose path says `../` (or is absolute) must never make us read outside the data folder.
 */
export function storedPathInside(storedPath: string): boolean {
  if (!storedPath || isAbsolute(storedPath) || /^[a-zA-Z]:/.test(storedPath)) return false;
  const normal = normalize(storedPath.replace(/\\/g, '/'));
  return normal.startsWith(`attachments${sep}`) && !normal.split(sep).includes('..');
}

/** The file on disk for a stored path, refused (as a missing file) when the path points outside attachments/. */
export function attachmentFile(dataDir: string, storedPath: string, fileName: string): string {
  const full = resolve(dataDir, storedPath);
  if (!storedPathInside(storedPath) || !full.startsWith(resolve(dataDir, 'attachments') + sep)) {
    throw new UserError('attachment_missing', 'errors.attachmentMissing', { file: fileName }, { file: fileName }, 404);
  }
  return full;
}
