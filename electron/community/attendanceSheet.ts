import { join } from 'node:path';
import { z } from 'zod';
import { storeChecked, type StoredAttachment } from '../cases/attachments';

export const sheetUpload = z.object({
  fileName: z.string().trim().min(1, 'errors.required').max(200, 'errors.tooLong'),
  contentBase64: z.string(),
});
export type SheetUpload = z.output<typeof sheetUpload>;

/** Writes a checked sheet under attachments/committee-meetings/, which backups carry with the database. */
export function storeSheet(dataDir: string, fileName: string, bytes: Buffer): StoredAttachment {
  return storeChecked(dataDir, join('attachments', 'committee-meetings'), fileName, bytes);
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
