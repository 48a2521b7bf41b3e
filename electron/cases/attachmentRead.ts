import { readFileSync } from 'node:fs';
import { UserError } from '../api/errors';
import type { AuditEntry, AuthedCtx } from '../api/types';
import { attachmentFile, type StoredAttachment } from './attachments';

/**
 * A stored file handed to the reader as the API answers it (name, type, bytes as base64), after the audit line that records it leaving (in a
 * transaction of its own). A file gone from the disk, or stored outside the attachments folder, is
 * refused with `code` (what the caller's screens expect) and the file's name.
 */
export function attachmentHandedOut(
  ctx: AuthedCtx,
  stored: Pick<StoredAttachment, 'storedPath' | 'fileName' | 'mimeType'>,
  code: 'attachment_missing' | 'not_found',
  entry: AuditEntry,
): { fileName: string; mimeType: string; contentBase64: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(attachmentFile(ctx.host.options.dataDir, stored.storedPath, stored.fileName));
  } catch {
    throw new UserError(code, 'errors.attachmentMissing', { file: stored.fileName }, { file: stored.fileName }, 404);
  }
  ctx.write((w) => w.audit(entry));
  return { fileName: stored.fileName, mimeType: stored.mimeType, contentBase64: bytes.toString('base64') };
}
