import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sqlite } from '../db/connection';
import { previewFiles, type PreviewFileInput } from './preview';
import type { Preview } from './previewStore';

/**
 * A batch kept in the data folder (import-batches/<id>/) as well as in the host's memory: the files
 * as uploaded and what the user chose for each. After the host restarts (a power cut, a closed
 * window) the Import screen asks for its batch and gets the same files back, read again with the
 * same choices. Nothing of it is in the database: a preview still writes nothing there.
 */

/** A batch not looked at for a week is a batch given up. */
const keptForMs = 7 * 24 * 60 * 60 * 1000;

interface KeptBatch {
  id: string;
  userId: number;
  touchedAt: number;
  files: { index: number; name: string; chosen: Preview['files'][number]['chosen'] }[];
}

function batchesDir(dataDir: string): string {
  return join(dataDir, 'import-batches');
}

// Preview ids are 32 hex characters; anything else is never a folder name.
const batchId = /^[0-9a-f]{32}$/;

/** Writes what the batch needs to be read again: each file once, and the choices as they are now. */
export function keepBatch(dataDir: string, preview: Preview): void {
  if (!batchId.test(preview.id)) return;
  const dir = join(batchesDir(dataDir), preview.id);
  mkdirSync(dir, { recursive: true });
  for (const file of preview.files) {
    const path = join(dir, `${file.index}.file`);
    if (!existsSync(path)) writeFileSync(path, file.bytes);
  }
  const kept: KeptBatch = {
    id: preview.id,
    userId: preview.userId,
    touchedAt: preview.touchedAt,
    files: preview.files.map((f) => ({ index: f.index, name: f.name, chosen: f.chosen })),
  };
  writeFileSync(join(dir, 'batch.json'), JSON.stringify(kept));
  forgetOldBatches(dataDir, preview.touchedAt);
}

function forgetOldBatches(dataDir: string, now: number): void {
  for (const name of readdirSync(batchesDir(dataDir))) {
    const dir = join(batchesDir(dataDir), name);
    if (now - statSync(dir).mtimeMs > keptForMs) rmSync(dir, { recursive: true, force: true });
  }
}

/** The batch as it was before the host restarted, read again with the same choices; null when there is none for this user. */
export async function reopenBatch(
  sqlite: Sqlite,
  dataDir: string,
  id: string,
  userId: number,
  now: number,
  today: string,
): Promise<Preview | null> {
  if (!batchId.test(id)) return null;
  const dir = join(batchesDir(dataDir), id);
  let kept: KeptBatch;
  try {
    kept = JSON.parse(readFileSync(join(dir, 'batch.json'), 'utf8')) as KeptBatch;
  } catch {
    return null;
  }
  if (kept.userId !== userId || now - kept.touchedAt > keptForMs) return null;
  const preview: Preview = { id, userId, touchedAt: now, files: [] };
  // Files are read in the order of their numbers, so each gets its number back (a batch only grows).
  const files = [...kept.files].sort((a, b) => a.index - b.index);
  const inputs: PreviewFileInput[] = files.map((f) => ({
    name: f.name,
    contentBase64: readFileSync(join(dir, `${f.index}.file`)).toString('base64'),
    ...(f.chosen.schoolId !== null ? { schoolId: f.chosen.schoolId } : {}),
    ...(f.chosen.month !== null ? { month: f.chosen.month } : {}),
    ...(f.chosen.mappings ? { mappings: f.chosen.mappings } : {}),
    ...(f.chosen.markMeanings ? { markMeanings: f.chosen.markMeanings } : {}),
    ...(f.chosen.rolls ? { rolls: f.chosen.rolls } : {}),
  }));
  await previewFiles(sqlite, preview, inputs, today);
  // A batch whose numbers had a gap is given its numbers back as they were.
  const byOrder = [...preview.files].sort((a, b) => a.index - b.index);
  byOrder.forEach((f, i) => {
    const was = files[i];
    if (was) f.index = was.index;
  });
  return preview;
}
