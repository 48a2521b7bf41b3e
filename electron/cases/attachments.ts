import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
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

/** Checks an uploaded file and writes it into the data folder; the caller records it in its transaction. */
export function storeAttachment(dataDir: string, caseId: number, fileName: string, contentBase64: string): StoredAttachment {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length > maxAttachmentBytes) {
    throw new UserError(
      'attachment_too_large',
      'errors.attachmentTooLarge',
      { file: fileName, max: '10 MB' },
      { field: 'attachment', file: fileName },
    );
  }
  if (bytes.length === 0)
    throw new UserError('attachment_empty', 'errors.attachmentEmpty', { file: fileName }, { field: 'attachment', file: fileName });
  const kind = attachmentKind(bytes);
  if (!kind) throw new UserError('attachment_type', 'errors.attachmentType', { file: fileName }, { field: 'attachment', file: fileName });
  const relative = join('attachments', `case-${caseId}`, `${randomUUID()}.${kind.ext}`);
  mkdirSync(join(dataDir, 'attachments', `case-${caseId}`), { recursive: true });
  writeFileSync(join(dataDir, relative), bytes, { flag: 'wx' });
  return {
    fileName,
    mimeType: kind.mimeType,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    storedPath: relative,
  };
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
